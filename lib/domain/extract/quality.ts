/**
 * How well the assistant finds what the seed data says the five seed articles report. Pure: the
 * caller passes the article texts; expectations come from prisma/seed-data/events.ts.
 *
 * An expected event counts per article that states it (citations as first report, re-report or
 * follow-up; a company's response or context quote is not a statement of the event). A proposal
 * matches when type and lab agree and its model is the expected one or unnamed. One proposal may
 * match several expected events (a merged hiring proposal covers two seed events); proposals
 * that match none are listed as unexpected, so over-merging and noise both stay visible.
 */
import { overlaps } from "../fuzzy-date";
import { commitments, events } from "@/prisma/seed-data/events";
import type { SeedCitation, SeedEvent } from "@/prisma/seed-data/types";
import { extractFromText } from "./extract";
import { seedArticles, seedContext, seedExistingEvents } from "./seed-context";
import type { ExtractedEvent, ExtractionResult } from "./types";

export interface KindScore {
  kind: string;
  found: number;
  expected: number;
  misses: string[];
}

export interface QualityReport {
  kinds: KindScore[];
  unexpected: string[];
  results: Map<string, ExtractionResult>;
}

const STATING_ROLES = new Set<SeedCitation["role"]>(["first_report", "re_report", "follow_up"]);

function label(e: SeedEvent, article?: string): string {
  return `${e.key} (${e.type} ${e.lab}${e.model ? ` ${e.model}` : ""})${article ? ` in ${article}` : ""}`;
}

function fits(p: ExtractedEvent, e: SeedEvent, exactModel = false): boolean {
  if (p.type !== e.type || p.lab !== e.lab) return false;
  if (!e.model) return true;
  return exactModel ? p.model === e.model : p.model === null || p.model === e.model;
}

function bestFit(proposals: ExtractedEvent[], e: SeedEvent): ExtractedEvent | undefined {
  const score = (p: ExtractedEvent) =>
    (p.model === (e.model ?? null) ? 4 : 0) +
    (p.amountUsd === (e.amountUsd ?? null) ? 2 : 0) +
    (p.percent === (e.percent ?? null) ? 2 : 0) +
    (p.headcount === (e.headcount ?? null) ? 2 : 0) +
    (p.occurred && overlaps(p.occurred, e.occurred) ? 1 : 0);
  return proposals.filter((p) => fits(p, e)).sort((a, b) => score(b) - score(a))[0];
}

/** "Wall Street Journal" ~ "The Wall Street Journal"; "Insidern" ~ "Insider"; "Sam Altman" ~ "Sam Altman (OpenAI)". */
export function sameSource(found: string | null, expected: string): boolean {
  if (!found) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[^\p{L}\p{N} ]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
  const a = norm(found);
  const b = norm(expected);
  if (a === "" || b === "") return false;
  if (a.includes(b) || b.includes(a)) return true;
  const stem = (s: string) => s.split(" ")[0]?.slice(0, 6) ?? "";
  return stem(a).length >= 5 && stem(a) === stem(b);
}

function score(kind: string): KindScore {
  return { kind, found: 0, expected: 0, misses: [] };
}

function tally(k: KindScore, ok: boolean, miss: string): void {
  k.expected++;
  if (ok) k.found++;
  else k.misses.push(miss);
}

