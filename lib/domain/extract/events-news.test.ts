import { describe, expect, it } from "vitest";
import { clauseAt, isBackground } from "./background";
import { findCues } from "./cues";
import { extractFromText } from "./extract";
import { mergeDrafts, type Draft } from "./merge";
import { insideQuotation } from "./sentences";
import { fuzzyMonth } from "../fuzzy-date";
import { draft as baseDraft } from "@/tests/support/extract/proposal";
import { seedContext } from "@/tests/support/extract/seed-context";
import type { ExtractEventType } from "./types";

/**
 * Issue 9 §3, event detection on unseen news: the cues added for model quality, training runs and
 * stock moves, and the rules that keep background, quoted opinion, speculation and sector-wide
 * statements out of the proposals. Every sentence is written for these tests, in general words.
 */
const run = (text: string, articleDate = "2025-06-12") =>
  extractFromText(text, seedContext({ articleDate }));
const news = (text: string, articleDate?: string) =>
  run(text, articleDate)
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab}`);
const background = (text: string, articleDate?: string) =>
  run(text, articleDate)
    .events.filter((e) => e.background)
    .map((e) => `${e.type} ${e.lab}`);
const types = (sentence: string, hasModel = true): ExtractEventType[] =>
  findCues(sentence, hasModel).map((c) => c.type);

describe("new cues, German and English", () => {
  it.each<[ExtractEventType, string, boolean]>([
    ["benchmark_underperformance", "Testers found the assistant did not reliably answer questions in French.", false],
    ["benchmark_underperformance", "The model failed to solve most of the maths problems in the test.", false],
    ["benchmark_underperformance", "Its founder is dissatisfied with the current performance of the model.", false],
    ["benchmark_underperformance", "Engineers were not able to achieve the gains in performance they had hoped for.", false],
    ["benchmark_underperformance", "Der Assistent konnte Anfragen auf Spanisch nicht zuverlässig beantworten.", false],
    ["benchmark_underperformance", "Die Chefin zeigt sich unzufrieden mit der Leistung des neuen Modells.", false],
    ["benchmark_underperformance", "Dem Team gelingt es nicht, das Modell gegenüber dem Vorgänger deutlich zu verbessern.", false],
    ["benchmark_underperformance", "The chatbot keeps giving false answers about history.", true],
    ["benchmark_underperformance", "Der Chatbot halluziniert bei einfachen Fragen.", true],
    ["architecture_problem", "Das Labor konnte keinen erfolgreichen Trainingslauf auf den neuen Chips durchführen.", false],
    ["architecture_problem", "Two training runs on the new cluster failed.", false],
    ["stock_move", "The company's shares were down 3% in early trading.", false],
    ["stock_move", "Shares gained 2% on Tuesday.", false],
    ["stock_move", "Die Aktie erreichte den höchsten Stand seit drei Jahren.", false],
  ])("%s: %s", (type, sentence, hasModel) => {
    expect(types(sentence, hasModel)).toContain(type);
  });

  it("keeps the quality words that need a model quiet without one", () => {
    expect(types("Chatbots still give false answers about history.", false)).not.toContain(
      "benchmark_underperformance",
    );
  });

  it("reads a pushback as no delay, a loss of jobs as a layoff and copyright claims as a legal matter", () => {
    expect(types("The chief executive pushes back on rumours of an imminent launch.")).not.toContain("delay");
    expect(types("The launch was pushed back to next year.")).toContain("delay");
    const loss = types("The changes will result in the loss of 200 employees.");
    expect(loss).toContain("layoff");
    expect(loss).not.toContain("other");
    expect(types("The startup has pledged to fight the copyright claims.")).toContain("other");
  });

  it("gives a move to another company to the lab people leave, with the other as counterparty", () => {
    const de = run("Apple verliert einen Manager.\nDer Leiter des Sprachteams wechselt zu Meta.").events;
    expect(de.filter((e) => e.type === "departure").map((e) => [e.lab, e.counterparty])).toEqual([
      ["apple", "meta"],
    ]);
    const en = run("OpenAI news\nThe head of its robotics team is joining Google, people familiar said.").events;
    expect(en.filter((e) => e.type === "departure").map((e) => [e.lab, e.counterparty])).toEqual([
      ["openai", "google"],
    ]);
  });

  it("takes a move to a place that is no company for no departure", () => {
    expect(news("Nvidia news\nAfter training abroad, the engineers return to China with their models.")).toEqual([]);
  });

  it("gives a lawsuit to the one sued", () => {
    expect(news("Two publishers are suing OpenAI over the use of their articles.")).toEqual(["other openai"]);
    expect(news("Mehrere Verlage haben Klage gegen Anthropic eingereicht.")).toEqual(["other anthropic"]);
  });

  it("takes a cue used as an adjective for a fact already known", () => {
    const text = "Verzögerte Siri-Funktionen: Apple beantragt Abweisung der Sammelklage";
    expect(news(text)).toEqual(["other apple"]);
    expect(background(text)).toEqual(["delay apple"]);
  });

  it("does not read raised questions or public spending as money put in", () => {
    expect(types("The report raises questions about the company's plans.")).not.toContain("investment");
    expect(types("The minister wants to cut government spending by a tenth.")).not.toContain("investment");
    expect(types("The startup raised $300 million from investors.")).toContain("investment");
  });
});

describe("background", () => {
  it("finds the clause around a cue", () => {
    expect(clauseAt("Anthropic grew fast, but the round was delayed, the paper says.", 35)).toBe(
      " but the round was delayed",
    );
  });

  it("marks the past perfect of the cue's clause as background, but not a delay's plan", () => {
    const s1 = "Das Start-up hatte im Vorjahr 100 Millionen Dollar eingesammelt.";
    expect(isBackground(s1, null, "2025-06-12", "investment", s1.indexOf("eingesammelt"))).toBe(true);
    const s2 = "The lab had invested $2 billion in the chipmaker.";
    expect(isBackground(s2, null, "2025-06-12", "investment", s2.indexOf("invested"))).toBe(true);
    const s3 = "The company had planned to ship the model in May and has now delayed it.";
    expect(isBackground(s3, null, "2025-06-12", "delay", s3.indexOf("delayed"))).toBe(false);
    const s4 = "Der Start war zunächst aus Sicherheitsgründen verschoben worden.";
    expect(isBackground(s4, null, "2025-06-12", "delay", s4.indexOf("verschoben"))).toBe(true);
    const s5 = "The startup raised $1 billion on Monday.";
    expect(isBackground(s5, null, "2025-06-12", "investment", s5.indexOf("raised"))).toBe(false);
  });

  it("takes the tense of a report for the clause it reports", () => {
    const s = "Die Zeitung hatte im Frühjahr berichtet, dass die Firma eine Finanzierungsrunde plant.";
    expect(isBackground(s, null, "2025-09-12", "investment", s.indexOf("Finanzierungsrunde"))).toBe(true);
  });

  it("treats totals so far as the sum of earlier rounds", () => {
    const s = "So far the startup has raised more than $1 billion from investors.";
    expect(isBackground(s, null, "2025-06-12", "investment", s.indexOf("raised"))).toBe(true);
  });

  it("marks a fact dated before the article's month as background unless the lead tells it", () => {
    const text = [
      "Meta lays off 600 people in its research unit",
      "Meta is cutting about 600 jobs in its research unit, the company said on Wednesday.",
      "The cuts affect several teams.",
      "OpenAI raised $6 billion in March at a higher valuation.",
    ].join("\n");
    expect(news(text, "2025-06-12")).toEqual(["layoff meta"]);
    expect(background(text, "2025-06-12")).toContain("investment openai");
  });

  it("keeps a fact of an earlier month as news when the lead tells it", () => {
    const text = [
      "OpenAI raised $6 billion in May",
      "OpenAI raised $6 billion in May at a higher valuation, people familiar with the matter said.",
    ].join("\n");
    expect(news(text, "2025-06-12")).toEqual(["investment openai"]);
  });
});

describe("no fact, no proposal", () => {
  it("proposes nothing for a quoted statement of opinion", () => {
    const s = "“We are proud of the team and thank our investors for their trust,” the chief executive wrote.";
    expect(insideQuotation(s, s.indexOf("investors"))).toBe(true);
    expect(news(`OpenAI news\n${s}`)).toEqual([]);
  });

  it("keeps a report's wording woven into the sentence", () => {
    const s = 'The paper says "the company found the model could not reliably answer such questions."';
    expect(insideQuotation(s, s.indexOf("reliably"))).toBe(false);
  });

  it("proposes nothing for a clause that wonders or generalises", () => {
    expect(news("Ob sich der Start von Llama 4 Behemoth dadurch verzögert, bleibt offen.")).toEqual([]);
    expect(news("It remains to be seen whether Meta will delay Llama 4 Behemoth.")).toEqual([]);
    expect(
      news("The cuts follow a broader trend of AI startups that laid off staff this year, like Meta did."),
    ).toEqual([]);
  });

  it("does not take 'the delay' at a sentence's start for a new delay", () => {
    const text = [
      "Meta delays Llama 4 Behemoth to the autumn.",
      "The delay means that customers have to wait for Llama 4 Behemoth.",
    ].join("\n");
    expect(news(text)).toEqual(["delay meta"]);
  });
});

describe("merging a model with its family", () => {
  const draft = (over: Partial<Draft>): Draft =>
    baseDraft({ lab: "nvidia", occurred: fuzzyMonth(2024, 8), occurredInferred: true, ...over });
  const familyOf = (m: string) => (m === "b200" ? "blackwell" : undefined);

  it("merges a product and its family, but not two siblings", () => {
    expect(mergeDrafts([draft({ model: "blackwell" }), draft({ model: "b200" })], familyOf)).toHaveLength(1);
    expect(mergeDrafts([draft({ model: "b100" }), draft({ model: "b200" })], familyOf)).toHaveLength(2);
    expect(
      mergeDrafts([draft({ model: "blackwell" }), draft({ model: "b200" }), draft({})], familyOf),
    ).toHaveLength(1);
  });
});
