import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFuzzyDate } from "@/lib/domain/fuzzy-date";
import { cleanArticleText } from "@/lib/domain/text-cleaning";
import { articles, labs, models, publishers } from "./entities";
import { itQuotesVerbatim } from "../../tests/support/verbatim-quotes";
import { commitments, events } from "./events";

/**
 * The seed data is reviewed like code; these tests are the review's checklist: every quote is
 * verbatim in its article, every number stands in a quote, every reference resolves.
 */

const dir = path.join(import.meta.dirname, "articles");
const raw = new Map(articles.map((a) => [a.key, readFileSync(path.join(dir, a.file), "utf8")]));
const cleaned = new Map(articles.map((a) => [a.key, cleanArticleText(raw.get(a.key) ?? "").text]));
const body = (key: string) => cleaned.get(key) ?? "";

describe("seed references", () => {
  const labSlugs = new Set(labs.map((l) => l.slug));
  const modelSlugs = new Set(models.map((m) => m.slug));
  const articleKeys = new Set(articles.map((a) => a.key));
  const publisherSlugs = new Set(publishers.map((p) => p.slug));

  it("has the five seed articles, each file present", () => {
    expect(articles.map((a) => a.file).sort()).toEqual([
      "000_c448883d09e2808c.txt",
      "001_ae96c7f18c7de5f6.txt",
      "002_0e1da7fb2dd20eeb.txt",
      "003_ffe39b177d18650f.txt",
      "004_25b255c31e04a167.txt",
    ]);
    for (const a of articles) expect(body(a.key).length).toBeGreaterThan(1000);
  });

  it("resolves every lab, model, article and publisher reference", () => {
    for (const m of models) expect(labSlugs, m.slug).toContain(m.lab);
    for (const a of articles) {
      if (a.publisher) expect(publisherSlugs).toContain(a.publisher);
      if (a.originalReporter) expect(publisherSlugs).toContain(a.originalReporter);
    }
    for (const e of events) {
      expect(labSlugs, e.key).toContain(e.lab);
      if (e.model) expect(modelSlugs, e.key).toContain(e.model);
      if (e.counterparty) expect(labSlugs, e.key).toContain(e.counterparty);
      for (const c of e.citations) expect(articleKeys, e.key).toContain(c.article);
    }
    for (const c of commitments) expect(articleKeys).toContain(c.article);
  });

  it("uses unique keys and slugs", () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(events.map((e) => e.key))).toBe(true);
    expect(unique(labs.map((l) => l.slug))).toBe(true);
    expect(unique(models.map((m) => m.slug))).toBe(true);
  });
});

describe("seed quotes", () => {
  itQuotesVerbatim(
    "%s: quote from %s is verbatim in the cleaned article",
    events.flatMap((e) => e.citations.map((c) => [e.key, c.article, c.quote] as const)),
    body,
  );
  itQuotesVerbatim(
    "commitment %s: quote from %s is verbatim",
    commitments.map((c) => [c.sequence, c.article, c.quote] as const),
    body,
  );

  it("never cites the unrelated teaser list at the end of 002", () => {
    const teasers = ["Blockchain", "CFTC", "Intel", "150 Millionen", "VAE", "Lead Generation"];
    for (const t of teasers) expect(body("a002")).not.toContain(t);
    const allQuotes = events.flatMap((e) => e.citations.map((c) => c.quote)).join("\n");
    for (const t of teasers) expect(allQuotes).not.toContain(t);
  });
});

