import { describe, expect, it } from "vitest";
import { buildSlipChart, slipCsvRows, slipLengthDays, SLIP_CSV_HEADER, type SlipModelInput } from "./chart-slips";
import { fuzzyMonth, fuzzyMonthPart, fuzzySeason, fuzzyQuarter } from "./fuzzy-date";

const article = (id: number) => ({ id, title: `Article ${id}`, language: "de" });

const behemoth: SlipModelInput = {
  model: { slug: "llama-4-behemoth", name: "Llama 4 Behemoth" },
  lab: { slug: "meta", name: "Meta" },
  // Given out of order on purpose: the chart orders by sequence.
  commitments: [
    { sequence: 3, planned: fuzzySeason(2025, "fall", "Herbst oder später", true), reportedAt: "2025-05-15", article: article(2) },
    { sequence: 1, planned: fuzzyMonthPart(2025, 4, "late", "Ende April"), reportedAt: "2025-05-15", article: article(1) },
    { sequence: 2, planned: fuzzyMonth(2025, 6, "Juni"), reportedAt: "2025-05-15", article: article(1) },
  ],
  released: null,
};

const onTime: SlipModelInput = {
  model: { slug: "steady", name: "Steady" },
  lab: { slug: "acme", name: "Acme" },
  commitments: [{ sequence: 1, planned: fuzzyQuarter(2025, 3, "Q3"), reportedAt: "2025-03-01", article: article(9) }],
  released: fuzzyMonth(2025, 8, "August"),
};

const smallSlip: SlipModelInput = {
  model: { slug: "small", name: "Small" },
  lab: { slug: "acme", name: "Acme" },
  commitments: [
    { sequence: 1, planned: fuzzyMonth(2025, 5, "Mai"), reportedAt: "2025-02-01", article: article(7) },
    { sequence: 2, planned: fuzzyMonth(2025, 6, "Juni"), reportedAt: "2025-04-01", article: article(8) },
  ],
  released: fuzzyMonth(2025, 6, "Juni"),
};

describe("buildSlipChart", () => {
  const chart = buildSlipChart([onTime, smallSlip, behemoth], "2026-03-15");

  it("draws Behemoth's end of April → June → fall or later in order", () => {
    const m = chart.models.find((x) => x.model.slug === "llama-4-behemoth");
    expect(m?.plans.map((p) => [p.sequence, p.planned.from, p.planned.to, p.planned.openEnd])).toEqual([
      [1, "2025-04-21", "2025-04-30", false],
      [2, "2025-06-01", "2025-06-30", false],
      [3, "2025-09-01", "2025-11-30", true],
    ]);
    expect(m?.slip.revisions).toBe(2);
    expect(m?.slip.openEnded).toBe(true);
  });

  it("runs only the plan in force on to today, and only while unreleased", () => {
    const m = chart.models.find((x) => x.model.slug === "llama-4-behemoth")!;
    expect(m.plans.map((p) => p.runsUntil)).toEqual([null, null, "2026-03-15"]);
    const released = chart.models.find((x) => x.model.slug === "small")!;
    expect(released.plans.every((p) => p.runsUntil === null)).toBe(true);
  });

  it.each([
    ["released on an unknown day", { releasedDateUnknown: true }],
    ["shelved", { shelved: true }],
  ])("neither runs on nor counts overdue a model %s", (_, flags) => {
    const undated = buildSlipChart([{ ...behemoth, ...flags }], "2026-03-15").models[0]!;
    expect(undated.plans.map((p) => p.runsUntil)).toEqual([null, null, null]);
    expect(undated.slip.overdueDays).toBe(0);
    expect(chart.models.find((x) => x.model.slug === "llama-4-behemoth")!.slip.overdueDays).toBeGreaterThan(0);
    // Nor does it rank as slipping until today: only how far its plan moved (21 Apr → 1 Sep 2025).
    expect(slipLengthDays(undated, "2026-03-15")).toBe(133);
    expect(slipLengthDays(chart.models.find((x) => x.model.slug === "llama-4-behemoth")!, "2026-03-15")).toBe(319);
  });

  it("does not run an open-ended plan on before its period has passed", () => {
    const early = buildSlipChart([behemoth], "2025-10-01");
    expect(early.models[0]?.plans[2]?.runsUntil).toBeNull();
    expect(early.models[0]?.slip.overdueDays).toBe(0);
  });

  it("sorts by slip length, longest first", () => {
    expect(chart.models.map((m) => m.model.slug)).toEqual(["llama-4-behemoth", "small", "steady"]);
    const [b, s, t] = chart.models;
    expect(slipLengthDays(b!, chart.today)).toBeGreaterThan(slipLengthDays(s!, chart.today));
    expect(slipLengthDays(s!, chart.today)).toBe(31);
    expect(slipLengthDays(b!, chart.today)).toBe(319); // 30 April 2025 → 15 March 2026, still out
    expect(slipLengthDays(t!, chart.today)).toBe(0); // released in August, inside its Q3 window
  });

  it("spans whole months from the earliest plan or report to the latest end or today", () => {
    expect(chart.domain).toEqual({ from: "2025-02-01", to: "2026-03-31" });
  });

  it("skips models without commitments and copes with none at all", () => {
    const empty = buildSlipChart([{ ...behemoth, commitments: [] }], "2026-03-15");
    expect(empty.models).toEqual([]);
    expect(empty.domain).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(() => buildSlipChart([], "15.03.2026")).toThrow(RangeError);
  });
});

describe("slipCsvRows", () => {
  it("has one row per plan drawn, header-wide, in drawing order", () => {
    const rows = slipCsvRows(buildSlipChart([behemoth], "2026-03-15"));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === SLIP_CSV_HEADER.length)).toBe(true);
    expect(rows.map((r) => r[3])).toEqual(["Ende April", "Juni", "Herbst oder später"]);
    expect(rows[2]?.[7]).toBe(true);
  });
});
