import { describe, expect, it } from "vitest";
import { expectEvent } from "@/tests/support/extract/proposals";
import { amountRole } from "./amount-roles";
import { findCues } from "./cues";
import { extractFromText } from "./extract";
import { formDateText } from "./form-date";
import { fuzzyMonth, fuzzyDay, parseFuzzyDate } from "../fuzzy-date";
import { seedContext } from "@/tests/support/extract/seed-context";
import type { ExtractEventType } from "./types";

/**
 * Sentences written for these tests (not taken from any labelled article): each cue of issue 9 §3
 * in German and English, amount roles and ranges, background vs news.
 */
const ctx = (articleDate = "2025-06-12") => seedContext({ articleDate });
const run = (text: string, articleDate?: string) => extractFromText(text, ctx(articleDate));
const types = (sentence: string): ExtractEventType[] => findCues(sentence, true).map((c) => c.type);

describe("cues for every type, German and English", () => {
  it.each<[ExtractEventType, string]>([
    ["architecture_problem", "Ein Konstruktionsfehler im Chip zwingt den Hersteller zu einer neuen Maske."],
    ["architecture_problem", "Engineers found a design flaw late in production."],
    ["departure", "Die Forschungschefin tritt nach fünf Jahren zurück."],
    ["departure", "The chief scientist stepped down on Friday."],
    ["departure", "Der Verwaltungsrat hat den Chef gefeuert."],
    ["departure", "The board ousted its CEO after a review."],
    ["layoff", "Der Konzern will 300 Stellen abbauen."],
    ["layoff", "The startup let go of 40 engineers."],
    ["investment", "Das Start-up sammelt 600 Millionen Dollar in einer Finanzierungsrunde ein."],
    ["investment", "The company raised $1 billion in a Series C round."],
    ["acquisition", "Der Softwarekonzern kauft das Start-up für 2 Milliarden Dollar."],
    ["acquisition", "The chipmaker agreed to buy the startup."],
    ["stock_move", "Die Aktie brach am Dienstag im frühen Handel um acht Prozent ein."],
    ["stock_move", "Shares declined 6% in after-hours trading."],
    ["other", "Die Wettbewerbshüter prüfen die Partnerschaft."],
    ["other", "The regulator opened a probe into the partnership."],
    ["other", "Der Konzern zahlt eine Lizenzgebühr für die Modelle."],
    ["other", "The company agreed to settle the lawsuit with the authors."],
    ["other", "The group announced a restructuring of its research units."],
    ["other", "Die Firma kämpft mit einem Mangel an hochwertigen Trainingsdaten."],
    ["controversy", "Nach einem Shitstorm nahm die Firma die Funktion vom Netz."],
    ["controversy", "The feature was paused after a backlash over privacy."],
  ])("%s: %s", (type, sentence) => {
    expect(types(sentence)).toContain(type);
  });

  it("does not read a word that merely contains a cue", () => {
    expect(types("Das Bildmodell Stable Diffusion ist weit verbreitet.")).not.toContain("acquisition");
    expect(types("The plan was left unchanged.")).not.toContain("departure");
  });
});

describe("proposals", () => {
  it("makes a fired chief a departure, not job cuts", () => {
    const r = run("OpenAI hat seinen Chef entlassen. Der Verwaltungsrat nannte keine Gründe.");
    expect(r.events.map((e) => [e.type, e.lab])).toEqual([["departure", "openai"]]);
  });

  it("does not propose a denied deal", () => {
    const r = run("Microsoft said the agreement is not an acquisition of Inflection AI.");
    expect(r.events.filter((e) => e.type === "acquisition")).toEqual([]);
  });

  it("gives a funding round to the company raising it, the lead investor as the other party", () => {
    const r = run("Anthropic raised $4 billion in a funding round led by Amazon.");
    expectEvent(r.events, "investment", {
      lab: "anthropic",
      counterparty: "amazon",
      amountUsd: 4e9,
      amountKind: "investment",
    });
  });

  it("never takes a valuation as the round's amount", () => {
    const r = run("OpenAI raised $6.6 billion at a $157 billion valuation.");
    expectEvent(r.events, "investment", { amountUsd: 6.6e9 });
  });

  it("keeps both bounds of a range", () => {
    const r = run("Mistral AI will 2 bis 3 Milliarden Dollar in einer Finanzierungsrunde einsammeln.");
    expectEvent(r.events, "investment", {
      amountUsd: 2e9,
      amountUsdMax: 3e9,
    });
  });

  it("marks an amount the text gives as an estimate as about", () => {
    const r = run("xAI sammelte gut 6 Milliarden Dollar in einer Finanzierungsrunde ein.");
    expectEvent(r.events, "investment", {
      amountUsd: 6e9,
      amountQualifier: "about",
    });
  });

  it("marks facts of earlier years and 'following …' references as background", () => {
    const r = run(
      "Microsoft investierte 2019 eine Milliarde Dollar in OpenAI. Scale AI cuts 200 jobs following Meta's $14 billion investment.",
      "2025-07-20",
    );
    const invest = r.events.filter((e) => e.type === "investment");
    expect(invest.length).toBeGreaterThan(0);
    expect(invest.every((e) => e.background)).toBe(true);
    expectEvent(r.events, "layoff", { lab: "scale-ai", headcount: 200 });
    expect(r.events.find((e) => e.type === "layoff")?.background).toBeFalsy();
  });

  it("merges one fact restated later in the article into one proposal", () => {
    const r = run(
      "Microsoft will pay Inflection AI $650 million under a licensing agreement. Of that, $620 million is for the licence.",
    );
    expect(r.events.filter((e) => e.type === "other")).toHaveLength(1);
  });
});

