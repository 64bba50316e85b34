/**
 * Scores the extraction assistant against the labelled set. The rules (also printed by
 * `npm run extract:eval`):
 *
 * - Context. Each article is extracted with what a real editor's database would hold: the seed's
 *   labs and models, the knowledge base, the seed's events as existing events, and the article's
 *   publication day. The starter pack's own labs, models and events are NOT given (they are the
 *   answers).
 * - News vs background. An event is news in an article when one of its citations there has role
 *   first_report, re_report, follow_up or company_response; background when it is only cited as
 *   context. Proposals the assistant marks as background are not counted as proposals (they are
 *   not proposed by default); a background event proposed as news is a false positive.
 * - Events: per article, proposals are paired with news events of the same (lab, type), each side
 *   used at most once (the pairing that also agrees on model, amount, percent and date wins).
 *   P = pairs / proposals, R = pairs / news events.
 * - Labs: per article, the set of labs and counterparties of its labelled events (news and
 *   background) against those of all proposals (background included); unknown names are compared
 *   by slug of the name.
 * - Models: per article, the models of its labelled events and release plans against the models
 *   of all proposals (known, or unknown by slug of the name); a loose match: equal slugs, or one
 *   slug is the other plus a suffix ("gpt-5" ~ "gpt-5-pro"), where a labelled model also answers
 *   to the slugs of its name and aliases (a new "Apple smart home hub" is apple-home-hub). Models only named in passing
 *   ("better than GPT-4") are not labels, so they are not asked of the proposals either.
 * - Amounts / percents / dates / credited outlet: only on the event pairs above. An amount is right
 *   when the paired proposal has the labelled amountUsd (and amountUsdMax for a range); a percent
 *   when it has the labelled signed percent; a date when `occurred` overlaps the labelled one; an
 *   outlet when reportedBy names the citation's attributedTo. P = right / proposals that give the
 *   field, R = right / labelled events (citations, for outlets) that have it.
 * - An event's amount or percent is asked of an article only where that article's text writes the
 *   figure: an event reported by several articles carries the first report's figures, and a later
 *   article that gives the sum in euros, or no figure, cannot be expected to propose it.
 */
import { overlaps } from "@/lib/domain/fuzzy-date";
import type { ExtractedEvent, ExtractionResult } from "@/lib/domain/extract/types";
import type { SeedCitation, SeedEvent } from "@/prisma/seed-data/types";
import { numberForms, writesAmount } from "@/tests/support/number-forms";
import type { LabelledArticle, LabelledSet } from "./labelled-set";

export const FIELDS = ["labs", "models", "events", "amounts", "percents", "dates", "outlets"] as const;
export type Field = (typeof FIELDS)[number];

export interface Count {
  tp: number;
  proposed: number;
  expected: number;
}

export interface ArticleScore {
  key: string;
  counts: Record<Field, Count>;
  misses: string[];
}

export interface EvalReport {
  totals: Record<Field, Count>;
  articles: ArticleScore[];
  background: { marked: number; proposedAsNews: number; total: number };
}

const NEWS_ROLES = new Set<SeedCitation["role"]>([
  "first_report",
  "re_report",
  "follow_up",
  "company_response",
]);

export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** "Wall Street Journal" ~ "The Wall Street Journal"; "Insidern" ~ "Insider". */
export function sameSource(found: string | null | undefined, expected: string): boolean {
  if (!found) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(?:the|die|der|das)\s+/, "")
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

