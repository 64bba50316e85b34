import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { ClaimStatus } from "@/lib/data/dto";
import { isoDay } from "@/lib/data/mappers";

/** What the event page adds to the event itself: where a merged duplicate went, and status history. */

/** The event a merged duplicate now lives in, or null (also for ids that were never merged). */
export async function getEventRedirect(id: number): Promise<number | null> {
  "use cache";
  cached(tags.events);
  const row = await db.event.findUnique({ where: { id }, select: { mergedIntoId: true, deletedAt: true } });
  return row?.deletedAt && row.mergedIntoId ? row.mergedIntoId : null;
}

export interface StatusStep {
  status: ClaimStatus;
  /** the day the record took this status (ISO) */
  since: string;
}

/**
 * The claim's status over time, from the editors' audit log: the status it was recorded with,
 * then each change. Only the status and the day leave the log — never who changed it.
 */
export async function getEventStatusHistory(id: number): Promise<StatusStep[]> {
  "use cache";
  cached(tags.events);
  const [event, log] = await Promise.all([
    db.event.findUnique({ where: { id }, select: { status: true, createdAt: true } }),
    db.auditLog.findMany({
      where: { entity: "event", entityId: String(id), action: "update" },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { at: true, before: true, after: true },
    }),
  ]);
  if (!event) return [];
  const statusOf = (j: unknown): ClaimStatus | null =>
    j && typeof j === "object" && "status" in j ? ((j as { status: ClaimStatus }).status ?? null) : null;
  const steps: StatusStep[] = [];
  for (const entry of log) {
    const before = statusOf(entry.before);
    const after = statusOf(entry.after);
    if (!before || !after || before === after) continue;
    if (steps.length === 0) steps.push({ status: before, since: isoDay(event.createdAt) });
    steps.push({ status: after, since: isoDay(entry.at) });
  }
  return steps.length ? steps : [{ status: event.status, since: isoDay(event.createdAt) }];
}
