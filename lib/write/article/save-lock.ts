import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writes that can make an article a copy of another — the article form's save and publishing a
 * draft from the review queue — run one at a time: the near-identical-text check cannot be a
 * unique index, so without this two copies saved at the same moment would both pass it. The
 * exact cases (same hash, same URL key) have unique indexes behind them as well.
 */
const ARTICLE_SAVE_LOCK = 0x51195a7e;

/** Takes the lock for the rest of the caller's transaction. */
export async function lockArticleSaves(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ARTICLE_SAVE_LOCK}::bigint)`;
}
