import { describe, expect, it } from "vitest";
import {
  chartQueryString,
  parseChartFiltersLenient,
  parseChartFiltersStrict,
  SetbackModeLenientSchema,
  TableYearLenientSchema,
} from "./chart-filters";

describe("chart filters", () => {
  it("keeps good filters and drops bad ones on pages", () => {
    expect(
      parseChartFiltersLenient({ lab: ["meta", "NOT A SLUG"], asOf: "2025-13-01", type: "delay,bogus" }),
    ).toEqual({
      lab: ["meta"],
      type: ["delay"],
    });
  });

  it("rejects bad filters for the CSV routes", () => {
    expect(parseChartFiltersStrict({ asOf: "yesterday" }).success).toBe(false);
    expect(parseChartFiltersStrict({ lab: "meta", asOf: "2025-06-01" })).toEqual({
      success: true,
      data: { lab: ["meta"], asOf: "2025-06-01" },
    });
  });

  it("falls back to counts for an unknown mode", () => {
    expect(SetbackModeLenientSchema.parse("share")).toBe("share");
    expect(SetbackModeLenientSchema.parse("pie")).toBe("count");
    expect(SetbackModeLenientSchema.parse(undefined)).toBe("count");
  });

  it("writes the filters back as a query string that parses to the same filters", () => {
    const filters = { lab: ["meta", "xai"], asOf: "2025-06-01", q: "a&b" };
    const qs = chartQueryString(filters, { mode: "share", format: undefined });
    expect(qs).toBe("lab=meta&lab=xai&asOf=2025-06-01&q=a%26b&mode=share");
    const back = new URLSearchParams(qs);
    expect(
      parseChartFiltersLenient({
        lab: back.getAll("lab"),
        asOf: back.get("asOf") ?? undefined,
        q: back.get("q") ?? undefined,
      }),
    ).toEqual(filters);
  });
});

describe("TableYearLenientSchema", () => {
  it("reads a year, the first if repeated, and anything else as no year", () => {
    expect(TableYearLenientSchema.parse("2025")).toBe(2025);
    expect(TableYearLenientSchema.parse(["2024", "2025"])).toBe(2024);
    for (const bad of [undefined, "", "20x5", "2025.5", "-1", "99999", ["nope"]])
      expect(TableYearLenientSchema.parse(bad)).toBeUndefined();
  });
});
