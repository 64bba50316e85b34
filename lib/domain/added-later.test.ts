import { describe, expect, it } from "vitest";
import { ADDED_LATER_GRACE_DAYS, isAddedLater } from "./added-later";

describe("isAddedLater", () => {
  it("a 2025 report saved in 2026 was added later", () => {
    expect(isAddedLater("2026-11-27", "2025-05-15")).toBe(true);
  });

  it("a record saved within the grace period is news", () => {
    expect(isAddedLater("2025-05-15", "2025-05-15")).toBe(false);
    expect(isAddedLater("2025-05-22", "2025-05-15")).toBe(false);
    expect(ADDED_LATER_GRACE_DAYS).toBe(7);
  });

  it("one day past the grace period counts as added later", () => {
    expect(isAddedLater("2025-05-23", "2025-05-15")).toBe(true);
    expect(isAddedLater("2025-05-23T23:59:00.000Z", "2025-05-15")).toBe(true);
  });

  it("a record with no public report is never 'added later'", () => {
    expect(isAddedLater("2026-11-27", null)).toBe(false);
    expect(isAddedLater("not a day", "2025-05-15")).toBe(false);
  });

  it("takes another grace period", () => {
    expect(isAddedLater("2025-05-17", "2025-05-15", 1)).toBe(true);
    expect(isAddedLater("2025-05-16", "2025-05-15", 1)).toBe(false);
  });
});
