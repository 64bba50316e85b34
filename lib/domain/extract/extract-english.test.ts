import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext, seedExistingEvents } from "@/tests/support/extract/seed-context";

/** English articles written for these tests (fixtures/); dates are the day each is set on. */
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const run = (name: string, articleDate: string) =>
  extractFromText(fixture(name), seedContext({ articleDate, existingEvents: seedExistingEvents }));

describe("English: a delay with dates", () => {
  const r = run("en-delay.txt", "2025-07-10");

  it("proposes the GPT-5 delay with its plans in order, the last one open-ended", () => {
    expect(r.language).toBe("en");
    const delays = r.events.filter((e) => e.type === "delay");
    expect(delays).toHaveLength(1);
    const d = delays[0]!;
    expect(d).toMatchObject({ lab: "openai", model: "gpt-5", reportedBy: "Reuters" });
    expect(d.plannedDates?.map((p) => [p.text, p.from, p.to, p.openEnd])).toEqual([
      ["end of June", "2025-06-21", "2025-06-30", false],
      ["Q3 2025", "2025-07-01", "2025-09-30", false],
      ["early 2026 or later", "2026-01-01", "2026-04-30", true],
    ]);
    expect(d.quote).toContain("OpenAI has delayed the launch of GPT-5 once more, according to Reuters.");
  });

  it("reports unknown names by name and makes no event of a comparison", () => {
    // without the knowledge base, Mistral AI and Gemini 2.5 Pro are names the database lacks
    const bare = extractFromText(
      fixture("en-delay.txt"),
      seedContext({ articleDate: "2025-07-10", useKnowledgeBase: false }),
    );
    expect(bare.unknownLabs).toContain("Mistral AI");
    expect(bare.unknownModels).toContain("Gemini 2.5 Pro");
    expect(r.events.filter((e) => e.lab !== "openai")).toEqual([]);
  });

  it("knows labs and models of the knowledge base the database lacks", () => {
    expect(r.labs).toEqual(expect.arrayContaining(["openai", "mistral-ai", "google"]));
    expect(r.models).toContain("gemini-2-5-pro");
    expect(r.unknownLabs).not.toContain("Mistral AI");
  });

  it("drops the page furniture", () => {
    expect(r.cleanedText).not.toMatch(/Advertisement|Subscribe|Read more/);
  });
});

describe("English: layoffs with headcounts", () => {
  const r = run("en-layoffs.txt", "2025-07-02");

  it("reads the headcount, share and day of Microsoft's cuts", () => {
    const cut = r.events.find((e) => e.type === "layoff" && e.lab === "microsoft");
    expect(cut).toMatchObject({
      headcount: 1200,
      headcountQualifier: "about",
      percent: 8,
      occurred: { from: "2025-07-01", to: "2025-07-01", precision: "day" },
    });
  });

  it("keeps a lab that is not in the database by name", () => {
    const nimbus = r.events.find((e) => e.type === "layoff" && e.lab === null);
    expect(nimbus).toMatchObject({ labName: "Nimbus Labs", headcount: 85, reportedBy: "The Information" });
    expect(nimbus?.occurred).toMatchObject({ from: "2025-06-23", to: "2025-06-29", precision: "week" });
    expect(r.unknownLabs).toEqual(["Nimbus Labs"]);
  });

  it("reads departures with a number word and anonymous sources", () => {
    const exits = r.events.find((e) => e.type === "departure");
    expect(exits).toMatchObject({ lab: "xai", headcount: 3, reportedBy: "people familiar with the matter" });
    // "since January" is a starting point, not the date of the departures
    expect(exits?.occurredInferred).toBe(true);
  });
});

describe("English: funding with amounts", () => {
  const r = run("en-funding.txt", "2025-09-08");

  it("reads the round's amount, not the valuation", () => {
    const round = r.events.find((e) => e.type === "investment" && e.lab === "anthropic");
    expect(round).toMatchObject({ amountUsd: 14_300_000_000, amountQualifier: "exact" });
    expect(round?.occurred).toMatchObject({ from: "2025-09-08", precision: "day" });
  });

  // a 20 % stake gives no control: money put in (docs/labelling.md), not a company bought
  it("reads a stake purchase with buyer, target, share and price", () => {
    const deal = r.events.find((e) => e.type === "investment" && e.lab === "nvidia");
    expect(deal).toMatchObject({
      lab: "nvidia",
      counterparty: "runway",
      amountUsd: 2_000_000_000,
      percent: 20,
      reportedBy: "Bloomberg",
    });
    // "already owns a stake" is no new deal
    expect(r.events.filter((e) => e.type === "acquisition")).toHaveLength(0);
    expect(r.events.filter((e) => e.lab === "google")).toHaveLength(0);
  });
});

describe("English: a stock drop", () => {
  const r = run("en-stock.txt", "2025-05-16");

  it("gives each falling share a negative percentage and its own lab", () => {
    const moves = r.events.filter((e) => e.type === "stock_move");
    expect(moves.map((e) => [e.lab, e.percent])).toEqual([
      ["meta", -4.5],
      ["nvidia", -1.2],
    ]);
    expect(moves[0]).toMatchObject({
      model: "llama-4-behemoth",
      reportedBy: "The Wall Street Journal",
      occurred: { from: "2025-05-16", precision: "day" },
    });
  });

  it("does not read investors' worries about spending as an investment", () => {
    expect(r.events.some((e) => e.type === "investment")).toBe(false);
  });

  it("links the headline's delay to the seed's Behemoth delay", () => {
    const delay = r.events.find((e) => e.type === "delay");
    expect(delay?.model).toBe("llama-4-behemoth");
    expect(delay?.matchesEventId).toBe(1);
  });
});

describe("without an article date", () => {
  it("leaves relative dates out instead of guessing a year", () => {
    const r = extractFromText(fixture("en-stock.txt"), seedContext());
    const move = r.events.find((e) => e.type === "stock_move" && e.lab === "meta");
    expect(move?.occurred).toBeNull();
    expect(move?.percent).toBe(-4.5);
  });
});
