import { describe, expect, it } from "vitest";
import { setbacksChartFromCounts } from "./chart-setbacks";
import { alignSetbacksCharts, setbacksByYear } from "./lab-compare";

const meta = setbacksChartFromCounts([
  { month: "2025-04", type: "delay", count: 1 },
  { month: "2025-05", type: "delay", count: 2 },
  { month: "2025-10", type: "layoff", count: 1 },
]);
const xai = setbacksChartFromCounts([
  { month: "2024-12", type: "departure", count: 1 },
  { month: "2025-05", type: "delay", count: 1 },
]);

describe("alignSetbacksCharts", () => {
  it("puts every chart on the months all of them span, keeping the counts", () => {
    const [m, x] = alignSetbacksCharts([meta, xai]);
    expect(m!.rows.map((r) => r.month)).toEqual(x!.rows.map((r) => r.month));
    expect(m!.rows[0]!.month).toBe("2024-12");
    expect(m!.rows.at(-1)!.month).toBe("2025-10");
    expect(m!.rows.find((r) => r.month === "2024-12")).toMatchObject({ total: 0, counts: { delay: 0, layoff: 0 } });
    expect(m!.rows.find((r) => r.month === "2025-05")!.counts.delay).toBe(2);
    expect(x!.rows.find((r) => r.month === "2025-10")!.total).toBe(0);
    expect(m!.total).toBe(4);
  });

  it("leaves empty charts alone", () => {
    const empty = setbacksChartFromCounts([]);
    expect(alignSetbacksCharts([empty, empty])).toEqual([empty, empty]);
  });
});

describe("setbacksByYear", () => {
  it("counts per type and year with a column per lab, in type order", () => {
    expect(setbacksByYear([meta, xai])).toEqual([
      { type: "delay", year: "2025", counts: [3, 1] },
      { type: "departure", year: "2024", counts: [0, 1] },
      { type: "layoff", year: "2025", counts: [1, 0] },
    ]);
  });
});
