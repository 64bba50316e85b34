import { describe, expect, it } from "vitest";
import {
  addDays,
  compareFuzzyDate,
  daysBetween,
  daysInMonth,
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
  type DatePrecision,
  type FuzzyDate,
} from "./fuzzy-date";

// 2025-05-16 is a Friday: the publication day of the Llama 4 Behemoth reports.
const REF = "2025-05-16";

function expectParsed(
  text: string,
  from: string,
  to: string,
  precision: DatePrecision,
  openEnd = false,
  reference = REF,
) {
  expect(parseFuzzyDate(text, { reference })).toEqual({ from, to, precision, openEnd, text: text.trim() });
}

describe("constructors", () => {
  it("builds a day and keeps its text", () => {
    expect(fuzzyDay("2025-05-15")).toEqual({
      from: "2025-05-15",
      to: "2025-05-15",
      precision: "day",
      openEnd: false,
      text: "2025-05-15",
    });
    expect(fuzzyDay("2025-05-15", "am Donnerstag").text).toBe("am Donnerstag");
  });

  it("splits months into early 1–10, mid 11–20 and late 21–end", () => {
    expect(fuzzyMonthPart(2025, 4, "early", "Anfang April")).toMatchObject({
      from: "2025-04-01",
      to: "2025-04-10",
    });
    expect(fuzzyMonthPart(2025, 4, "mid", "Mitte April")).toMatchObject({
      from: "2025-04-11",
      to: "2025-04-20",
    });
    expect(fuzzyMonthPart(2025, 4, "late", "Ende April")).toMatchObject({
      from: "2025-04-21",
      to: "2025-04-30",
      precision: "month_part",
    });
    expect(fuzzyMonthPart(2025, 1, "late", "")).toMatchObject({ to: "2025-01-31" });
  });

  it("knows leap-year February", () => {
    expect(fuzzyMonth(2024, 2, "Februar 2024")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(fuzzyMonth(2025, 2, "Februar 2025")).toMatchObject({ to: "2025-02-28" });
    expect(fuzzyMonthPart(2024, 2, "late", "")).toMatchObject({ from: "2024-02-21", to: "2024-02-29" });
    expect(fuzzyMonth(1900, 2, "")).toMatchObject({ to: "1900-02-28" });
    expect(fuzzyMonth(2000, 2, "")).toMatchObject({ to: "2000-02-29" });
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it("uses meteorological seasons, winter crossing the year end", () => {
    expect(fuzzySeason(2025, "spring", "")).toMatchObject({ from: "2025-03-01", to: "2025-05-31" });
    expect(fuzzySeason(2025, "summer", "")).toMatchObject({ from: "2025-06-01", to: "2025-08-31" });
    expect(fuzzySeason(2025, "fall", "Herbst oder später", true)).toEqual({
      from: "2025-09-01",
      to: "2025-11-30",
      precision: "season",
      openEnd: true,
      text: "Herbst oder später",
    });
    expect(fuzzySeason(2025, "winter", "")).toMatchObject({ from: "2025-12-01", to: "2026-02-28" });
    expect(fuzzySeason(2023, "winter", "")).toMatchObject({ from: "2023-12-01", to: "2024-02-29" });
  });

  it("builds quarters, halves, years, weeks and ranges", () => {
    expect(fuzzyQuarter(2025, 1, "")).toMatchObject({
      from: "2025-01-01",
      to: "2025-03-31",
      precision: "quarter",
    });
    expect(fuzzyQuarter(2025, 4, "")).toMatchObject({ from: "2025-10-01", to: "2025-12-31" });
    expect(fuzzyHalf(2025, 1, "")).toMatchObject({ from: "2025-01-01", to: "2025-06-30", precision: "half" });
    expect(fuzzyHalf(2025, 2, "")).toMatchObject({ from: "2025-07-01", to: "2025-12-31" });
    expect(fuzzyYear(2024, "")).toMatchObject({ from: "2024-01-01", to: "2024-12-31", precision: "year" });
    // Monday to Sunday, also when the week crosses a year end.
    expect(fuzzyWeek("2025-05-16")).toMatchObject({
      from: "2025-05-12",
      to: "2025-05-18",
      precision: "week",
    });
    expect(fuzzyWeek("2025-05-18")).toMatchObject({ from: "2025-05-12", to: "2025-05-18" });
    expect(fuzzyWeek("2025-01-01")).toMatchObject({ from: "2024-12-30", to: "2025-01-05" });
    expect(fuzzyRange("2025-03-01", "2025-04-15", "")).toMatchObject({ precision: "range" });
    expect(fuzzyYearPart(2025, "late", "")).toMatchObject({ from: "2025-09-01", to: "2025-12-31" });
  });

  it("defaults text to house wording when built in code", () => {
    expect(fuzzyQuarter(2025, 3).text).toBe("Q3 2025");
    expect(fuzzyMonth(2025, 6, "  Juni  ").text).toBe("Juni");
  });

  it("throws RangeError on impossible input", () => {
    expect(() => fuzzyDay("2025-02-30")).toThrow(RangeError);
    expect(() => fuzzyDay("2025-13-01")).toThrow(RangeError);
    expect(() => fuzzyDay("2025-5-1")).toThrow(RangeError);
    expect(() => fuzzyDay("yesterday")).toThrow(RangeError);
    expect(() => fuzzyDay("2023-02-29")).toThrow(RangeError);
    expect(() => fuzzyMonth(2025, 0, "")).toThrow(RangeError);
    expect(() => fuzzyMonth(2025, 13, "")).toThrow(RangeError);
    expect(() => fuzzyMonth(2025.5, 1, "")).toThrow(RangeError);
    expect(() => fuzzyQuarter(2025, 5 as 1, "")).toThrow(RangeError);
    expect(() => fuzzyHalf(2025, 3 as 1, "")).toThrow(RangeError);
    expect(() => fuzzySeason(2025, "monsoon" as "fall", "")).toThrow(RangeError);
    expect(() => fuzzyMonthPart(2025, 4, "end" as "late", "")).toThrow(RangeError);
    expect(() => fuzzyYear(99, "")).toThrow(RangeError);
    expect(() => fuzzyRange("2025-05-01", "2025-04-01", "")).toThrow(RangeError);
    expect(() => fuzzyWeek("2025-02-29")).toThrow(RangeError);
  });
});

describe("parseFuzzyDate — German", () => {
  it.each([
    ["Ende April 2025", "2025-04-21", "2025-04-30", "month_part"],
    ["Ende April", "2025-04-21", "2025-04-30", "month_part"],
    ["Anfang April", "2025-04-01", "2025-04-10", "month_part"],
    ["Mitte Juni", "2025-06-11", "2025-06-20", "month_part"],
    ["Juni", "2025-06-01", "2025-06-30", "month"],
    ["im Juni", "2025-06-01", "2025-06-30", "month"],
    ["den Juni", "2025-06-01", "2025-06-30", "month"],
    ["Juni 2025", "2025-06-01", "2025-06-30", "month"],
    ["Herbst", "2025-09-01", "2025-11-30", "season"],
    ["im Herbst", "2025-09-01", "2025-11-30", "season"],
    ["Herbst 2025", "2025-09-01", "2025-11-30", "season"],
    ["Frühjahr 2026", "2026-03-01", "2026-05-31", "season"],
    ["Frühling", "2025-03-01", "2025-05-31", "season"],
    ["Winter", "2025-12-01", "2026-02-28", "season"],
    ["Winter 2025/26", "2025-12-01", "2026-02-28", "season"],
    ["Winter 2027/2028", "2027-12-01", "2028-02-29", "season"],
    ["Q3 2025", "2025-07-01", "2025-09-30", "quarter"],
    ["Q3", "2025-07-01", "2025-09-30", "quarter"],
    ["drittes Quartal 2025", "2025-07-01", "2025-09-30", "quarter"],
    ["im dritten Quartal", "2025-07-01", "2025-09-30", "quarter"],
    ["3. Quartal 2025", "2025-07-01", "2025-09-30", "quarter"],
    ["H2 2025", "2025-07-01", "2025-12-31", "half"],
    ["zweite Jahreshälfte 2025", "2025-07-01", "2025-12-31", "half"],
    ["in der ersten Jahreshälfte", "2025-01-01", "2025-06-30", "half"],
    ["2. Halbjahr 2026", "2026-07-01", "2026-12-31", "half"],
    ["2024", "2024-01-01", "2024-12-31", "year"],
    ["für 2024", "2024-01-01", "2024-12-31", "year"],
    ["im Jahr 2024", "2024-01-01", "2024-12-31", "year"],
    ["2025-05-15", "2025-05-15", "2025-05-15", "day"],
    ["15. Mai 2025", "2025-05-15", "2025-05-15", "day"],
    ["am 15. Mai", "2025-05-15", "2025-05-15", "day"],
    ["15.05.2025", "2025-05-15", "2025-05-15", "day"],
    ["Donnerstag, 15. Mai 2025", "2025-05-15", "2025-05-15", "day"],
    ["am Donnerstag", "2025-05-15", "2025-05-15", "day"],
    ["am Montag", "2025-05-12", "2025-05-12", "day"],
    ["am Freitag", "2025-05-16", "2025-05-16", "day"],
    ["letzten Freitag", "2025-05-09", "2025-05-09", "day"],
    ["am Samstag", "2025-05-10", "2025-05-10", "day"],
    ["gestern", "2025-05-15", "2025-05-15", "day"],
    ["letzten Monat", "2025-04-01", "2025-04-30", "month"],
    ["für den letzten Monat", "2025-04-01", "2025-04-30", "month"],
    ["dieses Jahr", "2025-01-01", "2025-12-31", "year"],
    ["für dieses Jahr", "2025-01-01", "2025-12-31", "year"],
    ["letztes Jahr", "2024-01-01", "2024-12-31", "year"],
    ["diese Woche", "2025-05-12", "2025-05-18", "week"],
    ["letzte Woche", "2025-05-05", "2025-05-11", "week"],
    ["Woche vom 12. Mai 2025", "2025-05-12", "2025-05-18", "week"],
    ["Anfang 2026", "2026-01-01", "2026-04-30", "range"],
    ["Ende des Jahres", "2025-09-01", "2025-12-31", "range"],
    ["Anfang nächsten Jahres", "2026-01-01", "2026-04-30", "range"],
    ["Jahresende", "2025-09-01", "2025-12-31", "range"],
    ["Mitte Juni bis Ende Juli", "2025-06-11", "2025-07-31", "range"],
    ["zwischen Juni und August 2025", "2025-06-01", "2025-08-31", "range"],
    ["von Dezember bis Februar 2026", "2025-12-01", "2026-02-28", "range"],
    ["1.–15. Mai 2025", "2025-05-01", "2025-05-15", "range"],
  ] as const)("%s", (text, from, to, precision) => {
    expectParsed(text, from, to, precision);
  });

  it("marks 'oder später' and 'und später' as open-ended", () => {
    expectParsed("Herbst oder später", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("den Herbst oder später", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("Herbst 2025 oder später", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("auf den Herbst oder noch später", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("Juni und später", "2025-06-01", "2025-06-30", "month", true);
    expectParsed("frühestens im Herbst", "2025-09-01", "2025-11-30", "season", true);
  });

  it("reads 'spätestens' as the named period without an open end", () => {
    expectParsed("spätestens im Herbst", "2025-09-01", "2025-11-30", "season", false);
    expectParsed("Ende Juni spätestens", "2025-06-21", "2025-06-30", "month_part", false);
  });

  it("keeps the trimmed source words as text", () => {
    expect(parseFuzzyDate("  Ende April  ", { reference: REF })?.text).toBe("Ende April");
  });

  it("ignores a sentence's final full stop but keeps the dot of a German date", () => {
    expectParsed("im Herbst.", "2025-09-01", "2025-11-30", "season");
    expectParsed("2024.", "2024-01-01", "2024-12-31", "year");
    expectParsed("15.05.", "2025-05-15", "2025-05-15", "day");
  });
});

describe("parseFuzzyDate — English", () => {
  it.each([
    ["fall", "2025-09-01", "2025-11-30", "season"],
    ["autumn 2026", "2026-09-01", "2026-11-30", "season"],
    ["summer", "2025-06-01", "2025-08-31", "season"],
    ["summer of 2024", "2024-06-01", "2024-08-31", "season"],
    ["late 2025", "2025-09-01", "2025-12-31", "range"],
    ["early 2026", "2026-01-01", "2026-04-30", "range"],
    ["mid-2025", "2025-05-01", "2025-08-31", "range"],
    ["mid-June", "2025-06-11", "2025-06-20", "month_part"],
    ["mid June 2024", "2024-06-11", "2024-06-20", "month_part"],
    ["end of April", "2025-04-21", "2025-04-30", "month_part"],
    ["the end of April 2025", "2025-04-21", "2025-04-30", "month_part"],
    ["late April", "2025-04-21", "2025-04-30", "month_part"],
    ["early June", "2025-06-01", "2025-06-10", "month_part"],
    ["June 2025", "2025-06-01", "2025-06-30", "month"],
    ["in June", "2025-06-01", "2025-06-30", "month"],
    ["May 15, 2025", "2025-05-15", "2025-05-15", "day"],
    ["May 15th", "2025-05-15", "2025-05-15", "day"],
    ["15 May 2025", "2025-05-15", "2025-05-15", "day"],
    ["15th of May, 2025", "2025-05-15", "2025-05-15", "day"],
    ["Thursday, May 15, 2025", "2025-05-15", "2025-05-15", "day"],
    ["on Thursday", "2025-05-15", "2025-05-15", "day"],
    ["last Thursday", "2025-05-15", "2025-05-15", "day"],
    ["yesterday", "2025-05-15", "2025-05-15", "day"],
    ["last month", "2025-04-01", "2025-04-30", "month"],
    ["this year", "2025-01-01", "2025-12-31", "year"],
    ["next year", "2026-01-01", "2026-12-31", "year"],
    ["Q4", "2025-10-01", "2025-12-31", "quarter"],
    ["third quarter of 2025", "2025-07-01", "2025-09-30", "quarter"],
    ["the second half of 2025", "2025-07-01", "2025-12-31", "half"],
    ["the first half of the year", "2025-01-01", "2025-06-30", "half"],
    ["week of 12 May 2025", "2025-05-12", "2025-05-18", "week"],
    ["1 Mar – 15 Apr 2025", "2025-03-01", "2025-04-15", "range"],
    ["between June and August", "2025-06-01", "2025-08-31", "range"],
    ["from Q3 2025 to Q1 2026", "2025-07-01", "2026-03-31", "range"],
    ["June - July", "2025-06-01", "2025-07-31", "range"],
  ] as const)("%s", (text, from, to, precision) => {
    expectParsed(text, from, to, precision);
  });

  it("marks 'or later' as open-ended", () => {
    expectParsed("fall or later", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("fall 2025 or later", "2025-09-01", "2025-11-30", "season", true);
    expectParsed("Q3 or later", "2025-07-01", "2025-09-30", "quarter", true);
    expectParsed("June at the earliest", "2025-06-01", "2025-06-30", "month", true);
    expectParsed("no later than June", "2025-06-01", "2025-06-30", "month", false);
  });

  it("resolves weekdays relative to the reference day", () => {
    // A Sunday reference: "Thursday" is three days back, "Sunday" is the day itself.
    expectParsed("on Thursday", "2025-05-15", "2025-05-15", "day", false, "2025-05-18");
    expectParsed("on Sunday", "2025-05-18", "2025-05-18", "day", false, "2025-05-18");
    // Across a year end.
    expectParsed("am Dienstag", "2024-12-31", "2024-12-31", "day", false, "2025-01-02");
    expectParsed("letzten Monat", "2024-12-01", "2024-12-31", "month", false, "2025-01-15");
  });
});

describe("parseFuzzyDate — rejects what it cannot read", () => {
  it.each([
    "",
    "   ",
    "banana",
    "Juniper",
    "2025-02-30",
    "30. Februar 2025",
    "29.02.2025",
    "February 30, 2025",
    "Q5 2025",
    "H3 2025",
    "drittes Halbjahr 2025",
    "Sommer 2025/26",
    "Winter 2025/27",
    "Donnerstag, 16. Mai 2025",
    "Herbst oder früher",
    "fall or earlier",
    "05/06/2025",
    "Llama 4",
    "GPT-5",
    "25",
    "0000",
    "bald",
    "soon",
    "demnächst",
    "nächsten Donnerstag",
    "Juni bis Mai 2025 bis Juli",
    "Juli 2025 bis Juni 2025",
    "constructor",
    "toString",
    "Ende",
    "the",
  ])("%j", (text) => {
    expect(parseFuzzyDate(text, { reference: REF })).toBeNull();
  });

  it("throws on an invalid reference, which is a programming error", () => {
    expect(() => parseFuzzyDate("Juni", { reference: "2025-02-30" })).toThrow(RangeError);
  });
});

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
