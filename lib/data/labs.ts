import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { LabDetail, LabSummary } from "@/lib/data/dto";
import { modelSelect, toModel } from "@/lib/data/model-query";
import { countedEventWhere, knownModelWhere, publicEventWhere } from "@/lib/data/visibility";
import { NOT_COUNTED_STATUSES } from "@/lib/domain/claim-status";

/** All labs with the number of (visible) events each is the subject of, most events first. */
export async function findLabs(asOf?: string): Promise<LabSummary[]> {
  "use cache";
  cached(tags.labs, tags.events);
  if (!asOf) {
    // Counts from the summary table (kept by triggers) rather than counting millions of events.
    const [labs, counts] = await Promise.all([
      db.lab.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
      // Public events only (the table's rule) and counted claims, as countedEventWhere below.
      db.eventMonthCount.groupBy({
        by: ["labId"],
        where: { status: { notIn: [...NOT_COUNTED_STATUSES] } },
        _sum: { events: true },
      }),
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
          events: { where: { AND: [publicEventWhere(asOf), countedEventWhere()] } },
        },
      },
    },
  });
  return labs
    .map((l) => ({ slug: l.slug, name: l.name, eventCount: l._count.events }))
    .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
}

/** A lab with the models known (on `asOf`; lib/data/visibility), their status as known then. */
export async function getLabBySlug(slug: string, asOf?: string): Promise<LabDetail | null> {
  "use cache";
  // Its models (and whether each is known yet) change only through writes that tag the lab.
  cached(tags.lab(slug));
  const lab = await db.lab.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      aliases: true,
      website: true,
      country: true,
      description: true,
      models: { where: knownModelWhere(asOf), orderBy: { name: "asc" }, select: modelSelect(asOf) },
    },
  });
  if (!lab) return null;
  return {
    ...lab,
    models: lab.models.map((row) => {
      const m = toModel(row, asOf);
      return { slug: m.slug, name: m.name, family: m.family, status: m.status, lab: m.lab };
    }),
  };
}
