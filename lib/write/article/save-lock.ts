import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EDITOR_TRANSACTION } from "@/lib/write/transaction";
import { createTurns } from "@/lib/write/turns";

/**
 * Writes that can make an article a copy of another — the article form's save and publishing a
 * draft from the review queue — run one at a time: the near-identical-text check cannot be a
 * unique index, so without this two copies saved at the same moment would both pass it. The
 * exact cases (same hash, same URL key) have unique indexes behind them as well.
 */
export const ARTICLE_SAVE_LOCK = 0x51195a7e;

/**
 * How long a save waits behind the other saves of this process before it answers "busy". The wait
 * holds no connection and no transaction, so it can be long: twenty saves at once, on a loaded
 * machine, queue for seconds, and an editor would rather wait than save again.
 */
const TURN_WAIT_MS = 45_000;

/**
 * How long a save whose turn has come waits for the lock itself, i.e. for a save in another process
 * (a second server, a CLI). This wait does run on the transaction's clock, so it stays well inside
 * EDITOR_TRANSACTION.timeout and ends in Postgres's lock_not_available ("busy", nothing written)
 * rather than in an expired transaction. It covers the save's other lock waits too, which is as
 * well: one that long would have run out the transaction's clock anyway.
 */
const LOCK_WAIT_MS = 8_000;

const articleSaveTurns = createTurns(TURN_WAIT_MS);

/**
 * Runs `work` in one editor transaction that holds the article-save lock. The caller first waits its
 * turn in this process (`TurnTimeout` after TURN_WAIT_MS), then opens the transaction and takes the
 * lock (lock_not_available after LOCK_WAIT_MS); `isBusy` recognises both, and nothing is written.
 */
export function articleSaveTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return articleSaveTurns(() =>
    db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${LOCK_WAIT_MS}ms`}, true)`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ARTICLE_SAVE_LOCK}::bigint)`;
      return work(tx);
    }, EDITOR_TRANSACTION),
  );
}
