import { describe, expect, it } from "vitest";
import { findDates, mostPrecise } from "./dates";

const read = (text: string, ref?: string) =>
  findDates(text, ref).map((h) => [
    h.date.text,
    h.date.from,
    h.date.to,
    h.date.precision,
    h.date.openEnd,
    h.anchor,
  ]);

describe("findDates", () => {
  it("reads a weekday with a time of day and inflected week phrases (German), and English weeks", () => {
    const day = (text: string) => read(text, "2023-02-08").map((h) => [h[1], h[2], h[3]]);
    expect(day("am Mittwochmorgen sank die Aktie")).toEqual([["2023-02-08", "2023-02-08", "day"]]);
    expect(day("Dienstagabend teilte der Konzern mit")).toEqual([["2023-02-07", "2023-02-07", "day"]]);
    // the end of the week: Thursday to Sunday of it, not the whole week
    expect(day("Ende vergangener Woche trafen sich beide")).toEqual([["2023-02-02", "2023-02-05", "range"]]);
    expect(day("in dieser Woche")).toEqual([["2023-02-06", "2023-02-12", "week"]]);
    expect(day("last week the company said")).toEqual([["2023-01-30", "2023-02-05", "week"]]);
    // "morgen" alone is tomorrow, not a time of day, and no weekday: not read here
    expect(day("Die Zahlen kommen morgen")).toEqual([]);
    expect(day("Morgenstund hat Gold im Mund")).toEqual([]);
  });

  it("reads German phrases against the article's day", () => {
    expect(read("Vorgestellt werden sollte es Ende April, dann Mitte Juni.", "2025-05-15")).toEqual([
      ["Ende April", "2025-04-21", "2025-04-30", "month_part", false, false],
      ["Mitte Juni", "2025-06-11", "2025-06-20", "month_part", false, false],
    ]);
    expect(read("nun wird der Start auf den Herbst oder später verschoben", "2025-05-20")).toEqual([
      ["Herbst oder später", "2025-09-01", "2025-11-30", "season", true, false],
    ]);
    expect(read("am Donnerstag rutschte der Kurs", "2025-05-15")).toEqual([
      ["am Donnerstag", "2025-05-15", "2025-05-15", "day", false, false],
    ]);
    expect(read("Bis zu 72 Milliarden für dieses Jahr", "2025-05-15")).toEqual([
      ["dieses Jahr", "2025-01-01", "2025-12-31", "year", false, false],
    ]);
  });

  it("reads English phrases", () => {
    expect(read("slated for Q3 2025, now expected in early 2026 or later", "2025-07-10")).toEqual([
      ["Q3 2025", "2025-07-01", "2025-09-30", "quarter", false, false],
      ["early 2026 or later", "2026-01-01", "2026-04-30", "range", true, false],
    ]);
    expect(read("shares fell on Friday, in the fall", "2025-05-16")).toEqual([
      ["on Friday", "2025-05-16", "2025-05-16", "day", false, false],
      ["fall", "2025-09-01", "2025-11-30", "season", false, false],
    ]);
  });

  it("marks starting points and skips the modal 'may' and the verb 'fall'", () => {
    expect(read("das höchste Niveau seit Anfang März", "2025-05-15")).toEqual([
      ["Anfang März", "2025-03-01", "2025-03-10", "month_part", false, true],
    ]);
    expect(read("It may slip; shares fall.", "2025-05-15")).toEqual([]);
  });

  it("without a reference day reads only phrases that name a year", () => {
    expect(read("Ende April, dann Q3 2025 und im Juni 2026")).toEqual([
      ["Q3 2025", "2025-07-01", "2025-09-30", "quarter", false, false],
      ["Juni 2026", "2026-06-01", "2026-06-30", "month", false, false],
    ]);
  });
});

describe("mostPrecise", () => {
  it("skips dates after the article's day when asked: what happened has happened by then", () => {
    const de = findDates(
      "Er verlässt den Konzern am 1. März 2026; bekannt wurde das im Dezember.",
      "2025-12-03",
    );
    expect(mostPrecise(de)?.date.text).toBe("1. März 2026");
    expect(mostPrecise(de, "2025-12-03")?.date.text).toBe("Dezember");
    const en = findDates("The chatbot, released in November, has drawn a new investment.", "2023-01-24");
    expect(mostPrecise(en)?.date.from).toBe("2023-11-01");
    expect(mostPrecise(en, "2023-01-24")).toBeNull();
  });
});

describe("a company's founding year (stop 26)", () => {
  it("dates no fact of the company", () => {
    const en = findDates("Founded in 2017, Wayve raised over $1 billion last year.", "2025-10-13");
    expect(en.map((h) => h.date.from)).toEqual(["2024-01-01"]);
    const de = findDates(
      "Das 2017 gegründete Wayve hatte im vergangenen Jahr eine Milliarde Dollar eingesammelt.",
      "2025-10-13",
    );
    expect(de.map((h) => h.date.from)).toEqual(["2024-01-01"]);
    expect(findDates("Wayve raised $1 billion in 2017.", "2025-10-13").map((h) => h.date.from)).toEqual([
      "2017-01-01",
    ]);
  });
});

describe("a month or day without its year after the article's day (stop 26)", () => {
  const at = (sentence: string, day: string) =>
    mostPrecise(findDates(sentence, day as never), day as never, sentence)?.date.from ?? null;

  it("is last year's only in a sentence told in the past", () => {
    expect(at("OpenAI raised $6.6 billion in October.", "2025-03-10")).toBe("2024-10-01");
    expect(at("OpenAI hatte im Oktober Geld eingesammelt.", "2025-03-10")).toBe("2024-10-01");
    // the German present tells the future; so do "set for" and "werde"
    expect(at("Lilian Weng verlässt OpenAI am 15. November.", "2023-11-09")).toBeNull();
    expect(at("Her departure is set for November 15.", "2023-11-09")).toBeNull();
    expect(at("Der Manager werde zum 31. Dezember zu Meta wechseln.", "2025-12-04")).toBeNull();
  });

  it("never reads a decimal after a month as its day ('im Oktober 6,6 Milliarden')", () => {
    expect(at("OpenAI hatte im Oktober 6,6 Milliarden Dollar eingesammelt.", "2025-03-10")).toBe(
      "2024-10-01",
    );
  });
});

describe("a span between two dates (stop 26)", () => {
  it("reads 'zwischen März und Juni', 'between March and June' as one span", () => {
    for (const s of [
      "Der Chatbot ist zwischen März und Juni schlechter geworden.",
      "The chatbot got worse between March and June.",
    ]) {
      const hits = findDates(s, "2023-07-20");
      expect(hits.map((h) => [h.date.from, h.date.to, h.date.precision])).toEqual([
        ["2023-03-01", "2023-06-30", "range"],
      ]);
    }
    // two dates not joined by a span's words stay two
    expect(findDates("Im März und im Juni fiel die Aktie.", "2023-07-20")).toHaveLength(2);
  });
});
