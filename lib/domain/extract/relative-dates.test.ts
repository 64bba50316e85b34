import { describe, expect, it } from "vitest";
import { findDates, mostPrecise } from "./dates";

/** Wednesday 29 October 2025 */
const REF = "2025-10-29";
const spans = (text: string) => findDates(text, REF).map((h) => [h.date.text, h.date.from, h.date.to]);

describe("dates counted back from the article's day", () => {
  // [what the case shows, sentence, phrase read, from, to]
  it.each([
    ["'ago'", "Nimbus cut the jobs two weeks ago.", "two weeks ago", "2025-10-13", "2025-10-19"],
    ["'vor …'", "Vor zwei Wochen strich Nimbus die Stellen.", "Vor zwei Wochen", "2025-10-13", "2025-10-19"],
    ["days ago", "The deal closed three days ago.", "three days ago", "2025-10-26", "2025-10-26"],
    ["a month ago", "Vor einem Monat kündigte Nimbus an.", "Vor einem Monat", "2025-09-01", "2025-09-30"],
    ["the weekend before", "Nimbus confirmed the cuts over the weekend.", "over the weekend", "2025-10-25", "2025-10-26"],
    ["das Wochenende davor", "Am Wochenende bestätigte Nimbus den Abbau.", "Am Wochenende", "2025-10-25", "2025-10-26"],
    ["the end of last week", "Ende vergangener Woche kündigte Nimbus an.", "Ende vergangener Woche", "2025-10-23", "2025-10-26"],
    ["late last week", "Nimbus said late last week that it would cut jobs.", "late last week", "2025-10-23", "2025-10-26"],
    ["the start of this month", "Anfang des Monats kündigte Nimbus an.", "Anfang des Monats", "2025-10-01", "2025-10-10"],
    ["earlier this month", "Earlier this month, Nimbus said it would cut jobs.", "Earlier this month", "2025-10-01", "2025-10-29"],
    ["last week, capitalised", "Vergangene Woche kündigte Nimbus an.", "Vergangene Woche", "2025-10-20", "2025-10-26"],
    ["an abbreviated month with year", "On Nov. 17, 2023, the board fired its CEO.", "Nov. 17, 2023", "2023-11-17", "2023-11-17"],
    ["an abbreviated month", "Nimbus said on Sept. 5 that it would cut jobs.", "Sept. 5", "2025-09-05", "2025-09-05"],
  ])("reads %s: %j", (_what, sentence, phrase, from, to) => {
    expect(spans(sentence)).toEqual([[phrase, from, to]]);
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