describe("seed numbers stand in their quotes", () => {
  // The number as the German text writes it: 72_000_000_000 → "72 Milliarden", -2.2 → "2,2".
  function germanForms(value: number): string[] {
    const abs = Math.abs(value);
    const scales: [number, string[]][] = [
      [1e12, ["Billionen", "Billion"]],
      [1e9, ["Milliarden", "Mrd."]],
      [1e6, ["Millionen", "Mio."]],
    ];
    for (const [size, words] of scales) {
      if (abs >= size) return words.map((w) => `${String(abs / size).replace(".", ",")} ${w}`);
    }
    return [String(abs).replace(".", ",")];
  }
  const NUMBER_WORDS: Record<number, string> = { 1: "Chef", 7: "sieben" };

  const withNumbers = events.filter((e) => e.amountUsd !== undefined || e.percent !== undefined || e.headcount !== undefined);

  it("seeds the figures the articles report", () => {
    const byKey = new Map(events.map((e) => [e.key, e]));
    expect(byKey.get("meta-capex-2025")).toMatchObject({ amountUsd: 72e9, amountQualifier: "up_to" });
    expect(byKey.get("meta-capex-2024")).toMatchObject({ amountUsd: 40e9, amountQualifier: "about" });
    expect(byKey.get("meta-scale-ai-stake")).toMatchObject({ amountUsd: 14e9, amountQualifier: "more_than", percent: 49 });
    expect(byKey.get("meta-openai-bonuses")).toMatchObject({ amountUsd: 100e6, amountQualifier: "more_than" });
    expect(byKey.get("meta-stock-drop-behemoth")).toMatchObject({ percent: -2.2 });
    expect(byKey.get("openai-researchers-leave-for-meta")).toMatchObject({ headcount: 7, headcountQualifier: "at_least" });
    expect(byKey.get("meta-market-doubts")).toMatchObject({ amountUsd: 2e12, amountQualifier: "almost" });
    expect(withNumbers.length).toBe(8);
  });

  it.each(withNumbers.map((e) => [e.key, e] as const))("%s", (_key, e) => {
    const quotes = e.citations.map((c) => c.quote).join("\n");
    if (e.amountUsd !== undefined) {
      expect(germanForms(e.amountUsd).some((f) => quotes.includes(f)), `${e.amountUsd} in quotes`).toBe(true);
    }
    if (e.percent !== undefined) {
      expect(germanForms(e.percent).some((f) => quotes.includes(f)), `${e.percent}% in quotes`).toBe(true);
    }
    if (e.headcount !== undefined) {
      const forms = [String(e.headcount), NUMBER_WORDS[e.headcount] ?? ""].filter(Boolean);
      expect(forms.some((f) => quotes.includes(f)), `${e.headcount} people in quotes`).toBe(true);
    }
  });

  it("gives falls a negative sign", () => {
    const drop = events.find((e) => e.key === "meta-stock-drop-behemoth");
    expect(drop?.percent).toBeLessThan(0);
    expect(drop?.citations[0]?.quote).toMatch(/rutschte .* ab/);
  });
});

describe("Llama 4 Behemoth", () => {
  it("is one delay event cited by all three articles that report it", () => {
    const delay = events.filter((e) => e.type === "delay" && e.model === "llama-4-behemoth");
    expect(delay).toHaveLength(1);
    expect(new Set(delay[0]?.citations.map((c) => c.article))).toEqual(new Set(["a001", "a002", "a004"]));
  });

  it("has the release plans end of April → June → fall or later, parseable from their words", () => {
    const plans = commitments.filter((c) => c.model === "llama-4-behemoth").sort((a, b) => a.sequence - b.sequence);
    expect(plans.map((p) => [p.planned.from, p.planned.to, p.planned.openEnd])).toEqual([
      ["2025-04-21", "2025-04-30", false],
      ["2025-06-01", "2025-06-30", false],
      ["2025-09-01", "2025-11-30", true],
    ]);
    // The stored ranges are exactly what the fuzzy-date parser reads from the article's words.
    for (const [words, plan] of [
      ["Ende April", plans[0]],
      ["Juni", plans[1]],
      ["Herbst oder später", plans[2]],
    ] as const) {
      const parsed = parseFuzzyDate(words, { reference: "2025-05-16", lang: "de" });
      expect(parsed && [parsed.from, parsed.to, parsed.precision, parsed.openEnd]).toEqual([
        plan?.planned.from,
        plan?.planned.to,
        plan?.planned.precision,
        plan?.planned.openEnd,
      ]);
    }
  });
});

describe("publication dates", () => {
  it("say how they were established and are proper ranges", () => {
    for (const a of articles) {
      expect(a.published.from <= a.published.to, a.key).toBe(true);
      expect(a.published.text, a.key).toMatch(/undatiert/);
    }
  });
});
