import { describe, expect, it } from "vitest";
import { daysInMonth } from "./calendar";
import * as construct from "./construct";

describe("constructors", () => {
  it("builds a day and keeps its text", () => {
    expect(construct.fuzzyDay("2025-05-15")).toEqual({
      from: "2025-05-15",
      to: "2025-05-15",
      precision: "day",
      openEnd: false,
      text: "2025-05-15",
    });
    expect(construct.fuzzyDay("2025-05-15", "am Donnerstag").text).toBe("am Donnerstag");
  });

  it("splits months into early 1–10, mid 11–20 and late 21–end", () => {
    expect(construct.fuzzyMonthPart(2025, 4, "early", "Anfang April")).toMatchObject({
      from: "2025-04-01",
      to: "2025-04-10",
    });
    expect(construct.fuzzyMonthPart(2025, 4, "mid", "Mitte April")).toMatchObject({
      from: "2025-04-11",
      to: "2025-04-20",
    });
    expect(construct.fuzzyMonthPart(2025, 4, "late", "Ende April")).toMatchObject({
      from: "2025-04-21",
      to: "2025-04-30",
      precision: "month_part",
    });
    expect(construct.fuzzyMonthPart(2025, 1, "late", "")).toMatchObject({ to: "2025-01-31" });
  });

  it("knows leap-year February", () => {
    expect(construct.fuzzyMonth(2024, 2, "Februar 2024")).toMatchObject({
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(construct.fuzzyMonth(2025, 2, "Februar 2025")).toMatchObject({ to: "2025-02-28" });
    expect(construct.fuzzyMonthPart(2024, 2, "late", "")).toMatchObject({
      from: "2024-02-21",
      to: "2024-02-29",
    });
    expect(construct.fuzzyMonth(1900, 2, "")).toMatchObject({ to: "1900-02-28" });
    expect(construct.fuzzyMonth(2000, 2, "")).toMatchObject({ to: "2000-02-29" });
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it("uses meteorological seasons, winter crossing the year end", () => {
    expect(construct.fuzzySeason(2025, "spring", "")).toMatchObject({ from: "2025-03-01", to: "2025-05-31" });
    expect(construct.fuzzySeason(2025, "summer", "")).toMatchObject({ from: "2025-06-01", to: "2025-08-31" });
    expect(construct.fuzzySeason(2025, "fall", "Herbst oder später", true)).toEqual({
      from: "2025-09-01",
      to: "2025-11-30",
      precision: "season",
      openEnd: true,
      text: "Herbst oder später",
    });
    expect(construct.fuzzySeason(2025, "winter", "")).toMatchObject({ from: "2025-12-01", to: "2026-02-28" });
    expect(construct.fuzzySeason(2023, "winter", "")).toMatchObject({ from: "2023-12-01", to: "2024-02-29" });
  });

  it("builds quarters, halves, years, weeks and ranges", () => {
    expect(construct.fuzzyQuarter(2025, 1, "")).toMatchObject({
      from: "2025-01-01",
      to: "2025-03-31",
      precision: "quarter",
    });
    expect(construct.fuzzyQuarter(2025, 4, "")).toMatchObject({ from: "2025-10-01", to: "2025-12-31" });
    expect(construct.fuzzyHalf(2025, 1, "")).toMatchObject({
      from: "2025-01-01",
      to: "2025-06-30",
      precision: "half",
    });
    expect(construct.fuzzyHalf(2025, 2, "")).toMatchObject({ from: "2025-07-01", to: "2025-12-31" });
    expect(construct.fuzzyYear(2024, "")).toMatchObject({
      from: "2024-01-01",
      to: "2024-12-31",
      precision: "year",
    });
    // Monday to Sunday, also when the week crosses a year end.
    expect(construct.fuzzyWeek("2025-05-16")).toMatchObject({
      from: "2025-05-12",
      to: "2025-05-18",
      precision: "week",
    });
    expect(construct.fuzzyWeek("2025-05-18")).toMatchObject({ from: "2025-05-12", to: "2025-05-18" });
    expect(construct.fuzzyWeek("2025-01-01")).toMatchObject({ from: "2024-12-30", to: "2025-01-05" });
    expect(construct.fuzzyRange("2025-03-01", "2025-04-15", "")).toMatchObject({ precision: "range" });
    expect(construct.fuzzyYearPart(2025, "late", "")).toMatchObject({ from: "2025-09-01", to: "2025-12-31" });
  });

  it("defaults text to house wording when built in code", () => {
    expect(construct.fuzzyQuarter(2025, 3).text).toBe("Q3 2025");
    expect(construct.fuzzyMonth(2025, 6, "  Juni  ").text).toBe("Juni");
  });

  it("throws RangeError on impossible input", () => {
    expect(() => construct.fuzzyDay("2025-02-30")).toThrow(RangeError);
    expect(() => construct.fuzzyDay("2025-13-01")).toThrow(RangeError);
    expect(() => construct.fuzzyDay("2025-5-1")).toThrow(RangeError);
    expect(() => construct.fuzzyDay("yesterday")).toThrow(RangeError);
    expect(() => construct.fuzzyDay("2023-02-29")).toThrow(RangeError);
    expect(() => construct.fuzzyMonth(2025, 0, "")).toThrow(RangeError);
    expect(() => construct.fuzzyMonth(2025, 13, "")).toThrow(RangeError);
    expect(() => construct.fuzzyMonth(2025.5, 1, "")).toThrow(RangeError);
    expect(() => construct.fuzzyQuarter(2025, 5 as 1, "")).toThrow(RangeError);
    expect(() => construct.fuzzyHalf(2025, 3 as 1, "")).toThrow(RangeError);
    expect(() => construct.fuzzySeason(2025, "monsoon" as "fall", "")).toThrow(RangeError);
    expect(() => construct.fuzzyMonthPart(2025, 4, "end" as "late", "")).toThrow(RangeError);
    expect(() => construct.fuzzyYear(99, "")).toThrow(RangeError);
    expect(() => construct.fuzzyRange("2025-05-01", "2025-04-01", "")).toThrow(RangeError);
    expect(() => construct.fuzzyWeek("2025-02-29")).toThrow(RangeError);
  });
});
