import "server-only";
import { requireEditor } from "@/lib/auth/require-editor";
import { db } from "@/lib/db";

/** Per-feed status of the feed watcher for the admin page. Not cached: it changes every poll. */

export interface FeedStatusDto {
  slug: string;
  name: string;
  url: string;
  enabled: boolean;
  lastStatus: "never" | "ok" | "error";
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastAttempts: number;
  consecutiveFailures: number;
  itemsSeen: number;
  itemsQueued: number;
}

/** Feed addresses and errors are for editors: the read checks the session itself. */
export async function findFeedStatuses(): Promise<FeedStatusDto[]> {
  await requireEditor();
  const rows = await db.feedSource.findMany({
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
    select: {
      slug: true, name: true, url: true, enabled: true, lastStatus: true, lastPolledAt: true, lastSuccessAt: true,
      lastError: true, lastAttempts: true, consecutiveFailures: true, itemsSeen: true, itemsQueued: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    lastPolledAt: r.lastPolledAt?.toISOString() ?? null,
    lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
  }));
}
