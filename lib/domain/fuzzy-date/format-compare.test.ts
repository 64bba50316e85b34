import { describe, expect, it } from "vitest";
import {
  addDays,
  compareFuzzyDate,
  daysBetween,
  formatFuzzyDate,
  fuzzyContains,
  fuzzyDay,
  fuzzyHalf,
  fuzzyMidpoint,
  fuzzyMonth,
  fuzzyMonthPart,
  fuzzyQuarter,
  fuzzyRange,
  fuzzySeason,
  fuzzyWeek,
  fuzzyYear,
  fuzzyYearPart,
  isFuzzyDate,
  isIsoDay,
  isoWeekday,
  orLater,
  overlaps,
  parseFuzzyDate,
  todayIso,
  type FuzzyDate,
} from ".";

const REF = "2025-05-16";

describe("formatFuzzyDate", () => {
  const cases: [FuzzyDate, string, string][] = [
    [fuzzyDay("2025-05-15"), "15 May 2025", "15. Mai 2025"],
    [fuzzyMonthPart(2025, 4, "late", ""), "end of April 2025", "Ende April 2025"],
    [fuzzyMonthPart(2025, 4, "early", ""), "early April 2025", "Anfang April 2025"],
    [fuzzyMonthPart(2025, 6, "mid", ""), "mid-June 2025", "Mitte Juni 2025"],
    [fuzzyMonth(2025, 6, ""), "June 2025", "Juni 2025"],
    [fuzzySeason(2025, "fall", "", true), "fall 2025 or later", "Herbst 2025 oder später"],
    [fuzzySeason(2026, "spring", ""), "spring 2026", "Frühjahr 2026"],
    [fuzzySeason(2025, "winter", ""), "winter 2025/26", "Winter 2025/26"],
    [fuzzyQuarter(2025, 3, ""), "Q3 2025", "3. Quartal 2025"],
    [fuzzyHalf(2025, 2, ""), "H2 2025", "2. Halbjahr 2025"],
    [fuzzyYear(2024, ""), "2024", "2024"],
    [fuzzyWeek("2025-05-14"), "week of 12 May 2025", "Woche vom 12. Mai 2025"],
    [fuzzyRange("2025-03-01", "2025-04-15", ""), "1 Mar – 15 Apr 2025", "1. März – 15. April 2025"],
    [fuzzyRange("2025-05-01", "2025-05-15", ""), "1–15 May 2025", "1.–15. Mai 2025"],
    [
      fuzzyRange("2025-12-15", "2026-01-15", ""),
      "15 Dec 2025 – 15 Jan 2026",
      "15. Dezember 2025 – 15. Januar 2026",
    ],
    [fuzzyRange("2025-03-01", "2025-05-31", ""), "March – May 2025", "März – Mai 2025"],
    [fuzzyYearPart(2025, "late", ""), "late 2025", "Ende 2025"],
    [fuzzyYearPart(2026, "early", "", true), "early 2026 or later", "Anfang 2026 oder später"],
  ];

  it.each(cases)("%o", (d, en, de) => {
    expect(formatFuzzyDate(d, "en")).toBe(en);
    expect(formatFuzzyDate(d, "de")).toBe(de);
  });

  it("derives words from the range, not from the source text", () => {
    expect(formatFuzzyDate({ ...fuzzyMonth(2025, 6, ""), text: "den Juni" }, "en")).toBe("June 2025");
  });

  it("falls back to the range when the precision does not match the span", () => {
    const odd: FuzzyDate = {
      from: "2025-06-03",
      to: "2025-06-30",
      precision: "month",
      openEnd: false,
      text: "x",
    };
    expect(formatFuzzyDate(odd, "en")).toBe("3–30 Jun 2025");
  });

  it("round-trips: every formatted value parses back to the same period", () => {
    for (const [d] of cases) {
      for (const locale of ["en", "de"] as const) {
        const parsed = parseFuzzyDate(formatFuzzyDate(d, locale), { reference: REF });
        expect(parsed, `${locale}: ${formatFuzzyDate(d, locale)}`).toMatchObject({
          from: d.from,
          to: d.to,
          precision: d.precision,
          openEnd: d.openEnd,
        });
      }
    }
  });
});

