import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { LabDetail, LabSummary } from "@/lib/data/dto";
import { dayToDate } from "@/lib/data/mappers";

/** All labs with the number of (visible) events each is the subject of, most events first. */
export async function findLabs(asOf?: string): Promise<LabSummary[]> {
  "use cache";
  cached(tags.labs, tags.events);
  const labs = await db.lab.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      _count: {
        select: {
          events: { where: { deletedAt: null, ...(asOf ? { firstReportedAt: { lte: dayToDate(asOf) } } : {}) } },
        },
      },
    },
  });
  return labs
    .map((l) => ({ slug: l.slug, name: l.name, eventCount: l._count.events }))
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
}

export async function getLabBySlug(slug: string): Promise<LabDetail | null> {
  "use cache";
  cached(tags.labs, tags.lab(slug), tags.models);
  const lab = await db.lab.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      aliases: true,
      website: true,
      country: true,
      description: true,
      models: {
        orderBy: { name: "asc" },
        select: { slug: true, name: true, family: true, status: true },
      },
    },
  });
  if (!lab) return null;
  return {
    ...lab,
    models: lab.models.map((m) => ({ ...m, lab: { slug: lab.slug, name: lab.name } })),
  };
}