export function looseModel(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

function zero(): Count {
  return { tp: 0, proposed: 0, expected: 0 };
}

function labOf(p: ExtractedEvent): string | null {
  return p.lab ?? (p.labName ? slugify(p.labName) : null);
}

function counterpartyOf(p: ExtractedEvent): string | null {
  return p.counterparty ?? (p.counterpartyName ? slugify(p.counterpartyName) : null);
}

function sameAmount(p: ExtractedEvent, e: SeedEvent): boolean {
  if (p.amountUsd === null || e.amountUsd === undefined) return false;
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-6;
  if (!close(p.amountUsd, e.amountUsd)) return false;
  return e.amountUsdMax === undefined || (p.amountUsdMax != null && close(p.amountUsdMax, e.amountUsdMax));
}

function samePercent(p: ExtractedEvent, e: SeedEvent): boolean {
  return p.percent !== null && e.percent !== undefined && Math.abs(p.percent - e.percent) < 0.05;
}

function pairScore(p: ExtractedEvent, e: SeedEvent): number {
  return (
    (e.model && p.model === e.model ? 4 : 0) +
    (sameAmount(p, e) ? 2 : 0) +
    (samePercent(p, e) ? 2 : 0) +
    (p.headcount !== null && p.headcount === e.headcount ? 2 : 0) +
    (p.occurred && overlaps(p.occurred, e.occurred) ? 1 : 0) +
    ((counterpartyOf(p) ?? null) === (e.counterparty ?? null) ? 1 : 0)
  );
}

function describe(e: SeedEvent): string {
  return `${e.type} ${e.lab}${e.model ? `/${e.model}` : ""} [${e.key}]`;
}

function describeProposal(p: ExtractedEvent): string {
  const lab = labOf(p) ?? "?";
  return `${p.type} ${lab}${p.model ? `/${p.model}` : ""} «${p.quote.slice(0, 70).replace(/\s+/g, " ")}…»`;
}

/** The event as this article can report it: without an amount or percent its text does not write. */
function figuresAskedOf(e: SeedEvent, a: LabelledArticle): SeedEvent {
  const written = (value: number) => numberForms(value, a.language).some((f) => a.text.includes(f));
  const out = { ...e };
  if (e.amountUsd !== undefined && !writesAmount(a.text, e.amountUsd, e.amountUsdMax, a.language)) {
    delete out.amountUsd;
    delete out.amountUsdMax;
  }
  if (e.percent !== undefined && !written(e.percent)) delete out.percent;
  return out;
}

/** Scores one article's extraction; `misses` names every false negative and false positive. */
export function scoreArticle(a: LabelledArticle, set: LabelledSet, r: ExtractionResult): ArticleScore {
  const counts = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Count>;
  const misses: string[] = [];
  const cited = set.events.filter((e) => e.citations.some((c) => c.article === a.key));
  const news = cited
    .filter((e) => e.citations.some((c) => c.article === a.key && NEWS_ROLES.has(c.role)))
    .map((e) => figuresAskedOf(e, a));
  const proposals = r.events.filter((p) => !p.background);

  // labs
  const goldLabs = new Set(cited.flatMap((e) => [e.lab, ...(e.counterparty ? [e.counterparty] : [])]));
  const foundLabs = new Set(
    r.events.flatMap((p) => [labOf(p), counterpartyOf(p)]).filter((x): x is string => x !== null),
  );
  counts.labs = {
    tp: [...foundLabs].filter((l) => goldLabs.has(l)).length,
    proposed: foundLabs.size,
    expected: goldLabs.size,
  };
  for (const l of goldLabs) if (!foundLabs.has(l)) misses.push(`lab missed: ${l}`);
  for (const l of foundLabs) if (!goldLabs.has(l)) misses.push(`lab extra: ${l}`);

  // models
  const goldModels = new Set([
    ...cited.flatMap((e) => (e.model ? [e.model] : [])),
    ...set.commitments.filter((c) => c.article === a.key).map((c) => c.model),
  ]);
  const foundModels = new Set(
    r.events.flatMap((p) => (p.model ? [p.model] : p.modelName ? [slugify(p.modelName)] : [])),
  );
  // A proposed model matches a labelled one by slug, or (a new name) by the labelled model's name
  // or an alias: "Apple smart home hub" is the model the labels call apple-home-hub.
  const namesOf = new Map([...goldModels].map((g) => [g, [g, ...(set.modelNames.get(g) ?? []).map(slugify)]]));
  const matches = (m: string, g: string) => namesOf.get(g)!.some((n) => looseModel(m, n));
  const modelHits = [...foundModels].filter((m) => [...goldModels].some((g) => matches(m, g)));
  counts.models = {
    tp: Math.min(modelHits.length, goldModels.size),
    proposed: foundModels.size,
    expected: goldModels.size,
  };
  for (const g of goldModels)
    if (![...foundModels].some((m) => matches(m, g))) misses.push(`model missed: ${g}`);
  for (const m of foundModels)
    if (![...goldModels].some((g) => matches(m, g))) misses.push(`model extra: ${m}`);

  // events: greedy pairing by (lab, type), best agreement first
  const candidates: { p: number; e: number; s: number }[] = [];
  proposals.forEach((p, pi) =>
    news.forEach((e, ei) => {
      if (p.type === e.type && labOf(p) === e.lab) candidates.push({ p: pi, e: ei, s: pairScore(p, e) });
    }),
  );
  candidates.sort((x, y) => y.s - x.s || x.p - y.p || x.e - y.e);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  const pairs: { p: ExtractedEvent; e: SeedEvent }[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedE.has(c.e)) continue;
    usedP.add(c.p);
    usedE.add(c.e);
    pairs.push({ p: proposals[c.p]!, e: news[c.e]! });
  }
  counts.events = { tp: pairs.length, proposed: proposals.length, expected: news.length };
  news.forEach((e, i) => {
    if (usedE.has(i)) return;
    const hidden = r.events.some((p) => p.background && p.type === e.type && labOf(p) === e.lab);
    misses.push(`event missed${hidden ? " (news marked background)" : ""}: ${describe(e)}`);
  });
  proposals.forEach((p, i) => {
    if (usedP.has(i)) return;
    const bg = cited.find((e) => e.type === p.type && e.lab === labOf(p) && !news.some((n) => n.key === e.key));
    misses.push(`event extra${bg ? " (background proposed as news)" : ""}: ${describeProposal(p)}`);
  });

  // fields on pairs
  counts.amounts = {
    tp: pairs.filter(({ p, e }) => sameAmount(p, e)).length,
    proposed: proposals.filter((p) => p.amountUsd !== null).length,
    expected: news.filter((e) => e.amountUsd !== undefined).length,
  };
  counts.percents = {
    tp: pairs.filter(({ p, e }) => samePercent(p, e)).length,
    proposed: proposals.filter((p) => p.percent !== null).length,
    expected: news.filter((e) => e.percent !== undefined).length,
  };
  counts.dates = {
    tp: pairs.filter(({ p, e }) => p.occurred !== null && overlaps(p.occurred, e.occurred)).length,
    proposed: proposals.filter((p) => p.occurred !== null).length,
    expected: news.length,
  };
  const outletOf = (e: SeedEvent) =>
    e.citations.find((c) => c.article === a.key && NEWS_ROLES.has(c.role) && c.attributedTo)?.attributedTo;
  counts.outlets = {
    tp: pairs.filter(({ p, e }) => {
      const o = outletOf(e);
      return o !== undefined && sameSource(p.reportedBy, o);
    }).length,
    proposed: proposals.filter((p) => p.reportedBy).length,
    expected: news.filter((e) => outletOf(e) !== undefined).length,
  };
  for (const { p, e } of pairs) {
    if (e.amountUsd !== undefined && !sameAmount(p, e))
      misses.push(
        `amount wrong: ${describe(e)} ${p.amountUsd ?? "none"}${p.amountUsdMax ? `–${p.amountUsdMax}` : ""} vs ${e.amountUsd}${e.amountUsdMax ? `–${e.amountUsdMax}` : ""}`,
      );
    else if (e.amountUsd === undefined && p.amountUsd !== null)
      misses.push(`amount extra: ${describe(e)} ${p.amountUsd}`);
    if (e.percent !== undefined && !samePercent(p, e))
      misses.push(`percent wrong: ${describe(e)} ${p.percent ?? "none"} vs ${e.percent}`);
    if (!(p.occurred && overlaps(p.occurred, e.occurred)))
      misses.push(
        `date wrong: ${describe(e)} ${p.occurred ? `${p.occurred.from}..${p.occurred.to}` : "none"} vs ${e.occurred.from}..${e.occurred.to}`,
      );
    const o = outletOf(e);
    if (o !== undefined && !sameSource(p.reportedBy, o))
      misses.push(`outlet wrong: ${describe(e)} ${p.reportedBy ?? "none"} vs ${o}`);
  }
  return { key: a.key, counts, misses };
}

