import { describe, expect, it } from "vitest";
import { governingClause } from "./background";
import { findCues } from "./cues";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";
import type { ExtractEventType } from "./types";

/**
 * Issue 9 §3, precision of event proposals: cue words that are parts of other words or of
 * unrelated phrases, clauses governed by a wondering or generalising word, and who does what in
 * a move between labs. Every sentence is written for these tests, in general words.
 */
const run = (text: string, articleDate = "2025-06-12") =>
  extractFromText(text, seedContext({ articleDate }));
const news = (text: string, articleDate?: string) =>
  run(text, articleDate)
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab}`);
const types = (sentence: string, hasModel = true): ExtractEventType[] =>
  findCues(sentence, hasModel).map((c) => c.type);

describe("cue words inside other words and phrases", () => {
  it("reads a department as no departure, a departure as one", () => {
    expect(types("The Justice Department is reviewing the partnership.")).not.toContain("departure");
    expect(types("Die Abteilung des Justizministeriums prüft die Partnerschaft.")).not.toContain("departure");
    expect(types("The head of research departed last week.")).toContain("departure");
    expect(types("Die Forschungschefin verlässt das Unternehmen.")).toContain("departure");
  });

  it("takes 'from scratch' as a rebuild only when something is built or started again", () => {
    expect(types("Its chatbots are good at generating text from scratch.")).not.toContain("architecture_problem");
    expect(types("The team had to start over from scratch on the assistant.")).toContain("architecture_problem");
    expect(types("Das Team muss die Software von Grund auf neu entwickeln.")).toContain("architecture_problem");
  });
});

describe("a clause read with the clause that governs it", () => {
  it("joins a clause that goes on from the one before, or follows an opening comparison", () => {
    const s = "Whether buyers rejected it, or the model fell short, is unclear.";
    expect(governingClause(s, s.indexOf("fell"))).toContain("Whether");
    const t = "Like other labs, the company faces scrutiny from regulators.";
    expect(governingClause(t, t.indexOf("scrutiny"))).toContain("Like other");
    const u = "The launch was fine, but the model fell short of rivals.";
    expect(governingClause(u, u.indexOf("fell"))).toBe(" but the model fell short of rivals.");
  });

  it("proposes no event in a clause a wondering or generalising word governs", () => {
    expect(news("Whether the market rejected it, or Anthropic's model fell short of its aims, nobody knows.")).toEqual([]);
    expect(news("Like other AI companies, Anthropic's deals have come under scrutiny from regulators.")).toEqual([]);
    expect(news("Google reiht sich in eine wachsende Zahl von Konzernen ein, die auf Lizenzvereinbarungen setzen.")).toEqual([]);
    // negative: the same facts stated plainly are news
    expect(news("Anthropic's new model fell short of its aims in the tests.")).toContain(
      "benchmark_underperformance anthropic",
    );
    expect(news("Google reiht sich ein: Der Konzern zahlt eine Lizenzgebühr für die Modelle.")).toContain(
      "other google",
    );
  });
});

describe("people moving between labs", () => {
  it("gives the hiring to the lab people join, the departure to the lab they leave", () => {
    const en = news("Its founders, with members of Anthropic's research team, are joining Google's AI unit, the companies said.");
    expect(en).toContain("hiring google");
    expect(en).not.toContain("hiring anthropic");
    const de = news("Das Team von Anthropic wechselt zu Google, das es mit hohen Prämien rekrutiert.");
    expect(de).toContain("hiring google");
    expect(de).not.toContain("hiring anthropic");
  });

  it("gives a hiring told in the passive to the lab named after 'by' / 'von'", () => {
    expect(news("Inflection AI was recently acqui-hired by Microsoft.")).toEqual(["hiring microsoft"]);
    // negative: money paid to a lab is no move of people to it
    const paid = news("Microsoft agreed to pay Inflection $650 million alongside hiring its staff.");
    expect(paid).toContain("hiring microsoft");
    expect(paid).not.toContain("hiring inflection-ai");
  });

  it("never lets a lab lose people to itself", () => {
    const text =
      "Anthropic cut its prices again. Google signed a licence deal for its models. The coding team moves to Google, the companies said.";
    const found = news(text);
    expect(found).not.toContain("departure google");
    expect(found).toContain("departure anthropic");
  });
});
