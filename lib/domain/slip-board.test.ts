import { describe, expect, it } from "vitest";
import { fuzzyDay, fuzzyMonth, fuzzyMonthPart, fuzzySeason, orLater, type FuzzyDate } from "./fuzzy-date";
import { rankSlips, releasedAt, slippedLater, slipOf } from "./slip-board";

const behemoth = {
  name: "Llama 4 Behemoth",
  lifecycle: [{ status: "delayed", at: fuzzyMonth(2025, 5) }],
  commitments: [
    { sequence: 1, planned: fuzzyMonthPart(2025, 4, "late"), reportedAt: "2025-05-15" },
    { sequence: 2, planned: fuzzyMonth(2025, 6), reportedAt: "2025-05-15" },
    { sequence: 3, planned: orLater(fuzzySeason(2025, "fall")), reportedAt: "2025-05-15" },
  ],
};
/** A model with no lifecycle steps whose plans, in order, were reported on no known day. */
const planned = (name: string, ...plans: FuzzyDate[]) => ({
  name,
  lifecycle: [],
  commitments: plans.map((p, i) => ({ sequence: i + 1, planned: p, reportedAt: null })),
});
const small = planned("Small", fuzzyMonth(2025, 6), fuzzyMonth(2025, 7));
const pulledIn = planned("Pulled in", fuzzyMonth(2025, 9), fuzzyMonth(2025, 6));
const onePlan = planned("One plan", fuzzyMonth(2025, 9));

describe("rankSlips", () => {
  it("ranks slipped models by how far the plan moved and leaves out the rest", () => {
    const ranked = rankSlips([small, onePlan, pulledIn, behemoth], "2026-01-10");
    expect(ranked.map((r) => r.model.name)).toEqual(["Llama 4 Behemoth", "Small"]);
    expect(ranked[0]?.slip).toMatchObject({ slipDays: 133, openEnded: true, revisions: 2, overdueDays: 41 });
  });

  it("counts a released model's slip to its release and stops the overdue clock", () => {
    const released = { ...small, lifecycle: [{ status: "released", at: fuzzyDay("2025-08-01") }] };
    expect(releasedAt(released.lifecycle)?.from).toBe("2025-08-01");
    expect(slipOf(released, "2026-01-10")).toMatchObject({
      isOpen: false,
      overdueDays: 0,
      releasedSlipDays: 61,
    });
  });

  it("treats a newly open end as a slip even when the start did not move", () => {
    const s = slipOf(planned("Open end", fuzzyMonth(2025, 6), orLater(fuzzyMonth(2025, 6))), "2025-06-10");
    expect(s && slippedLater(s)).toBe(true);
  });
});
