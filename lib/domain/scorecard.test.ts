import { describe, expect, it } from "vitest";
import { fuzzyDay, fuzzyMonth, fuzzyMonthPart, fuzzyQuarter, fuzzySeason, fuzzyYear } from "./fuzzy-date";
import {
  buildScorecard,
  scoreModel,
  sortScorecards,
  type ModelScoreInput,
} from "./scorecard";

// Llama 4 Behemoth: "Ende April" → "Juni" → "Herbst oder später", never released.
const behemoth: ModelScoreInput = {
  slug: "llama-4-behemoth",
  name: "Llama 4 Behemoth",
  status: "delayed",
  lifecycle: [{ status: "announced", at: fuzzyDay("2025-04-05") }],
  commitments: [
    { sequence: 3, planned: fuzzySeason(2025, "fall", "Herbst oder später", true), reportedAt: "2025-05-15" },
    { sequence: 1, planned: fuzzyMonthPart(2025, 4, "late", "Ende April"), reportedAt: "2025-04-05" },
    { sequence: 2, planned: fuzzyMonth(2025, 6, "Juni"), reportedAt: "2025-04-25" },
  ],
};

const released = (at: ReturnType<typeof fuzzyDay>) => [{ status: "released", at }];

describe("scoreModel", () => {
  it("misses a period that ended unreleased and keeps a running one open", () => {
    const s = scoreModel(behemoth, "2025-05-16")!;
    expect(s.rulings.map((r) => [r.sequence, r.deadline, r.ruling, r.reason, r.daysLate])).toEqual([
      [1, "2025-04-30", "missed", "not_shipped", 16],
      [2, "2025-06-30", "open", "period_running", 0],
      [3, "2025-11-30", "open", "period_running", 0],
    ]);
    expect(s.rulings.map((r) => r.superseded)).toEqual([true, true, false]);
    expect(s.overdueDays).toBe(0);
  });

  it("judges a fuzzy period by its last day, an open end by its named period", () => {
    // "Herbst oder später" ends 30 Nov 2025: still open that day, missed the next.
    expect(scoreModel(behemoth, "2025-11-30")!.rulings[2]).toMatchObject({ ruling: "open" });
    expect(scoreModel(behemoth, "2025-12-01")!.rulings[2]).toMatchObject({ ruling: "missed", daysLate: 1 });
    expect(scoreModel(behemoth, "2025-12-01")!.overdueDays).toBe(1);
    const q1 = { ...behemoth, commitments: [{ sequence: 1, planned: fuzzyQuarter(2024, 1, "Q1"), reportedAt: null }] };
    expect(scoreModel(q1, "2024-03-31")!.rulings[0]!.ruling).toBe("open");
    expect(scoreModel(q1, "2024-04-01")!.rulings[0]!.ruling).toBe("missed");
    const orLater = { ...behemoth, commitments: [{ sequence: 1, planned: fuzzyYear(2025, "2025 or later", true), reportedAt: null }] };
    expect(scoreModel(orLater, "2025-12-31")!.rulings[0]).toMatchObject({ deadline: "2025-12-31", ruling: "open" });
    expect(scoreModel(orLater, "2026-01-05")!.rulings[0]).toMatchObject({ ruling: "missed", daysLate: 5 });
  });

  it("meets a plan shipped by its period's end and misses one shipped later", () => {
    const out = { ...behemoth, status: "released", lifecycle: released(fuzzyDay("2025-06-20")) };
    const s = scoreModel(out, "2026-01-01")!;
    expect(s.rulings.map((r) => [r.ruling, r.reason, r.daysLate])).toEqual([
      ["missed", "shipped_late", 51], // 30 Apr → 20 Jun
      ["met", "shipped_in_time", 0],
      ["met", "shipped_in_time", 0],
    ]);
    expect(s.overdueDays).toBe(0);
    expect(s.slipDays).toBe(51); // first deadline 30 Apr → released 20 Jun
  });

  it("gives a fuzzy release date the benefit of the doubt (its earliest day)", () => {
    const out = { ...behemoth, status: "released", lifecycle: released(fuzzyMonth(2025, 6, "June")) };
    expect(scoreModel(out, "2026-01-01")!.rulings[1]).toMatchObject({ ruling: "met" });
    const july = { ...behemoth, status: "released", lifecycle: released(fuzzyMonth(2025, 7, "July")) };
    expect(scoreModel(july, "2026-01-01")!.rulings[1]).toMatchObject({ ruling: "missed", daysLate: 1 });
  });

  it("rules a release nobody dated neither met nor missed once the period ended, and never overdue", () => {
    const undated = { ...behemoth, status: "released", lifecycle: [] };
    const s = scoreModel(undated, "2026-11-27")!;
    expect(s.releasedDateUnknown).toBe(true);
    expect(s.rulings.every((r) => r.ruling === "unknown" && r.reason === "release_date_unknown")).toBe(true);
    expect(s.overdueDays).toBe(0);
    // While the plan's period still runs, a model already out was out in time.
    const early = scoreModel(undated, "2025-06-15")!;
    expect(early.rulings.map((r) => r.ruling)).toEqual(["unknown", "met", "met"]);
    expect(early.rulings[1]!.reason).toBe("released_before_deadline");
  });

  it("returns null for a model without planned dates", () => {
    expect(scoreModel({ ...behemoth, commitments: [] }, "2025-05-16")).toBeNull();
  });

  it("refuses a bad today", () => {
    expect(() => scoreModel(behemoth, "2025-13-01")).toThrow(RangeError);
  });
});

