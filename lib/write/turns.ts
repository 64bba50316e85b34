/**
 * One-at-a-time turns inside this process, first come first served, with a bounded wait.
 *
 * Why not simply queue on the database lock: a transaction's clock starts at BEGIN, so a save that
 * queued on `pg_advisory_xact_lock` spent its own timeout waiting for every save ahead of it, and
 * under load the last of twenty parallel saves expired before its turn came. Waiting here holds no
 * connection and no transaction; the transaction opens only when the turn has come.
 */

/** The caller waited `maxWaitMs` for the turns ahead of it; its work never started. */
export class TurnTimeout extends Error {
  constructor(maxWaitMs: number) {
    super(`Waited ${maxWaitMs} ms for a turn; the work did not start.`);
    this.name = "TurnTimeout";
  }
}

export type Turns = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * `turns(work)` starts `work` once the work of every earlier caller has settled (fulfilled or
 * rejected), or rejects with `TurnTimeout` after `maxWaitMs` without starting it. A caller that gives
 * up leaves no gap: the ones behind it still wait for the ones ahead of it, and no longer.
 */
export function createTurns(maxWaitMs: number): Turns {
  // Settles once every caller so far has finished or given up; never rejects.
  let last: Promise<unknown> = Promise.resolve();
  return async <T>(work: () => Promise<T>): Promise<T> => {
    const ahead = last;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    last = Promise.all([ahead, finished]);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), maxWaitMs)));
    const timedOut = await Promise.race([ahead.then(() => false), gaveUp]);
    clearTimeout(timer);
    if (timedOut) {
      finish();
      throw new TurnTimeout(maxWaitMs);
    }
    try {
      return await work();
    } finally {
      finish();
    }
  };
}
