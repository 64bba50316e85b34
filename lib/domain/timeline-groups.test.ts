import { describe, expect, it } from "vitest";
import { fuzzyDay, fuzzyMonth, fuzzyMonthPart, fuzzySeason, fuzzyYear, orLater } from "./fuzzy-date";
import { groupByPeriod, periodOf } from "./timeline-groups";

describe("periodOf", () => {
  it("puts a day, a month part and a month into their month", () => {
    expect(periodOf(fuzzyDay("2025-05-15")).key).toBe("2025-05");
    expect(periodOf(fuzzyMonthPart(2025, 4, "late")).period).toMatchObject({
      from: "2025-04-01",
      to: "2025-04-30",
      precision: "month",
    });
    expect(periodOf(fuzzyMonth(2024, 2)).period.to).toBe("2024-02-29");
  });

  it("keeps a wider or open-ended date as its own period, never a fake month", () => {
    const fall = orLater(fuzzySeason(2025, "fall"));
    expect(periodOf(fall)).toEqual({ key: `${fall.from}..${fall.to}+`, period: fall });
    expect(periodOf(fuzzyYear(2024)).period.precision).toBe("year");
    // A single month that may be later is not that month either.
    expect(periodOf(orLater(fuzzyMonth(2025, 6))).key).toBe("2025-06-01..2025-06-30+");
  });
});

describe("groupByPeriod", () => {
  it("groups consecutive items of one period and keeps the given order", () => {
    const items = [
      { id: 1, d: fuzzyMonth(2026, 3) },
      { id: 2, d: fuzzyDay("2026-03-02") },
      { id: 3, d: fuzzyYear(2025) },
      { id: 4, d: fuzzyDay("2025-05-15") },
      { id: 5, d: fuzzyMonthPart(2025, 5, "late") },
    ];
    const groups = groupByPeriod(items, (i) => i.d);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ["2026-03", [1, 2]],
      ["2025-01-01..2025-12-31", [3]],
      ["2025-05", [4, 5]],
    ]);
  });

  it("returns no groups for no items", () => {
    expect(groupByPeriod([], () => fuzzyDay("2025-01-01"))).toEqual([]);
  });
});
