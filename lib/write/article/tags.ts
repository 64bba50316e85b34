import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/data/cache";
import type { AuditEntry } from "@/lib/write/audit";
import { slugSelect } from "@/lib/data/mappers";
import { recomputeFirstReported } from "@/lib/write/first-reported";

/**
 * The tags of the models an article plans releases for, and of their labs (a lab page shows its
 * models' plans): for a change that makes the article's plans appear or disappear.
 */
export async function commitmentTags(tx: Prisma.TransactionClient, articleId: number): Promise<string[]> {
  const commitments = await tx.releaseCommitment.findMany({
    where: { articleId },
    select: { model: { select: { slug: true, lab: slugSelect } } },
  });
  return commitments.flatMap((c) => [tags.models, tags.model(c.model.slug), tags.lab(c.model.lab.slug)]);
}

/** A lab created by this write: its page was a cached "not found" until now. */
export function createdLabTags(audit: readonly AuditEntry[]): string[] {
  return audit.flatMap((e) => {
    const slug = (e.after as { slug?: unknown } | undefined)?.slug;
    return e.entity === "lab" && e.action === "create" && typeof slug === "string" ? [tags.lab(slug)] : [];
  });
}

/**
 * An article became visible or hidden (published, deleted, restored): the events it cites now
 * count it, or no longer do, for their first report. Recomputes that and returns the tags of those
 * events, their labs and models.
 */
export async function citedEventsChanged(tx: Prisma.TransactionClient, articleId: number): Promise<string[]> {
  const cited = await tx.citation.findMany({
    where: { articleId },
    select: { eventId: true, event: { select: { lab: slugSelect, model: slugSelect } } },
  });
  await recomputeFirstReported(
    tx,
    cited.map((c) => c.eventId),
  );
  const out = cited.flatMap((c) => [
    tags.lab(c.event.lab.slug),
    ...(c.event.model ? [tags.model(c.event.model.slug)] : []),
  ]);
  if (cited.length > 0) out.push(tags.events, tags.labs);
  return out;
}
