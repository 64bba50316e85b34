import "server-only";
import { cached, tags } from "@/lib/data/cache";
import type { EventDto } from "@/lib/data/dto";
import { eventSelect, firstPublicEvents, toEventDto } from "@/lib/data/events";
import { publicEventWhere } from "@/lib/data/visibility";
import { db } from "@/lib/db";
import { ADDED_LATER_GRACE_DAYS } from "@/lib/domain/added-later";

/**
 * Home's two event lists (issue 10 §5), apart from the slip board's query:
 * - "newly reported": by first report, newest first — `known_from`, the day the earliest public
 *   citing article had certainly appeared (docs/decisions/007), so a backfilled 2025 article saved
 *   today sits at its 2025 place, not at the top;
 * - "recently added": records saved well after they were first reported (lib/domain/added-later),
 *   newest addition first.
 * Both are tagged with events and articles: saving an article or an event expires them.
 */

/** Events by first report, newest first; with `asOf`, what was new on that day. */
export async function findNewlyReportedEvents(opts: { asOf?: string; limit: number }): Promise<EventDto[]> {
  "use cache";
  cached(tags.events, tags.articles);
  return firstPublicEvents(opts, [{ knownFrom: "desc" }, { firstReportedAt: "desc" }, { id: "desc" }]);
}

/**
 * Events added to Slipwatch more than the grace period after their first report, newest addition
 * first. About our own records, not about what the public knew: there is no as-of view of it.
 */
export async function findRecentlyAddedEvents(opts: { limit: number }): Promise<EventDto[]> {
  "use cache";
  cached(tags.events, tags.articles);
  // Prisma cannot compare two columns with an offset; the ids come from SQL, the rows from the
  // shared select. created_at ≥ known_from + grace + 1 day ⇔ isAddedLater() on the same values.
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM events
    WHERE deleted_at IS NULL AND known_from IS NOT NULL
      AND created_at >= (known_from + ${ADDED_LATER_GRACE_DAYS + 1}::int)::timestamp
    ORDER BY created_at DESC, id DESC
    LIMIT ${opts.limit}`;
  if (ids.length === 0) return [];
  const rows = await db.event.findMany({
    where: { AND: [publicEventWhere(), { id: { in: ids.map((r) => r.id) } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: eventSelect(),
  });
  return rows.map(toEventDto);
}
