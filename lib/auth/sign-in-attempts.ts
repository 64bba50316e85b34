import "server-only";
import { db } from "@/lib/db";
import {
  ACCOUNT_WINDOW_MS,
  ADDRESS_WINDOW_MS,
  decideSignIn,
  KNOWN_ADDRESS_MS,
  PAIR_WINDOW_MS,
  type FailureCounts,
  type SignInDecision,
} from "@/lib/auth/rate-limit";

/**
 * The database side of the sign-in limits (rules: lib/auth/rate-limit.ts). The decision and the
 * attempt's row are one transaction under two advisory locks — one per account, one per address —
 * so parallel guesses queue up and each sees the ones before it. An allowed attempt is written as a
 * failure *before* the password is checked (a reservation) and turned into a success afterwards,
 * so ten parallel wrong guesses are ten failures counted in order, and only five get checked.
 */

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function countFailures(tx: Tx, email: string, ip: string, now: Date): Promise<FailureCounts> {
  // "Counted" failures: real password checks (not refusals), not cleared by an admin's unlock.
  const [row] = await tx.$queryRaw<
    { pair: bigint; pair_last: Date | null; account: bigint; address: bigint; known: boolean }[]
  >`
    SELECT
      count(*) FILTER (WHERE ip = ${ip} AND at >= ${ago(now, PAIR_WINDOW_MS)}) AS pair,
      max(at) FILTER (WHERE ip = ${ip} AND at >= ${ago(now, PAIR_WINDOW_MS)}) AS pair_last,
      count(*) FILTER (WHERE at >= ${ago(now, ACCOUNT_WINDOW_MS)}) AS account,
      (SELECT count(*) FROM login_attempts
        WHERE ip = ${ip} AND NOT success AND NOT blocked AND cleared_at IS NULL AND at >= ${ago(now, ADDRESS_WINDOW_MS)}) AS address,
      EXISTS (SELECT 1 FROM login_attempts
        WHERE email = ${email} AND ip = ${ip} AND success AND at >= ${ago(now, KNOWN_ADDRESS_MS)}) AS known
    FROM login_attempts
    WHERE email = ${email} AND NOT success AND NOT blocked AND cleared_at IS NULL
      AND at >= ${ago(now, Math.max(PAIR_WINDOW_MS, ACCOUNT_WINDOW_MS))}`;
  return {
    pair: Number(row?.pair ?? 0),
    pairLastFailureAt: row?.pair_last ?? null,
    account: Number(row?.account ?? 0),
    address: Number(row?.address ?? 0),
    knownAddress: row?.known ?? false,
  };
}

/** Decide whether this attempt may check a password, and record it: a reservation or a refusal. */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
): Promise<{ decision: SignInDecision; attemptId: number }> {
  return db.$transaction(async (tx) => {
    // Always account first, then address: one order, so two attempts can never deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${ip}`}, 0))`;
    // The clock is read after the locks: an attempt that waited is judged at the time it runs.
    const now = new Date();
    const decision = decideSignIn(await countFailures(tx, email, ip, now), now);
    const attempt = await tx.loginAttempt.create({
      data: { email, ip, success: false, blocked: !decision.allowed, at: now },
      select: { id: true },
    });
    return { decision, attemptId: attempt.id };
  });
}

/** The password was right: the reservation becomes a success and the pair's failures are forgiven. */
export async function recordSignInSuccess(attemptId: number, email: string, ip: string): Promise<void> {
  await db.$transaction([
    db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } }),
    db.loginAttempt.updateMany({
      where: { email, ip, success: false, clearedAt: null, id: { not: attemptId } },
      data: { clearedAt: new Date() },
    }),
  ]);
}

/** An admin's unlock: every counted failure of this account stops counting (rows stay for the record). */
export async function clearSignInFailures(email: string, now: Date): Promise<number> {
  const { count } = await db.loginAttempt.updateMany({
    where: { email, success: false, blocked: false, clearedAt: null },
    data: { clearedAt: now },
  });
  return count;
}

/** Accounts with counted failures in the last day, for the admin users page. */
export async function findSignInFailureCounts(emails: string[], now: Date): Promise<Map<string, number>> {
  const rows = await db.loginAttempt.groupBy({
    by: ["email"],
    where: {
      email: { in: emails },
      success: false,
      blocked: false,
      clearedAt: null,
      at: { gte: ago(now, PAIR_WINDOW_MS) },
    },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.email, r._count._all]));
}
