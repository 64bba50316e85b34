import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { overlaps } from "../fuzzy-date";
import { cleanArticleText } from "../text-cleaning";
import { commitments, events } from "@/prisma/seed-data/events";
import { extractFromText } from "./extract";
import { loadLabelledSet } from "@/tests/support/extract/labelled-set";
import { prf, scoreAll } from "@/tests/support/extract/score";
import {
  evalContext,
  seedArticles,
  seedContext,
  seedExistingEvents,
} from "@/tests/support/extract/seed-context";
import type { ExtractedEvent } from "./types";

/**
 * The five German seed articles against the facts prisma/seed-data/events.ts records for them.
 * Expectations are read from the seed data, so a new seed fact is a new test case.
 */

const dir = path.join(import.meta.dirname, "../../../prisma/seed-data/articles");
const raw = new Map(seedArticles.map((a) => [a.key, readFileSync(path.join(dir, a.file), "utf8")]));
const results = new Map(
  seedArticles.map((a) => [
    a.key,
    extractFromText(
      raw.get(a.key)!,
      seedContext({ articleDate: a.published.from, existingEvents: seedExistingEvents }),
    ),
  ]),
);
const proposals = (article: string): ExtractedEvent[] => results.get(article)?.events ?? [];
const stating = (e: (typeof events)[number]) => [
  ...new Set(
    e.citations.filter((c) => c.role !== "company_response" && c.role !== "context").map((c) => c.article),
  ),
];
const fits = (p: ExtractedEvent, e: (typeof events)[number]) =>
  p.type === e.type && p.lab === e.lab && (!e.model || p.model === null || p.model === e.model);

describe("seed articles: events", () => {
  it.each(events.flatMap((e) => stating(e).map((article) => [e.key, article] as const)))(
    "%s is proposed from %s",
    (key, article) => {
      const e = events.find((x) => x.key === key)!;
      expect(
        proposals(article).filter((p) => fits(p, e)),
        `${e.type} ${e.lab} ${e.model ?? ""}`,
      ).not.toHaveLength(0);
    },
  );

  it.each(
    events
      .filter((e) => e.amountUsd !== undefined || e.percent !== undefined || e.headcount !== undefined)
      .map((e) => [e.key]),
  )("reads every number of %s", (key) => {
    const e = events.find((x) => x.key === key)!;
    const candidates = [...new Set(e.citations.map((c) => c.article))].flatMap((a) =>
      proposals(a).filter((p) => fits(p, e)),
    );
    if (e.amountUsd !== undefined) {
      const p = candidates.find((x) => x.amountUsd === e.amountUsd);
      expect(p?.amountUsd).toBe(e.amountUsd);
      expect(p?.amountQualifier).toBe(e.amountQualifier ?? "exact");
    }
    if (e.percent !== undefined) expect(candidates.map((x) => x.percent)).toContain(e.percent);
    if (e.headcount !== undefined) {
      const p = candidates.find((x) => x.headcount === e.headcount);
      expect(p?.headcount).toBe(e.headcount);
      expect(p?.headcountQualifier).toBe(e.headcountQualifier ?? "exact");
    }
  });

  it.each(commitments.map((c) => [c.model, c.sequence, c.article] as const))(
    "finds plan %s #%i in %s with its open end",
    (model, sequence, article) => {
      const c = commitments.find((x) => x.model === model && x.sequence === sequence)!;
      const planned = proposals(article)
        .filter((p) => p.type === "delay" && p.model === model)
        .flatMap((p) => p.plannedDates ?? []);
      expect(planned.some((d) => overlaps(d, c.planned) && d.openEnd === c.planned.openEnd)).toBe(true);
    },
  );

  it("keeps the Behemoth plans in the order they were held", () => {
    const delay = proposals("a002").find((p) => p.type === "delay" && p.model === "llama-4-behemoth");
    expect(delay?.plannedDates?.map((d) => [d.from.slice(0, 7), d.openEnd])).toEqual([
      ["2025-04", false],
      ["2025-06", false],
      ["2025-09", true],
    ]);
  });

  it("links re-reports of the Behemoth delay to the existing event", () => {
    const id = events.findIndex((e) => e.key === "behemoth-delay") + 1;
    for (const article of ["a001", "a002", "a004"]) {
      const delay = proposals(article).find((p) => p.type === "delay" && p.lab === "meta");
      expect(delay?.matchesEventId, article).toBe(id);
    }
  });

  it("gives the stock drop its day, sign and sentence", () => {
    const move = proposals("a004").find((p) => p.type === "stock_move");
    expect(move).toMatchObject({
      lab: "meta",
      percent: -2.2,
      occurred: { from: "2025-05-15", precision: "day" },
    });
    expect(move?.quote).toContain("Der Kurs rutschte daraufhin um 2,2 Prozent ab.");
  });

  it("splits one memo sentence into departures from each lab that loses people", () => {
    const departures = proposals("a003").filter((p) => p.type === "departure");
    expect(departures.map((p) => [p.lab, p.headcount, p.counterparty]).sort()).toEqual([
      ["anthropic", null, "meta"],
      ["google", null, "meta"],
      ["openai", 7, "meta"],
      ["scale-ai", 1, "meta"],
    ]);
  });
});