export function scoreAll(set: LabelledSet, results: Map<string, ExtractionResult>): EvalReport {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Count>;
  const articles: ArticleScore[] = [];
  const background = { marked: 0, proposedAsNews: 0, total: 0 };
  for (const a of set.articles) {
    const r = results.get(a.key);
    if (!r) continue;
    const s = scoreArticle(a, set, r);
    articles.push(s);
    for (const f of FIELDS) {
      totals[f].tp += s.counts[f].tp;
      totals[f].proposed += s.counts[f].proposed;
      totals[f].expected += s.counts[f].expected;
    }
    const contextOnly = set.events.filter(
      (e) =>
        e.citations.some((c) => c.article === a.key) &&
        !e.citations.some((c) => c.article === a.key && NEWS_ROLES.has(c.role)),
    );
    for (const e of contextOnly) {
      background.total++;
      const same = r.events.filter((p) => p.type === e.type && labOf(p) === e.lab);
      if (same.some((p) => p.background)) background.marked++;
      if (same.some((p) => !p.background)) background.proposedAsNews++;
    }
  }
  return { totals, articles, background };
}

export function prf(c: Count): { p: number; r: number; f1: number } {
  const p = c.proposed === 0 ? (c.expected === 0 ? 1 : 0) : c.tp / c.proposed;
  const r = c.expected === 0 ? 1 : c.tp / c.expected;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
