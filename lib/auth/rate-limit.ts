/**
 * Sign-in limits (docs/decisions/005-sign-in-limits.md). Pure: the counts come from
 * login_attempts, read under a lock per account and per address (lib/data/sign-in-attempts.ts),
 * so parallel guesses are decided one after another. Only real password checks count as failures;
 * attempts refused here are recorded as `blocked` and never extend a lock-out.
 *
 * - Per account *and* address: 5 failures, then an exponential back-off (1, 2, 4 … minutes after
 *   the last failure, at most a day). This is the limit that stops guessing one password, and an
 *   attacker reaching it locks out only their own address, not the account's owner.
 * - Per address: 20 failures in 15 minutes, whatever accounts — spraying from one machine.
 * - Per account, from all addresses: 100 failures in an hour — guessing from many machines. It
 *   does not apply to an address that signed in to the account in the last 30 days, so a botnet
 *   cannot lock the owner out either.
 */
export const MAX_FAILURES_PER_PAIR = 5;
export const PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;
export const BASE_BACKOFF_MS = 60 * 1000;
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 100;
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

export interface FailureCounts {
  /** failures of this account from this address in PAIR_WINDOW_MS */
  pair: number;
  /** when the newest of them was */
  pairLastFailureAt: Date | null;
  /** failures from this address, any account, in ADDRESS_WINDOW_MS */
  address: number;
  /** failures of this account, any address, in ACCOUNT_WINDOW_MS */
  account: number;
  /** this address signed in to this account within KNOWN_ADDRESS_MS */
  knownAddress: boolean;
}

export type SignInDecision =
  { allowed: true } | { allowed: false; reason: "pair" | "address" | "account"; retryAfterMs: number };

/** How long a pair waits after its last failure once it has `failures` of them. */
export function pairBackoffMs(failures: number): number {
  if (failures < MAX_FAILURES_PER_PAIR) return 0;
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (failures - MAX_FAILURES_PER_PAIR));
}

export function decideSignIn(counts: FailureCounts, now: Date): SignInDecision {
  const backoff = pairBackoffMs(counts.pair);
  if (backoff > 0 && counts.pairLastFailureAt) {
    const wait = counts.pairLastFailureAt.getTime() + backoff - now.getTime();
    if (wait > 0) return { allowed: false, reason: "pair", retryAfterMs: wait };
  }
  if (counts.address >= MAX_FAILURES_PER_ADDRESS)
    return { allowed: false, reason: "address", retryAfterMs: ADDRESS_WINDOW_MS };
  if (counts.account >= MAX_FAILURES_PER_ACCOUNT && !counts.knownAddress) {
    return { allowed: false, reason: "account", retryAfterMs: ACCOUNT_WINDOW_MS };
  }
  return { allowed: true };
}

/** "1 minute", "16 minutes", "3 hours" — how long to wait, rounded up. */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 120) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