describe("amount roles", () => {
  const role = (s: string, amount: string) => amountRole(s, s.indexOf(amount), amount.length);
  it.each([
    ["The startup is now valued at $20 billion.", "$20 billion", "valuation"],
    ["Der Konzern verlor damit 500 Milliarden Dollar an Börsenwert.", "500 Milliarden Dollar", "market_cap"],
    ["The company agreed to a $1.5 billion settlement with authors.", "$1.5 billion", "settlement"],
    ["Die Behörde verhängte ein Bußgeld von 15 Millionen Euro.", "15 Millionen Euro", "fine"],
    ["Annualized revenue reached $3 billion.", "$3 billion", "revenue"],
    ["He was offered a pay package worth $100 million.", "$100 million", "compensation"],
    ["Capital expenditures will reach $60 billion this year.", "$60 billion", "capex"],
  ])("%s → %s is %s", (sentence, amount, kind) => {
    expect(role(sentence, amount)).toBe(kind);
  });
});

describe("dates for the form", () => {
  it("writes an inferred month in words the form reads back", () => {
    const d = fuzzyMonth(2025, 4, "Monat des Artikels (erschlossen)");
    const text = formDateText(d, "2025-04-20", "de");
    expect(parseFuzzyDate(text, { reference: "2025-04-20" })).toMatchObject({ from: d.from, to: d.to });
  });

  it("keeps the article's own words when they read back", () => {
    expect(formDateText(fuzzyDay("2025-04-17", "am Donnerstag"), "2025-04-20", "de")).toBe("am Donnerstag");
  });
});

describe("organisations the database does not know", () => {
  const bare = (text: string) =>
    extractFromText(text, seedContext({ articleDate: "2025-06-12", useKnowledgeBase: false }));

  it.each([
    ["Die KI-Firma Quorvex hat ihr Modell zurückgezogen.", "Quorvex"],
    ["Quorvex-Chef Jan Berg kündigte einen Neustart an.", "Quorvex"],
    ["The CEO of Quorvex said the launch would slip.", "Quorvex"],
    ["Quorvex Inc. delayed its assistant.", "Quorvex"],
    ["The startup Quorvex raised $20 million in a funding round.", "Quorvex"],
  ])("%s → %s, marked new", (text, name) => {
    const r = bare(text);
    expect(r.unknownLabs).toContain(name);
  });

  it("proposes an unknown organisation's event as a new lab", () => {
    const r = bare("The startup Quorvex raised $20 million in a funding round.");
    expect(r.events[0]).toMatchObject({ type: "investment", lab: null, labName: "Quorvex", labIsNew: true });
  });

  it("never takes a person for an organisation", () => {
    expect(bare("Jan Berg sagte am Montag, er sei zuversichtlich.").unknownLabs).toEqual([]);
  });
});

describe("references resolve to the lab the paragraph is about", () => {
  it.each([
    "Mistral AI hat ein neues Modell angekündigt. Das Start-up verschiebt den Start aber auf Herbst.",
    "Mistral AI announced a new model. The startup has delayed its launch to the fall.",
    "Mistral AI hat ein neues Modell angekündigt. Die Firma verschiebt den Start aber auf Herbst.",
  ])("%s", (text) => {
    const r = run(text);
    expectEvent(r.events, "delay", { lab: "mistral-ai" });
  });
});
