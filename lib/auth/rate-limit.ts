/**
 * Sign-in rate limits, counted from the login_attempts table so they hold across restarts and
 * several server processes. Only failures count, so a user who types the password right is never
 * locked out by their own successful sign-ins.
 */
export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
/** failures per account in the window: guessing one editor's password */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** failures per address in the window: spraying many accounts from one machine */
export const MAX_FAILURES_PER_ADDRESS = 20;

export function signInBlocked(failures: { account: number; address: number }): boolean {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS;
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
}