describe("buildScorecard", () => {
  const steady: ModelScoreInput = {
    slug: "steady",
    name: "Steady",
    status: "released",
    lifecycle: released(fuzzyDay("2025-08-10")),
    commitments: [{ sequence: 1, planned: fuzzyQuarter(2025, 3, "Q3"), reportedAt: "2025-03-01" }],
  };
  const unplanned: ModelScoreInput = { slug: "x", name: "X", status: "announced", lifecycle: [], commitments: [] };

  it("counts kept of resolved, slip days and overdue days per lab", () => {
    const card = buildScorecard({ slug: "meta", name: "Meta" }, [steady, behemoth, unplanned], "2026-03-15");
    // Behemoth: three plans passed unreleased (missed); Steady: one met.
    expect(card).toMatchObject({ met: 1, missed: 3, open: 0, unknown: 0, resolved: 4, keptPercent: 25 });
    expect(card.overdueDays).toBe(105); // 30 Nov 2025 → 15 Mar 2026
    expect(card.overdueModels).toBe(1);
    expect(card.slipDays).toBe(214); // Behemoth's deadline 30 Apr → 30 Nov; Steady in its window: 0
    expect(card.models.map((m) => m.model.slug)).toEqual(["llama-4-behemoth", "steady"]);
  });

  it("answers as of a past day: only the plans given, and that day as today", () => {
    // As of 10 May 2025 only the first two plans were reported (the caller filters by report day).
    const known = { ...behemoth, commitments: behemoth.commitments.filter((c) => c.reportedAt! <= "2025-05-10") };
    const card = buildScorecard({ slug: "meta", name: "Meta" }, [known], "2025-05-10");
    expect(card).toMatchObject({ met: 0, missed: 1, open: 1, resolved: 1, keptPercent: 0, overdueDays: 0 });
    expect(card.slipDays).toBe(61); // deadline 30 Apr → 30 Jun
  });

  it("has no percentage while nothing is resolved", () => {
    const card = buildScorecard({ slug: "meta", name: "Meta" }, [behemoth], "2025-04-01");
    expect(card).toMatchObject({ resolved: 0, open: 3, keptPercent: null });
  });
});

describe("sortScorecards", () => {
  const card = (name: string, met: number, missed: number, slipDays: number, overdueDays: number) => ({
    lab: { slug: name.toLowerCase(), name },
    met,
    missed,
    open: 0,
    unknown: 0,
    resolved: met + missed,
    keptPercent: met + missed ? Math.round((met / (met + missed)) * 100) : null,
    slipDays,
    overdueDays,
    overdueModels: overdueDays ? 1 : 0,
    models: [],
  });
  const cards = [card("Meta", 1, 3, 133, 105), card("xAI", 2, 2, 90, 0), card("Apple", 0, 0, 0, 0), card("Google", 3, 1, 200, 10)];

  it("puts the best record first for 'kept', labs with nothing resolved last", () => {
    expect(sortScorecards(cards, "kept").map((c) => c.lab.name)).toEqual(["Google", "xAI", "Meta", "Apple"]);
  });

  it("puts the worst first for slip and overdue, and sorts by name for lab", () => {
    expect(sortScorecards(cards, "slip").map((c) => c.lab.name)).toEqual(["Google", "Meta", "xAI", "Apple"]);
    expect(sortScorecards(cards, "overdue").map((c) => c.lab.name)).toEqual(["Meta", "Google", "Apple", "xAI"]);
    expect(sortScorecards(cards, "missed").map((c) => c.lab.name)).toEqual(["Meta", "xAI", "Google", "Apple"]);
    expect(sortScorecards(cards, "lab").map((c) => c.lab.name)).toEqual(["Apple", "Google", "Meta", "xAI"]);
  });
});
