import { describe, expect, it } from "vitest";
import { buildSetbacksChart, setbackMonth, setbacksChartFromCounts, setbacksCsv, type SetbackEventInput } from "./chart-setbacks";
import { SETBACK_TYPES } from "./event-types";
import { fuzzyDay, fuzzyMonth, fuzzyRange, fuzzyYear } from "./fuzzy-date";

const e = (id: number, type: SetbackEventInput["type"], occurred = fuzzyMonth(2025, 5), firstReportedAt: string | null = "2025-05-15"): SetbackEventInput => ({
  id,
  type,
  occurred,
  firstReportedAt,
});

describe("setbackMonth", () => {
  it("uses the last month the event can have happened and been reported in", () => {
    expect(setbackMonth(e(1, "departure", fuzzyRange("2023-01-01", "2025-05-31"), "2025-05-15"))).toBe("2025-05");
    expect(setbackMonth(e(1, "departure", fuzzyRange("2026-02-01", "2026-03-31"), "2026-03-01"))).toBe("2026-03");
    expect(setbackMonth(e(1, "delay", fuzzyDay("2025-05-15"), null))).toBe("2025-05");
  });

  it("never goes before the event's own start", () => {
    expect(setbackMonth(e(1, "layoff", fuzzyMonth(2025, 9), "2025-05-15"))).toBe("2025-09");
  });
});

describe("buildSetbacksChart", () => {
  const events = [
    e(1, "delay"),
    e(2, "delay"),
    e(3, "benchmark_underperformance"),
    e(4, "investment", fuzzyYear(2025)),
    e(5, "departure", fuzzyDay("2025-06-30"), "2025-06-30"),
    e(6, "architecture_problem", fuzzyMonth(2025, 8), "2025-08-10"),
    e(1, "delay"),
  ];

  it("counts events per month by type, each event once, filling empty months", () => {
    const chart = buildSetbacksChart(events);
    expect(chart.rows.map((r) => r.month)).toEqual(["2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(chart.rows[0]?.counts).toEqual({ delay: 2, benchmark_underperformance: 1, architecture_problem: 0, departure: 0 });
    expect(chart.rows[2]?.total).toBe(0);
    expect(chart.total).toBe(5);
  });

  it("leaves money moves out by default and takes them when asked", () => {
    expect(buildSetbacksChart(events).types).not.toContain("investment");
    expect(SETBACK_TYPES).not.toContain("hiring");
    const money = buildSetbacksChart(events, { types: ["investment"] });
    expect(money.types).toEqual(["investment"]);
    expect(money.total).toBe(1);
  });

  it("gives each type's share of its month, summing to 1", () => {
    const chart = buildSetbacksChart(events, { mode: "share" });
    const may = chart.rows[0]!;
    expect(may.shares.delay).toBeCloseTo(2 / 3);
    expect(Object.values(may.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Object.values(chart.rows[2]!.shares).every((v) => v === 0)).toBe(true);
  });

  it("is empty when nothing matches", () => {
    expect(buildSetbacksChart([], {})).toEqual({ mode: "count", types: [], rows: [], total: 0 });
  });
});

describe("setbacksCsv", () => {
  it("writes counts or rounded shares per type with a total", () => {
    const counts = setbacksCsv(buildSetbacksChart([e(1, "delay"), e(2, "delay"), e(3, "layoff")]));
    expect(counts.header).toEqual(["month", "delay", "layoff", "total"]);
    expect(counts.rows).toEqual([["2025-05", 2, 1, 3]]);
    const shares = setbacksCsv(buildSetbacksChart([e(1, "delay"), e(2, "delay"), e(3, "layoff")], { mode: "share" }));
    expect(shares.rows).toEqual([["2025-05", 0.6667, 0.3333, 3]]);
  });
});

describe("setbacksChartFromCounts", () => {
  it("gives the same chart from per-month counts as from the events themselves", () => {
    const day = (d: string) => ({ from: d, to: d, precision: "day" as const, openEnd: false, text: d });
    const events = [
      { id: 1, type: "delay" as const, occurred: day("2025-01-05"), firstReportedAt: "2025-01-06" },
      { id: 2, type: "delay" as const, occurred: day("2025-01-20"), firstReportedAt: null },
      { id: 3, type: "layoff" as const, occurred: day("2025-03-02"), firstReportedAt: "2025-03-02" },
      { id: 4, type: "investment" as const, occurred: day("2025-02-02"), firstReportedAt: null },
    ];
    const counts = [
      { month: "2025-01", type: "delay" as const, count: 2 },
      { month: "2025-03", type: "layoff" as const, count: 1 },
      { month: "2025-02", type: "investment" as const, count: 1 },
    ];
    for (const mode of ["count", "share"] as const) {
      expect(setbacksChartFromCounts(counts, { mode })).toEqual(buildSetbacksChart(events, { mode }));
    }
    const chart = setbacksChartFromCounts(counts);
    expect(chart.total).toBe(3);
    expect(chart.rows.map((r) => [r.month, r.total])).toEqual([
      ["2025-01", 2],
      ["2025-02", 0],
      ["2025-03", 1],
    ]);
  });
});
