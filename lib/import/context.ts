import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { KnownEntity } from "@/lib/domain/extract/types";
import { mentionMatcher, type MentionMatcher } from "@/lib/import/mentions";
import { hostOf } from "@/lib/import/normalise-url";

/**
 * What the importer and the feed watcher need to know about the database before they read a
 * row: the tracked labs and models (for the extraction assistant and mention matching) and the
 * publishers (to attach an article to its outlet). Loaded once per run.
 */
export interface ImportContext {
  labs: KnownEntity[];
  models: KnownEntity[];
  labMentions: MentionMatcher;
  modelMentions: MentionMatcher;
  publisherFor: (url: string | undefined, name: string | undefined) => number | null;
}

export async function loadImportContext(prisma: PrismaClient): Promise<ImportContext> {
  const [labs, models, publishers] = await Promise.all([
    prisma.lab.findMany({ select: { slug: true, name: true, aliases: true }, orderBy: { id: "asc" } }),
    prisma.model.findMany({
      select: { slug: true, name: true, aliases: true, lab: { select: { slug: true } } },
      orderBy: { id: "asc" },
    }),
    prisma.publisher.findMany({ select: { id: true, slug: true, name: true, domain: true } }),
  ]);
  const labEntities: KnownEntity[] = labs;
  const modelEntities: KnownEntity[] = models.map((m) => ({ slug: m.slug, name: m.name, aliases: m.aliases, lab: m.lab.slug }));
  const byDomain = new Map(publishers.filter((p) => p.domain).map((p) => [p.domain?.toLowerCase().replace(/^www\./, ""), p.id]));
  const byName = new Map<string, number>();
  for (const p of publishers) {
    byName.set(p.name.toLowerCase(), p.id);
    byName.set(p.slug, p.id);
  }
  return {
    labs: labEntities,
    models: modelEntities,
    labMentions: mentionMatcher(labEntities),
    modelMentions: mentionMatcher(modelEntities),
    publisherFor: (url, name) => {
      const host = url ? hostOf(url) : null;
      if (host) {
        // news.example.com belongs to example.com too.
        for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
          const id = byDomain.get(h);
          if (id !== undefined) return id;
        }
      }
      return name ? (byName.get(name.trim().toLowerCase()) ?? null) : null;
    },
  };
}
