import { describe, expect, it } from "vitest";
import {
  ACCOUNT_WINDOW_MS,
  decideSignIn,
  describeWait,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
  pairBackoffMs,
  type FailureCounts,
} from "./rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const none: FailureCounts = { pair: 0, pairLastFailureAt: null, address: 0, account: 0, knownAddress: false };

describe("sign-in limits", () => {
  it("lets an account and address pair try until its limit, then backs off exponentially", () => {
    expect(
      decideSignIn({ ...none, pair: MAX_FAILURES_PER_PAIR - 1, pairLastFailureAt: ago(0) }, now),
    ).toEqual({ allowed: true });
    expect(
      decideSignIn({ ...none, pair: MAX_FAILURES_PER_PAIR, pairLastFailureAt: ago(30_000) }, now),
    ).toMatchObject({ allowed: false, reason: "pair" });
    expect(
      decideSignIn({ ...none, pair: MAX_FAILURES_PER_PAIR, pairLastFailureAt: ago(61_000) }, now),
    ).toEqual({ allowed: true });
    expect([5, 6, 7, 10].map(pairBackoffMs)).toEqual([60_000, 120_000, 240_000, 1_920_000]);
    expect(pairBackoffMs(40)).toBe(24 * 60 * 60 * 1000);
  });

  it("blocks an address spraying many accounts", () => {
    expect(decideSignIn({ ...none, address: MAX_FAILURES_PER_ADDRESS - 1 }, now).allowed).toBe(true);
    expect(decideSignIn({ ...none, address: MAX_FAILURES_PER_ADDRESS }, now)).toMatchObject({
      allowed: false,
      reason: "address",
    });
  });

  // Issue 12, finding 3: other people's failures must not lock the owner out for good.
  it("caps guesses on one account from many addresses, but never for an address the owner signed in from", () => {
    const flooded = { ...none, account: MAX_FAILURES_PER_ACCOUNT };
    expect(decideSignIn(flooded, now)).toEqual({
      allowed: false,
      reason: "account",
      retryAfterMs: ACCOUNT_WINDOW_MS,
    });
    expect(decideSignIn({ ...flooded, knownAddress: true }, now)).toEqual({ allowed: true });
  });

  it("says how long to wait", () => {
    expect(describeWait(1)).toBe("1 minute");
    expect(describeWait(16 * 60_000 - 1)).toBe("16 minutes");
    expect(describeWait(5 * 3_600_000)).toBe("5 hours");
  });
});
