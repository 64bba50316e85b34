import { describe, expect, it } from "vitest";
import { findDates, mostPrecise } from "./dates";

/** Wednesday 29 October 2025 */
const REF = "2025-10-29";
const spans = (text: string) => findDates(text, REF).map((h) => [h.date.text, h.date.from, h.date.to]);

describe("dates counted back from the article's day", () => {
  it("reads 'ago' and 'vor …' in both languages", () => {
    expect(spans("Nimbus cut the jobs two weeks ago.")).toEqual([
      ["two weeks ago", "2025-10-13", "2025-10-19"],
    ]);
    expect(spans("Vor zwei Wochen strich Nimbus die Stellen.")).toEqual([
      ["Vor zwei Wochen", "2025-10-13", "2025-10-19"],
    ]);
    expect(spans("The deal closed three days ago.")).toEqual([
      ["three days ago", "2025-10-26", "2025-10-26"],
    ]);
    expect(spans("Vor einem Monat kündigte Nimbus an.")).toEqual([
      ["Vor einem Monat", "2025-09-01", "2025-09-30"],
    ]);
  });

  it("reads the weekend before the article", () => {
    expect(spans("Nimbus confirmed the cuts over the weekend.")).toEqual([
      ["over the weekend", "2025-10-25", "2025-10-26"],
    ]);
    expect(spans("Am Wochenende bestätigte Nimbus den Abbau.")).toEqual([
      ["Am Wochenende", "2025-10-25", "2025-10-26"],
    ]);
  });

  it("reads parts of a week or month, this one or the last", () => {
    expect(spans("Ende vergangener Woche kündigte Nimbus an.")).toEqual([
      ["Ende vergangener Woche", "2025-10-23", "2025-10-26"],
    ]);
    expect(spans("Nimbus said late last week that it would cut jobs.")).toEqual([
      ["late last week", "2025-10-23", "2025-10-26"],
    ]);
    expect(spans("Anfang des Monats kündigte Nimbus an.")).toEqual([
      ["Anfang des Monats", "2025-10-01", "2025-10-10"],
    ]);
    expect(spans("Earlier this month, Nimbus said it would cut jobs.")).toEqual([
      ["Earlier this month", "2025-10-01", "2025-10-29"],
    ]);
    expect(spans("Vergangene Woche kündigte Nimbus an.")).toEqual([
      ["Vergangene Woche", "2025-10-20", "2025-10-26"],
    ]);
  });

  it("reads the abbreviated months of English news style", () => {
    expect(spans("On Nov. 17, 2023, the board fired its CEO.")).toEqual([
      ["Nov. 17, 2023", "2023-11-17", "2023-11-17"],
    ]);
    expect(spans("Nimbus said on Sept. 5 that it would cut jobs.")).toEqual([
      ["Sept. 5", "2025-09-05", "2025-09-05"],
    ]);
  });

  it("does not read names or words that look like the phrases", () => {
    expect(spans("Jan Leike left for Anthropic.")).toEqual([]);
    expect(spans("Die Woche der Wahrheit steht Nimbus bevor.")).toEqual([]);
    expect(spans("A weekend edition of the paper covered the ago-old debate.")).toEqual([]);
  });

  it("ranks a span of days above a month or a year", () => {
    const hits = findDates("Ende vergangener Woche, im Oktober 2025, kündigte Nimbus an.", REF);
    expect(mostPrecise(hits, REF)?.date.text).toBe("Ende vergangener Woche");
  });
});
