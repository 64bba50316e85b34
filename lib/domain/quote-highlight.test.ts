import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { highlightQuotes } from "./quote-highlight";
import { cleanArticleText } from "./text-cleaning";

const marked = (r: ReturnType<typeof highlightQuotes<number>>) =>
  r.segments.filter((s) => s.quoteIds.length > 0).map((s) => s.text);

describe("highlightQuotes", () => {
  it("marks a quote found verbatim and keeps every other character", () => {
    const body = "Erster Satz. Der Start verzögert sich. Letzter Satz.";
    const r = highlightQuotes(body, [{ id: 1, quote: "Der Start verzögert sich." }]);
    expect(marked(r)).toEqual(["Der Start verzögert sich."]);
    expect(r.segments.map((s) => s.text).join("")).toBe(body);
    expect(r.missing).toEqual([]);
  });

  it("matches across line breaks and typographic quote marks", () => {
    const body = "Er sagte:\n„Wir warten\n  noch.“ Dann ging er.";
    const r = highlightQuotes(body, [{ id: 7, quote: 'Er sagte: "Wir warten noch."' }]);
    expect(marked(r)).toEqual(["Er sagte:\n„Wir warten\n  noch.“"]);
  });

  it("falls back to the quote without its own added quotation marks", () => {
    const r = highlightQuotes("Sie sagte, der Plan stehe. Mehr nicht.", [
      { id: 3, quote: "„der Plan stehe.“" },
    ]);
    expect(marked(r)).toEqual(["der Plan stehe."]);
  });

  it("reports quotes it cannot find instead of marking something else", () => {
    const r = highlightQuotes("Nur dieser Text.", [{ id: 2, quote: "Ganz anderer Satz." }]);
    expect(r.missing).toEqual([2]);
    expect(marked(r)).toEqual([]);
  });

  it("keeps overlapping quotes apart by the ids that cover each stretch", () => {
    const body = "A b c d e.";
    const r = highlightQuotes(body, [
      { id: 1, quote: "A b c" },
      { id: 2, quote: "c d e." },
    ]);
    expect(r.segments).toEqual([
      { text: "A b ", quoteIds: [1] },
      { text: "c", quoteIds: [1, 2] },
      { text: " d e.", quoteIds: [2] },
    ]);
  });

  it("finds every seed quote of the Behemoth article in its cleaned text", () => {
    const raw = readFileSync(
      path.resolve(import.meta.dirname, "../../prisma/seed-data/articles/001_ae96c7f18c7de5f6.txt"),
      "utf8",
    );
    const body = cleanArticleText(raw).text;
    const quotes = [
      "Daher verzögert sich der Start weiter, berichtet das Wall Street Journal. Ursprünglich visierte Meta den Juni an, jetzt steht der Herbst als Termin im Raum. Womöglich dauert es sogar noch länger.",
      "Offiziell will sich der Konzern nicht zum Zeitplan äußern.",
      "Bis zu 72 Milliarden US-Dollar hat der Konzern für dieses Jahr verplant, vieles davon entfällt auf den KI-Bereich.",
    ].map((quote, id) => ({ id, quote }));
    const r = highlightQuotes(body, quotes);
    expect(r.missing).toEqual([]);
    expect(marked(r).join(" ")).toContain("72 Milliarden US-Dollar");
  });
});