describe("seed articles: text and names", () => {
  it.each(seedArticles.map((a) => [a.key]))("quotes %s verbatim from the cleaned and the raw text", (key) => {
    const r = results.get(key)!;
    expect(r.events.length).toBeGreaterThan(0);
    for (const p of r.events) {
      expect(r.cleanedText).toContain(p.quote);
      expect(raw.get(key)).toContain(p.quote);
      expect(p.quote.length).toBeGreaterThan(20);
    }
  });

  it("reads nothing from 002's teaser list", () => {
    const teasers = cleanArticleText(raw.get("a002")!).removed.filter((r) => r.reason === "teaser_list");
    expect(teasers.length).toBeGreaterThanOrEqual(10);
    const r = results.get("a002")!;
    for (const t of teasers) expect(r.cleanedText).not.toContain(t.line);
    for (const p of r.events) {
      for (const t of teasers) expect(p.quote).not.toContain(t.line.slice(0, 30));
      expect(p.amountUsd).not.toBe(150_000_000);
      expect(p.percent).not.toBe(50);
    }
    expect(r.unknownLabs.join(" ")).not.toMatch(/Blockchain|CFTC|Intel/);
  });

  it("finds labs and models through inflections", () => {
    // "Metas", "Llama-4-Reihe" (001); "OpenAI-Mitarbeitern", "Googles", "Scale-AI-Chef" (003)
    expect(results.get("a001")!.models).toEqual(
      expect.arrayContaining([
        "llama-4-behemoth",
        "llama-4-maverick",
        "llama-4-scout",
        "gpt-5",
        "claude-3-5-opus",
      ]),
    );
    expect(results.get("a003")!.labs).toEqual(
      expect.arrayContaining([
        "meta",
        "openai",
        "google",
        "scale-ai",
        "anthropic",
        "perplexity-ai",
        "runway",
      ]),
    );
    expect(results.get("a000")!.models).toEqual(["avocado"]);
    expect(results.get("a004")!.models).toEqual(expect.arrayContaining(["gpt-4", "llama-3"]));
  });

  it("detects German and names the relayed outlet", () => {
    for (const r of results.values()) expect(r.language).toBe("de");
    expect(results.get("a001")!.primarySource).toBe("The Wall Street Journal");
    expect(results.get("a004")!.primarySource).toBe("The Wall Street Journal");
  });
});

describe("seed eval (tests/support/extract/score.ts)", () => {
  const set = loadLabelledSet({ starter: false });
  const evalResults = new Map(
    set.articles.map((a) => [
      a.key,
      extractFromText(a.text, evalContext({ lang: a.language, articleDate: a.published })),
    ]),
  );
  const report = scoreAll(set, evalResults);

  it("pairs nearly every seed event by (lab, type) and gets every amount and percent", () => {
    expect(report.totals.events.expected).toBeGreaterThan(20);
    expect(prf(report.totals.events).f1).toBeGreaterThanOrEqual(0.9);
    for (const f of ["amounts", "percents"] as const) {
      expect(report.totals[f].expected, f).toBeGreaterThan(0);
      expect(report.totals[f].tp, f).toBe(report.totals[f].expected);
    }
  });

  it("lists one miss per wrong event", () => {
    for (const a of report.articles) {
      const c = a.counts.events;
      const eventMisses = a.misses.filter((m) => m.startsWith("event ")).length;
      expect(eventMisses, a.key).toBe(c.expected - c.tp + (c.proposed - c.tp));
    }
  });
});