/** Runs the extractor on each seed article (`texts` by article key) and scores it. */
export function evaluateSeedQuality(texts: Map<string, string>): QualityReport {
  const results = new Map<string, ExtractionResult>();
  for (const a of seedArticles) {
    const text = texts.get(a.key);
    if (text === undefined) throw new Error(`missing text of seed article ${a.key}`);
    results.set(
      a.key,
      extractFromText(
        text,
        seedContext({ articleDate: a.published.from, existingEvents: seedExistingEvents }),
      ),
    );
  }
  const proposalsIn = (article: string) => results.get(article)?.events ?? [];

  const perArticle = score("events: type + lab (+ model if named), per article stating it");
  const exactModel = score("events: type + lab + exact model, per article stating it");
  const anyArticle = score("events: type + lab, in at least one article");
  const amounts = score("amounts (USD, same event type and lab)");
  const percents = score("percentages (signed)");
  const headcounts = score("headcounts");
  const occurred = score("dates: occurred overlaps the seed date");
  const planned = score("dates: planned release dates of delays (commitments)");
  const attributions = score("attributions (reportedBy, per citation)");
  const matched = score("re-reports linked to the existing event (matchesEventId)");
  let inferredDates = 0;

  events.forEach((e, i) => {
    const id = i + 1;
    const stating = [...new Set(e.citations.filter((c) => STATING_ROLES.has(c.role)).map((c) => c.article))];
    let foundSomewhere = false;
    for (const article of stating) {
      const p = bestFit(proposalsIn(article), e);
      tally(perArticle, p !== undefined, label(e, article));
      if (e.model) {
        tally(
          exactModel,
          proposalsIn(article).some((x) => fits(x, e, true)),
          label(e, article),
        );
      }
      if (!p) continue;
      foundSomewhere = true;
      const dateOk = p.occurred !== null && overlaps(p.occurred, e.occurred);
      if (dateOk && p.occurredInferred) inferredDates++;
      tally(occurred, dateOk, `${label(e, article)}: ${p.occurred?.text ?? "no date"} vs ${e.occurred.text}`);
      tally(
        matched,
        p.matchesEventId === id,
        `${label(e, article)}: linked to ${p.matchesEventId ?? "nothing"}`,
      );
    }
    tally(anyArticle, foundSomewhere, label(e));

    const citing = [...new Set(e.citations.map((c) => c.article))];
    const all = citing.flatMap((article) => proposalsIn(article).filter((p) => fits(p, e)));
    if (e.amountUsd !== undefined) {
      const ok = all.some((p) => p.amountUsd === e.amountUsd);
      tally(amounts, ok, `${label(e)}: ${e.amountUsd}`);
    }
    if (e.percent !== undefined) {
      tally(
        percents,
        all.some((p) => p.percent === e.percent),
        `${label(e)}: ${e.percent}`,
      );
    }
    if (e.headcount !== undefined) {
      tally(
        headcounts,
        all.some((p) => p.headcount === e.headcount),
        `${label(e)}: ${e.headcount}`,
      );
    }

    const seen = new Set<string>();
    for (const c of e.citations) {
      if (!STATING_ROLES.has(c.role) || c.attribution === "own_reporting" || !c.attributedTo) continue;
      if (seen.has(c.article)) continue;
      seen.add(c.article);
      const p = bestFit(proposalsIn(c.article), e);
      tally(
        attributions,
        p !== undefined && sameSource(p.reportedBy, c.attributedTo),
        `${label(e, c.article)}: ${p?.reportedBy ?? "none"} vs ${c.attributedTo}`,
      );
    }
  });

  for (const c of commitments) {
    const delays = proposalsIn(c.article).filter(
      (p) => p.type === "delay" && (p.model === c.model || (p.model === null && p.lab === "meta")),
    );
    const ok = delays.some((p) =>
      (p.plannedDates ?? []).some((d) => overlaps(d, c.planned) && d.openEnd === c.planned.openEnd),
    );
    tally(planned, ok, `${c.model} #${c.sequence} ${c.planned.text} in ${c.article}`);
  }
  occurred.kind += ` (${inferredDates} of them only via the article's month)`;

  const unexpected: string[] = [];
  for (const [article, r] of results) {
    for (const p of r.events) {
      const expectedHere = events.some((e) => e.citations.some((c) => c.article === article) && fits(p, e));
      if (!expectedHere) {
        unexpected.push(
          `${article}: ${p.type} ${p.lab ?? p.labName}${p.model ? ` ${p.model}` : ""} «${p.quote.slice(0, 80)}…»`,
        );
      }
    }
  }

  return {
    kinds: [
      perArticle,
      exactModel,
      anyArticle,
      amounts,
      percents,
      headcounts,
      occurred,
      planned,
      attributions,
      matched,
    ],
    unexpected,
    results,
  };
}

export function formatQualityReport(report: QualityReport): string {
  const width = Math.max(...report.kinds.map((k) => k.kind.length));
  const lines = ["Extraction quality on the five seed articles (found / expected)", ""];
  for (const k of report.kinds) {
    lines.push(`${k.kind.padEnd(width)}  ${String(k.found).padStart(3)} / ${k.expected}`);
  }
  for (const k of report.kinds) {
    if (k.misses.length === 0) continue;
    lines.push("", `missed — ${k.kind}:`);
    for (const m of k.misses) lines.push(`  - ${m}`);
  }
  lines.push("", `proposals matching no seed event of their article: ${report.unexpected.length}`);
  for (const u of report.unexpected) lines.push(`  - ${u}`);
  const total = [...report.results.values()].reduce((n, r) => n + r.events.length, 0);
  lines.push("", `proposals in total: ${total}; seed events: ${events.length}`);
  return lines.join("\n");
}