describe("comparison and queries", () => {
  const april = fuzzyMonthPart(2025, 4, "late", "Ende April");
  const june = fuzzyMonth(2025, 6, "Juni");
  const fallOpen = fuzzySeason(2025, "fall", "Herbst oder später", true);
  const q3 = fuzzyQuarter(2025, 3, "Q3");

  it("orders by from, then to, closed before open", () => {
    const sorted = [fallOpen, q3, june, april].sort(compareFuzzyDate);
    expect(sorted).toEqual([april, june, q3, fallOpen]);
    expect(compareFuzzyDate(fuzzyHalf(2025, 2, ""), q3)).toBe(1);
    expect(compareFuzzyDate(fuzzySeason(2025, "fall", ""), fallOpen)).toBe(-1);
    expect(compareFuzzyDate(june, fuzzyMonth(2025, 6, "June"))).toBe(0);
  });

  it("finds the midpoint", () => {
    expect(fuzzyMidpoint(fuzzyDay("2025-05-15"))).toBe("2025-05-15");
    expect(fuzzyMidpoint(april)).toBe("2025-04-25");
    expect(fuzzyMidpoint(fuzzySeason(2025, "winter", ""))).toBe("2026-01-14");
  });

  it("tests overlap, with an open end reaching forward", () => {
    expect(overlaps(june, q3)).toBe(false);
    expect(overlaps(q3, fuzzyMonth(2025, 9, ""))).toBe(true);
    expect(overlaps(fuzzyMonth(2025, 6, ""), fuzzyMonth(2025, 7, ""))).toBe(false);
    expect(overlaps(fuzzyMonth(2025, 6, "", true), fuzzyYear(2026, ""))).toBe(true);
    expect(overlaps(fuzzyYear(2026, ""), fuzzyMonth(2025, 6, "", true))).toBe(true);
  });

  it("tests containment", () => {
    expect(fuzzyContains(june, "2025-06-30")).toBe(true);
    expect(fuzzyContains(june, "2025-07-01")).toBe(false);
    expect(fuzzyContains(fallOpen, "2026-03-01")).toBe(true);
    expect(fuzzyContains(fallOpen, "2025-08-31")).toBe(false);
    expect(() => fuzzyContains(june, "2025-06-31")).toThrow(RangeError);
  });

  it("guards values from outside", () => {
    expect(isFuzzyDate(april)).toBe(true);
    expect(isFuzzyDate(JSON.parse(JSON.stringify(fallOpen)))).toBe(true);
    expect(isFuzzyDate(null)).toBe(false);
    expect(isFuzzyDate({ ...april, precision: "fortnight" })).toBe(false);
    expect(isFuzzyDate({ ...april, from: "2025-04-31" })).toBe(false);
    expect(isFuzzyDate({ ...april, from: "2025-05-01" })).toBe(false);
    expect(isFuzzyDate({ ...april, openEnd: "no" })).toBe(false);
    const { text: _text, ...noText } = april;
    expect(isFuzzyDate(noText)).toBe(false);
  });

  it("counts days in UTC across DST changes and leap days", () => {
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(daysBetween("2025-10-25", "2025-10-27")).toBe(2);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-05-16", "2025-04-21")).toBe(-25);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(isoWeekday("2025-05-16")).toBe(5);
    expect(isoWeekday("2025-05-18")).toBe(7);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2025-02-29")).toBe(false);
  });

  it("takes today's day in UTC", () => {
    // 23:30 in New York on the 15th is already the 16th in UTC.
    expect(todayIso(new Date("2025-05-15T23:30:00-04:00"))).toBe("2025-05-16");
    expect(todayIso(new Date("2025-05-16T00:30:00+02:00"))).toBe("2025-05-15");
    expect(() => todayIso(new Date("nope"))).toThrow(RangeError);
    expect(isIsoDay(todayIso())).toBe(true);
  });

  it("marks an existing value as open-ended", () => {
    expect(orLater(june, "Juni oder später")).toMatchObject({
      openEnd: true,
      text: "Juni oder später",
      from: june.from,
    });
  });
});
