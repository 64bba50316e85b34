import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, signInBlocked, windowStart } from "./rate-limit";

describe("sign-in rate limit", () => {
  it("blocks an account after its limit of failures", () => {
    expect(signInBlocked({ account: MAX_FAILURES_PER_ACCOUNT - 1, address: 0 })).toBe(false);
    expect(signInBlocked({ account: MAX_FAILURES_PER_ACCOUNT, address: 0 })).toBe(true);
  });

  it("blocks an address after its limit, whatever accounts it tried", () => {
    expect(signInBlocked({ account: 0, address: MAX_FAILURES_PER_ADDRESS - 1 })).toBe(false);
    expect(signInBlocked({ account: 0, address: MAX_FAILURES_PER_ADDRESS })).toBe(true);
  });

  it("counts the last fifteen minutes", () => {
    expect(windowStart(new Date("2026-01-01T12:00:00Z")).toISOString()).toBe("2026-01-01T11:45:00.000Z");
  });
});
