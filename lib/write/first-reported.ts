import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * events.first_reported_at is the earliest possible publication day of the earliest published,
 * undeleted article citing the event (what readers see as "first reported"); events.known_from is
 * the day by which such an article had certainly appeared — the last possible day of its fuzzy
 * publication date — which "as known on" compares with (docs/decisions/005). Every write that
 * touches citations or articles recomputes both for the events involved, in the same transaction,
 * so "as known on" views never drift.
 */
export async function recomputeFirstReported(
  tx: Prisma.TransactionClient,
  eventIds: Iterable<number>,
): Promise<void> {
  const ids = [...new Set(eventIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE events e SET (first_reported_at, known_from) = (
      SELECT min(a.published_from), min(coalesce(a.published_to, a.published_from))
      FROM citations c JOIN articles a ON a.id = c.article_id
      WHERE c.event_id = e.id AND a.status = 'published' AND a.deleted_at IS NULL
    )
    WHERE e.id = ANY(${ids}::int[])`;
}

/** The same for every event: after a seed or a bulk load that wrote events directly. */
export async function recomputeAllFirstReported(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`
    UPDATE events e SET (first_reported_at, known_from) = (
      SELECT min(a.published_from), min(coalesce(a.published_to, a.published_from))
      FROM citations c JOIN articles a ON a.id = c.article_id
      WHERE c.event_id = e.id AND a.status = 'published' AND a.deleted_at IS NULL
    )`;
}
