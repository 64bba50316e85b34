/**
 * Organisations the knowledge base does not know, found by where their name stands. Sentences
 * invented in the style of news; the companies are made up.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { appositionNames } from "./new-labs";
import { seedContext } from "@/tests/support/extract/seed-context";

const names = (text: string) => appositionNames(text).map((n) => n.name);
const run = (text: string, lang: "en" | "de") =>
  extractFromText(text, seedContext({ lang, articleDate: "2025-09-10" }))
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab ?? `?${e.labName}`}`);

describe("new organisations by their place in the sentence", () => {
  it("reads a name in apposition with a company noun (English and German)", () => {
    expect(names("Vireo, a Paris-based AI startup, raised $150 million on Monday.")).toEqual(["Vireo"]);
    expect(names("Kestrel, ein Münchner KI-Start-up, hat 20 Millionen Euro eingesammelt.")).toEqual([
      "Kestrel",
    ]);
    expect(names("Shares of Vireo fell 12% on Tuesday.")).toEqual(["Vireo"]);
  });

  it("takes no sentence opener, weekday or German noun for a company", () => {
    // negative: the comma follows an adverb or a day; German capitalises every noun
    expect(names("However, a company that size cannot move fast.")).toEqual([]);
    expect(
      names("Microsoft said Tuesday, a day after the company reported earnings, that it would cut jobs."),
    ).toEqual([]);
    expect(names("Die Übernahme der Kontrolle durch den Investor ist gescheitert.")).toEqual([]);
  });

  it("proposes the new company's events", () => {
    expect(
      run("Vireo, a Paris-based AI startup, raised $150 million in a round led by Sequoia.", "en"),
    ).toEqual(["investment ?Vireo"]);
    expect(run("Kestrel, ein Münchner KI-Start-up, hat 20 Millionen Dollar eingesammelt.", "de")).toEqual([
      "investment ?Kestrel",
    ]);
  });

  it("reads 'das Unternehmen' after a new company's name as that company", () => {
    expect(run("Kestrel-Chef Max Mustermann verlässt das Unternehmen.", "de")).toEqual([
      "departure ?Kestrel",
    ]);
    expect(run("Vireo Inc. said on Monday that its chief executive will leave the company.", "en")).toEqual([
      "departure ?Vireo",
    ]);
  });
});
