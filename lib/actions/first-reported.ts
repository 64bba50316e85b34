import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * events.first_reported_at is the publication day of the earliest published, undeleted article
 * citing the event. Every write that touches citations or articles recomputes it for the events
 * involved, in the same transaction, so "as known on" views never drift.
 */
export async function recomputeFirstReported(
  tx: Prisma.TransactionClient,
  eventIds: Iterable<number>,
): Promise<void> {
  const ids = [...new Set(eventIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE events e SET first_reported_at = (
      SELECT min(a.published_from) FROM citations c JOIN articles a ON a.id = c.article_id
      WHERE c.event_id = e.id AND a.status = 'published' AND a.deleted_at IS NULL
    )
    WHERE e.id = ANY(${ids}::int[])`;
}
