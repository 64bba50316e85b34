import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { LabDetail, LabSummary } from "@/lib/data/dto";
import { dayToDate } from "@/lib/data/mappers";

/** All labs with the number of (visible) events each is the subject of, most events first. */
export async function findLabs(asOf?: string): Promise<LabSummary[]> {
  "use cache";
  cached(tags.labs, tags.events);
  if (!asOf) {
    // Counts from the summary table (kept by triggers) rather than counting millions of events.
    const [labs, counts] = await Promise.all([
      db.lab.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
      db.eventMonthCount.groupBy({ by: ["labId"], _sum: { events: true } }),
    ]);
    const byLab = new Map(counts.map((c) => [c.labId, c._sum.events ?? 0]));
    return labs
      .map((l) => ({ slug: l.slug, name: l.name, eventCount: byLab.get(l.id) ?? 0 }))
      .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
  }
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
