import { describe, expect, it } from "vitest";
import { parseFuzzyDate, type DatePrecision } from ".";

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

describe("parseFuzzyDate — German and English", () => {
  it.each([
    // German
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
    // "oder später", "und später", "frühestens" leave the end open; "spätestens" does not
    ["Herbst oder später", "2025-09-01", "2025-11-30", "season", true],
    ["den Herbst oder später", "2025-09-01", "2025-11-30", "season", true],
    ["Herbst 2025 oder später", "2025-09-01", "2025-11-30", "season", true],
    ["auf den Herbst oder noch später", "2025-09-01", "2025-11-30", "season", true],
    ["Juni und später", "2025-06-01", "2025-06-30", "month", true],
    ["frühestens im Herbst", "2025-09-01", "2025-11-30", "season", true],
    ["spätestens im Herbst", "2025-09-01", "2025-11-30", "season"],
    ["Ende Juni spätestens", "2025-06-21", "2025-06-30", "month_part"],
    // English
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
    // "or later", "at the earliest" leave the end open; "no later than" does not
    ["fall or later", "2025-09-01", "2025-11-30", "season", true],
    ["fall 2025 or later", "2025-09-01", "2025-11-30", "season", true],
    ["Q3 or later", "2025-07-01", "2025-09-30", "quarter", true],
    ["June at the earliest", "2025-06-01", "2025-06-30", "month", true],
    ["no later than June", "2025-06-01", "2025-06-30", "month"],
  ] as const)("%s", (text, from, to, precision, openEnd?: boolean) => {
    expectParsed(text, from, to, precision, openEnd);
  });

  it("keeps the trimmed source words as text", () => {
    expect(parseFuzzyDate("  Ende April  ", { reference: REF })?.text).toBe("Ende April");
  });

  it("ignores a sentence's final full stop but keeps the dot of a German date", () => {
    expectParsed("im Herbst.", "2025-09-01", "2025-11-30", "season");
    expectParsed("2024.", "2024-01-01", "2024-12-31", "year");
    expectParsed("15.05.", "2025-05-15", "2025-05-15", "day");
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
