import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { EventType } from "../lib/domain/event-types";
import * as fuzzy from "../lib/domain/fuzzy-date";
import { addDays, type FuzzyDate, type MonthPart, type Season } from "../lib/domain/fuzzy-date";
import { ATTRIBUTIONS } from "../lib/domain/vocabulary";

/**
 * Synthetic data for benchmarks and scale checks, loaded with Postgres COPY.
 *
 * Every row is a pure function of (seed, table, row number): a resumed load regenerates exactly
 * the rows it skipped, and two loads with the same options produce the same database. Synthetic
 * rows live in an id range of their own (from SYNTHETIC_ID_BASE), so they never collide with real
 * rows, a resumed load finds where it stopped from max(id), and removal is a range delete.
 * Each batch is one transaction (events and their citations together), so a crash loses at most
 * the batch in flight.
 */

export const SYNTHETIC_ID_BASE = 1_000_000_000;
const MAX_CITATIONS_PER_EVENT = 5;
const BATCH = 20_000;

export interface SyntheticOptions {
  articles: number;
  events: number;
  labs: number;
  models: number;
  seed: number;
}

export const TIERS: Record<string, SyntheticOptions> = {
  "10k": { articles: 10_000, events: 50_000, labs: 30, models: 300, seed: 1 },
  "100k": { articles: 100_000, events: 500_000, labs: 100, models: 1_000, seed: 1 },
  "1m": { articles: 1_000_000, events: 5_000_000, labs: 300, models: 3_000, seed: 1 },
};

// ── Deterministic randomness ────────────────────────────────────────────────────────────────

/** Mulberry32: tiny, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random stream of one row: independent of every other row, so any batch can be rebuilt. */
function rowRand(seed: number, salt: number, i: number): Rand {
  const r = prng(
    Math.imul(seed ^ 0x9e3779b1, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35) ^ Math.imul(i + 1, 0x27d4eb2f),
  );
  r();
  return r;
}
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────

const LAB_PREFIX =
  "Aleph Nordlicht Quanta Helix Vektor Lumen Orbit Cortex Polaris Synapse Meridian Kestrel Atlas Tessera Halcyon Borealis Zenit Ember Cobalt Aurora".split(
    " ",
  );
const LAB_SUFFIX = [
  "AI",
  "Labs",
  "Research",
  "Intelligence",
  "Systems",
  "KI",
  "Foundry",
  "Dynamics",
  "Minds",
  "Compute",
];
const MODEL_STEM =
  "Nova Falke Sirius Kite Orca Lynx Atlas Raven Fjord Comet Vega Pulse Iris Onyx Delta Echo".split(" ");
const COUNTRIES = ["US", "DE", "FR", "GB", "CN", "CA", "IL", "KR", "JP", "CH"];

/** Made-up outlets, marked as such in their names, on domains under .example that cannot resolve. */
function syntheticPublishers(language: "de" | "en", names: string[]) {
  const mark = language === "de" ? "synthetisch" : "synthetic";
  return names.map((name) => ({
    name: `${name} (${mark})`,
    domain: `${name.toLowerCase().replace("ö", "oe").replace("ü", "ue").replace(/ /g, "")}.synthetic.example`,
    language,
  }));
}

const PUBLISHERS: readonly { name: string; domain: string; language: "de" | "en" }[] = [
  ...syntheticPublishers("de", [
    "Tagesblick",
    "Handelsecho",
    "Technikwelt",
    "Netzpost",
    "Wirtschaftsspiegel",
    "Digitalrundschau",
    "Börsenkurier",
    "Zukunftsblatt",
  ]),
  ...syntheticPublishers("en", [
    "Daily Circuit",
    "Market Ledger",
    "Tech Herald",
    "Signal Wire",
    "Frontier Times",
    "Compute Weekly",
    "Venture Post",
    "The Benchmark",
  ]),
];

// Sentences stemmed by the German and English text-search configurations, so searches such as
// "Verzögerung", "verschoben", "delay" or "layoffs" find synthetic articles as they find real ones.
const SENTENCES_DE = [
  "{lab} hat die Veröffentlichung von {model} erneut verschoben.",
  "Die Verzögerung betrifft das Training des neuen Modells im Rechenzentrum.",
  "Nach internen Tests blieb {model} in mehreren Benchmarks hinter den Erwartungen zurück.",
  "Mehrere führende Forscher haben {lab} verlassen und wechseln zur Konkurrenz.",
  "Das Unternehmen kündigte Entlassungen in der Produktabteilung an.",
  "Investoren stellen weitere Milliarden für neue Rechenzentren bereit.",
  "Die Aktie fiel nach der Ankündigung deutlich.",
  "Ein Sprecher von {lab} wollte sich zu dem Bericht nicht äußern.",
  "Laut Insidern muss die Architektur grundlegend überarbeitet werden.",
  "Der Start war ursprünglich für den Herbst geplant.",
  "Die Übernahme eines kleineren Labors soll die Forschung beschleunigen.",
  "Kritiker bemängeln die Sicherheit des Modells und fehlende Transparenz.",
];
const SENTENCES_EN = [
  "{lab} has postponed the release of {model} once again.",
  "The delay affects training of the new model at the datacenter.",
  "In internal tests {model} fell short of expectations on several benchmarks.",
  "Several senior researchers have left {lab} to join a rival.",
  "The company announced layoffs across its product division.",
  "Investors are committing billions of dollars to new datacenters.",
  "The shares fell sharply after the announcement.",
  "A spokesperson for {lab} declined to comment on the report.",
  "People familiar with the matter say the architecture needs a rebuild.",
  "The launch had originally been planned for the fall.",
  "The acquisition of a smaller lab is meant to speed up research.",
  "Critics question the model's safety and a lack of transparency.",
];
const TITLES_DE = [
  "{lab} verschiebt {model} auf {when}",
  "Verzögerung bei {lab}: {model} kommt später",
  "{model} enttäuscht in Benchmarks",
  "Forscher verlassen {lab}",
  "{lab} investiert Milliarden in Rechenzentren",
  "Entlassungen bei {lab}",
  "Aktie von {lab} unter Druck",
];
const TITLES_EN = [
  "{lab} pushes {model} back to {when}",
  "Delay at {lab}: {model} slips again",
  "{model} underwhelms on benchmarks",
  "Researchers leave {lab}",
  "{lab} pours billions into datacenters",
  "Layoffs at {lab}",
  "{lab} shares slide",
];
const EVENT_TITLE: Record<EventType, string> = {
  delay: "{lab} delays {model}",
  benchmark_underperformance: "{model} falls short on benchmarks",
  architecture_problem: "{lab} rebuilds the architecture of {model}",
  departure: "Researchers leave {lab}",
  layoff: "{lab} cuts jobs",
  investment: "{lab} commits to new datacenter capacity",
  acquisition: "{lab} buys a start-up",
  hiring: "{lab} hires a research team",
  stock_move: "{lab} shares move on the news",
  controversy: "{lab} criticised over {model}",
  other: "{lab} reshuffles its roadmap",
};
// Setbacks dominate, as in the real data; money and stock events are rarer.
const TYPE_WEIGHTS: readonly [EventType, number][] = [
  ["delay", 22],
  ["benchmark_underperformance", 12],
  ["architecture_problem", 6],
  ["departure", 12],
  ["layoff", 8],
  ["investment", 10],
  ["acquisition", 4],
  ["hiring", 6],
  ["stock_move", 8],
  ["controversy", 8],
  ["other", 4],
];
const TYPE_TABLE: EventType[] = TYPE_WEIGHTS.flatMap(([t, w]) => Array<EventType>(w).fill(t));
const CLAIM_STATUSES = [
  "reported",
  "reported",
  "reported",
  "confirmed",
  "confirmed",
  "rumoured",
  "denied",
  "retracted",
] as const;
const SECONDARY_ROLES = [
  "re_report",
  "re_report",
  "re_report",
  "follow_up",
  "company_response",
  "context",
] as const;
const AMOUNT_KINDS = ["capex", "investment", "investment", "valuation", "deal_value", "stake"] as const;
const QUALIFIERS = ["exact", "about", "about", "up_to", "more_than", "at_least", "almost"] as const;
const MODEL_STATUSES = [
  "announced",
  "in_development",
  "delayed",
  "delayed",
  "released",
  "released",
  "shelved",
] as const;
const MONTH_PARTS: MonthPart[] = ["early", "mid", "late"];
const SEASONS: Season[] = ["spring", "summer", "fall", "winter"];

const START_DAY = "2021-01-01";
const SPAN_DAYS = 365 * 5 + 300; // to autumn 2026

// ── Row builders (pure) ─────────────────────────────────────────────────────────────────────

/** COPY text format: tab-separated, \N for null, with the few characters that need escaping. */
function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v !== "string") return String(v);
  return /[\t\n\r\\]/.test(v)
    ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : v;
}
const line = (cells: (string | number | boolean | null | undefined)[]) => cells.map(cell).join("\t") + "\n";
const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/"/g, '\\"')}"`).join(",")}}`;

const labName = (i: number) =>
  `${LAB_PREFIX[i % LAB_PREFIX.length]} ${LAB_SUFFIX[Math.floor(i / LAB_PREFIX.length) % LAB_SUFFIX.length]}${i >= LAB_PREFIX.length * LAB_SUFFIX.length ? ` ${Math.floor(i / (LAB_PREFIX.length * LAB_SUFFIX.length)) + 1}` : ""}`;
const labSlug = (i: number) => `synthetic-${String(i + 1).padStart(3, "0")}`;
const modelName = (i: number) =>
  `${MODEL_STEM[i % MODEL_STEM.length]}-${1 + (Math.floor(i / MODEL_STEM.length) % 9)}.${i % 7}`;
const modelSlug = (i: number) => `synthetic-model-${String(i + 1).padStart(4, "0")}`;

/** Any fuzzy date around a day, in every precision the product knows. */
function fuzzyAround(r: Rand, day: string, precisionRoll = r()): FuzzyDate {
  // Decide everything random first, then build through the domain constructors once per distinct
  // value: there are only a few thousand, and formatting them per row dominated the load time.
  let key: string;
  if (precisionRoll < 0.55) key = "d";
  else if (precisionRoll < 0.62) key = "w";
  else if (precisionRoll < 0.7) key = `p${int(r, 0, 2)}`;
  else if (precisionRoll < 0.8) key = "m";
  else if (precisionRoll < 0.85) key = `s${int(r, 0, 2)}`;
  else if (precisionRoll < 0.91) key = "q";
  else if (precisionRoll < 0.95) key = "h";
  else if (precisionRoll < 0.98) key = "y";
  else key = `r${int(r, 5, 60)}`;
  const cacheKey = `${day}${key}`;
  let value = fuzzyCache.get(cacheKey);
  if (!value) {
    value = buildFuzzy(day, key);
    fuzzyCache.set(cacheKey, value);
  }
  return value;
}
const fuzzyCache = new Map<string, FuzzyDate>();

function buildFuzzy(day: string, key: string): FuzzyDate {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const n = Number(key.slice(1));
  switch (key[0]) {
    case "d":
      return fuzzy.fuzzyDay(day);
    case "w":
      return fuzzy.fuzzyWeek(day);
    case "p":
      return fuzzy.fuzzyMonthPart(y, m, MONTH_PARTS[n]!);
    case "m":
      return fuzzy.fuzzyMonth(y, m);
    case "s":
      return fuzzy.fuzzySeason(y, SEASONS[n]!);
    case "q":
      return fuzzy.fuzzyQuarter(y, (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4);
    case "h":
      return fuzzy.fuzzyHalf(y, m <= 6 ? 1 : 2);
    case "y":
      return fuzzy.fuzzyYear(y);
    default:
      return fuzzy.fuzzyRange(day, addDays(day, n));
  }
}

/** Calendar days from START_DAY, precomputed: date arithmetic per row was the next hot spot. */
const DAYS: string[] = Array.from({ length: SPAN_DAYS + 2_000 }, (_, k) => addDays(START_DAY, k));
const dayAt = (k: number) => DAYS[Math.max(0, Math.min(DAYS.length - 1, k))]!;
const dayIndex = (day: string) => Math.round((Date.parse(day) - Date.parse(START_DAY)) / 86_400_000);

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? "");
}

/** Article i's publication day: articles are spread evenly over the span in id order. */
function articleDay(i: number, articles: number): string {
  return dayAt(Math.floor((i * SPAN_DAYS) / Math.max(1, articles)));
}
const isDraft = (i: number) => i % 37 === 5;
const isDeletedArticle = (i: number) => i % 101 === 7;
const isCitable = (i: number) => !isDraft(i) && !isDeletedArticle(i);

export interface Ctx extends SyntheticOptions {
  labIds: number[];
  modelIds: number[];
  publisherIds: number[];
  now: string;
}

export function articleRow(ctx: Ctx, i: number): string {
  const r = rowRand(ctx.seed, 1, i);
  const de = r() < 0.55;
  const lab = labName(int(r, 0, ctx.labs - 1));
  const model = modelName(int(r, 0, ctx.models - 1));
  const day = articleDay(i, ctx.articles);
  const vars = { lab, model, when: de ? "Herbst" : "the fall" };
  const sentences = de ? SENTENCES_DE : SENTENCES_EN;
  const body: string[] = [];
  for (let s = int(r, 5, 9); s > 0; s--) body.push(fill(pick(r, sentences), vars));
  const pubIndex = (de ? 0 : 8) + int(r, 0, 7);
  const pub = PUBLISHERS[pubIndex]!;
  // Most articles carry a day; a few list pages only give the month or the season.
  const published = r() < 0.93 ? fuzzy.fuzzyDay(day) : fuzzyAround(r, day, 0.62 + r() * 0.36);
  const status = isDraft(i) ? "draft" : "published";
  return line([
    SYNTHETIC_ID_BASE + i,
    `https://${pub.domain}/${day.slice(0, 4)}/${i}`,
    fill(pick(r, de ? TITLES_DE : TITLES_EN), vars),
    r() < 0.7 ? `${de ? "Redaktion" : "Staff"} ${int(r, 1, 400)}` : null,
    ctx.publisherIds[pubIndex],
    published.from,
    published.to,
    published.precision,
    published.text,
    de ? "de" : "en",
    body.join(" "),
    de && r() < 0.3 ? "Synthetic English summary of a German report." : null,
    status,
    `synthetic-${ctx.seed}-${i}`,
    "synthetic",
    isDeletedArticle(i) ? ctx.now : null,
    ctx.now,
  ]);
}
/**
 * Article i as a file row for the bulk import (npm run bench:io): the same vocabulary, languages,
 * publishers and days as the loader's articles, but keyed by `run` so every bench run offers new
 * URLs and texts (the import skips known ones). The tracked labs and models of a loaded tier are
 * named in the text, so mention matching and the extraction assistant find what they would.
 */
export function importRecord(
  opts: Pick<SyntheticOptions, "articles" | "labs" | "models" | "seed">,
  run: string,
  i: number,
): {
  url: string;
  title: string;
  body: string;
  published: string;
  language: "de" | "en";
  author?: string;
  publisher: string;
} {
  const r = rowRand(opts.seed, 5, i);
  const de = r() < 0.55;
  const lab = labName(int(r, 0, opts.labs - 1));
  const model = modelName(int(r, 0, opts.models - 1));
  const day = articleDay(int(r, 0, opts.articles - 1), opts.articles);
  const vars = { lab, model, when: de ? "Herbst" : "the fall" };
  const sentences = de ? SENTENCES_DE : SENTENCES_EN;
  const body: string[] = [];
  for (let s = int(r, 5, 9); s > 0; s--) body.push(fill(pick(r, sentences), vars));
  // A dateline makes each text unique, as real articles are (the import skips equal texts).
  body.push(`(${run}-${i}, ${day})`);
  const pub = PUBLISHERS[(de ? 0 : 8) + int(r, 0, 7)]!;
  const author = r() < 0.7 ? `${de ? "Redaktion" : "Staff"} ${int(r, 1, 400)}` : undefined;
  return {
    url: `https://${pub.domain}/${run}/${day.slice(0, 4)}/${i}`,
    title: fill(pick(r, de ? TITLES_DE : TITLES_EN), vars),
    body: body.join(" "),
    published: day,
    language: de ? "de" : "en",
    ...(author ? { author } : {}),
    publisher: pub.name,
  };
}

const ARTICLE_COLUMNS =
  "id, url, title, author, publisher_id, published_from, published_to, published_precision, published_text, language, body, summary_en, status, content_hash, source_ref, deleted_at, updated_at";

/** Event i with its 1–5 citations: a first report near the event date, then re-reports. */
export function eventRows(ctx: Ctx, i: number): { event: string; citations: string; citationCount: number } {
  const r = rowRand(ctx.seed, 2, i);
  const type = pick(r, TYPE_TABLE);
  const labIndex = Math.floor(Math.pow(r(), 1.6) * ctx.labs); // a few labs get most coverage
  const modelIndex =
    labIndex * Math.floor(ctx.models / ctx.labs) +
    int(r, 0, Math.max(0, Math.floor(ctx.models / ctx.labs) - 1));
  const withModel =
    ["delay", "benchmark_underperformance", "architecture_problem", "controversy"].includes(type) ||
    r() < 0.2;
  const dayK = int(r, 0, SPAN_DAYS - 1);
  const occurred = fuzzyAround(r, dayAt(dayK));
  const openEnd = occurred.precision !== "day" && r() < 0.05;
  const vars = { lab: labName(labIndex), model: modelName(modelIndex) };
  let amount: number | null = null;
  let amountMax: number | null = null;
  let amountKind: string | null = null;
  let qualifier: string | null = null;
  if (type === "investment" || type === "acquisition") {
    amount = int(r, 1, 400) * 25_000_000;
    amountMax = r() < 0.1 ? amount * 2 : null;
    amountKind = type === "acquisition" ? "deal_value" : pick(r, AMOUNT_KINDS);
    qualifier = pick(r, QUALIFIERS);
  }
  const percent = type === "stock_move" ? (int(r, -250, 150) / 10).toFixed(3) : null;
  const headcount = type === "layoff" || type === "departure" || type === "hiring" ? int(r, 1, 800) : null;
  // The first report comes out within a fortnight of the event; re-reports follow over weeks.
  const firstIdx = articleIndexNear(ctx, r, dayK + int(r, 0, 14));
  const citeCount = 1 + Math.floor(Math.pow(r(), 1.5) * MAX_CITATIONS_PER_EVENT);
  const citations: string[] = [];
  const used = new Set<number>();
  for (let c = 0; c < citeCount; c++) {
    let a =
      c === 0
        ? firstIdx
        : Math.min(ctx.articles - 1, firstIdx + int(r, 1, Math.max(2, Math.floor(ctx.articles / 200))));
    while (!isCitable(a) || used.has(a)) a = (a + 1) % ctx.articles;
    used.add(a);
    const attribution = pick(r, ATTRIBUTIONS);
    citations.push(
      line([
        SYNTHETIC_ID_BASE + i * MAX_CITATIONS_PER_EVENT + c,
        SYNTHETIC_ID_BASE + i,
        SYNTHETIC_ID_BASE + a,
        c === 0 ? "first_report" : pick(r, SECONDARY_ROLES),
        fill(pick(r, r() < 0.55 ? SENTENCES_DE : SENTENCES_EN), vars),
        attribution,
        attribution === "relays_outlet"
          ? pick(r, PUBLISHERS).name
          : attribution === "named_source"
            ? "A spokesperson"
            : null,
      ]),
    );
  }
  const event = line([
    SYNTHETIC_ID_BASE + i,
    type,
    ctx.labIds[labIndex],
    withModel ? ctx.modelIds[modelIndex] : null,
    type === "acquisition" || type === "departure" ? ctx.labIds[int(r, 0, ctx.labs - 1)] : null,
    fill(EVENT_TITLE[type], vars),
    `Synthetic ${type.replace(/_/g, " ")} event for scale checks.`,
    occurred.from,
    occurred.to,
    occurred.precision,
    openEnd,
    openEnd ? `${occurred.text} or later` : occurred.text,
    amount,
    amountMax,
    qualifier,
    amountKind,
    percent,
    headcount,
    headcount === null ? null : pick(r, QUALIFIERS),
    pick(r, CLAIM_STATUSES),
    articleDay(firstIdx, ctx.articles),
    // known_from (docs/decisions/007): the first citing article's day; an approximation for
    // synthetic rows, whose citing articles may carry a coarser publication range.
    articleDay(firstIdx, ctx.articles),
    i % 97 === 3 ? ctx.now : null,
    ctx.now,
  ]);
  return { event, citations: citations.join(""), citationCount: citations.length };
}
const EVENT_COLUMNS =
  "id, type, lab_id, model_id, counterparty_lab_id, title, summary, occurred_from, occurred_to, occurred_precision, occurred_open_end, occurred_text, amount_usd, amount_usd_max, amount_qualifier, amount_kind, percent, headcount, headcount_qualifier, status, first_reported_at, known_from, deleted_at, updated_at";
const CITATION_COLUMNS = "id, event_id, article_id, role, quote, attribution, attributed_to";

function articleIndexNear(ctx: Ctx, r: Rand, offset: number): number {
  const idx =
    Math.floor((offset * ctx.articles) / SPAN_DAYS) +
    int(r, 0, Math.max(0, Math.floor(ctx.articles / SPAN_DAYS)));
  return Math.max(0, Math.min(ctx.articles - 1, idx));
}

/** A model with a release plan that slips 0–4 times: each later plan is reported later. */
function modelRows(
  ctx: Ctx,
  i: number,
  labIndex: number,
): { model: string; commitments: string; changes: string } {
  const r = rowRand(ctx.seed, 3, i);
  const status = pick(r, MODEL_STATUSES);
  const id = SYNTHETIC_ID_BASE + i;
  const model = line([
    id,
    modelSlug(i),
    modelName(i),
    ctx.labIds[labIndex],
    MODEL_STEM[i % MODEL_STEM.length],
    arrayLiteral([modelName(i).replace("-", " ")]),
    status,
    "Synthetic model for scale checks.",
    ctx.now,
  ]);
  const slips =
    status === "released" || status === "delayed" || status === "shelved" ? int(r, 0, 4) : int(r, 0, 1);
  const commitments: string[] = [];
  let reported = addDays(START_DAY, int(r, 0, SPAN_DAYS - 500));
  let planned = addDays(reported, int(r, 60, 240));
  for (let s = 0; s <= slips; s++) {
    const plan = fuzzyAround(r, planned, 0.2 + r() * 0.75);
    const a = articleIndexNear(ctx, r, dayIndex(reported));
    commitments.push(
      line([
        SYNTHETIC_ID_BASE + i * 8 + s,
        id,
        s + 1,
        plan.from,
        plan.to,
        plan.precision,
        false,
        plan.text,
        SYNTHETIC_ID_BASE + a,
        articleDay(a, ctx.articles),
        s === 0 ? "The release is planned for then." : "The release has been pushed back again.",
      ]),
    );
    reported = addDays(reported, int(r, 30, 150));
    planned = addDays(planned, int(r, 45, 200));
  }
  const changes = line([
    SYNTHETIC_ID_BASE + i * 4,
    id,
    status,
    reported,
    reported,
    "day",
    false,
    reported,
    null,
    "Synthetic status change.",
  ]);
  return { model, commitments: commitments.join(""), changes };
}
const MODEL_COLUMNS = "id, slug, name, lab_id, family, aliases, status, description, updated_at";
const COMMITMENT_COLUMNS =
  "id, model_id, sequence, planned_from, planned_to, planned_precision, planned_open_end, planned_text, article_id, reported_at, quote";
const CHANGE_COLUMNS =
  "id, model_id, status, at_from, at_to, at_precision, at_open_end, at_text, article_id, note";

// ── Loading ─────────────────────────────────────────────────────────────────────────────────

export interface LoadProgress {
  start(table: string, total: number, done: number): void;
  tick(table: string, rows: number): void;
  stop(): void;
}

async function copyRows(client: pg.Client, table: string, columns: string, text: string): Promise<void> {
  if (text.length === 0) return;
  const stream = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`)) as Writable;
  await pipeline(Readable.from([text]), stream);
}

async function maxSyntheticIndex(client: pg.Client, table: string): Promise<number> {
  const res = await client.query<{ m: number | null }>(
    `SELECT max(id) - $1 AS m FROM "${table}" WHERE id >= $1`,
    [SYNTHETIC_ID_BASE],
  );
  return res.rows[0]?.m ?? -1;
}

/**
 * Secondary indexes of the big tables are dropped before a large first load and rebuilt after,
 * which is several times faster than maintaining them row by row. Their definitions are kept in
 * a table first, so an interrupted load rebuilds them on the next run (or on --remove).
 */
const BIG_TABLES = ["articles", "events", "citations"];
async function dropSecondaryIndexes(client: pg.Client, log: (l: string) => void): Promise<void> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS "synthetic_deferred_indexes" (name text PRIMARY KEY, definition text NOT NULL)`,
  );
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
       JOIN pg_class c ON c.relname = i.indexname
       JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1) AND NOT x.indisunique AND NOT x.indisprimary`,
    [BIG_TABLES],
  );
  for (const row of rows) {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "synthetic_deferred_indexes" VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      row.indexname,
      row.indexdef,
    ]);
    await client.query(`DROP INDEX IF EXISTS "${row.indexname}"`);
    await client.query("COMMIT");
  }
  if (rows.length) log(`dropped ${rows.length} secondary indexes for the load; they are rebuilt at the end`);
}

export async function rebuildDeferredIndexes(client: pg.Client, log: (l: string) => void): Promise<void> {
  const exists = await client.query(`SELECT to_regclass('synthetic_deferred_indexes') AS t`);
  if (!(exists.rows[0] as { t: string | null }).t) return;
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT name, definition FROM "synthetic_deferred_indexes" ORDER BY name`,
  );
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const row of rows) {
    const started = Date.now();
    await client.query(row.definition.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS "));
    await client.query(`DELETE FROM "synthetic_deferred_indexes" WHERE name = $1`, [row.name]);
    log(`built ${row.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await client.query(`DROP TABLE "synthetic_deferred_indexes"`);
}

async function upsertSmallTables(client: pg.Client, opts: SyntheticOptions, now: string): Promise<Ctx> {
  await client.query("BEGIN");
  const labIds: number[] = [];
  for (let i = 0; i < opts.labs; i++) {
    const r = rowRand(opts.seed, 4, i);
    const name = labName(i);
    const res = await client.query<{ id: number }>(
      `INSERT INTO labs (id, slug, name, aliases, website, country, description, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [
        SYNTHETIC_ID_BASE + i,
        labSlug(i),
        name,
        [name.split(" ")[0]],
        `https://${labSlug(i)}.synthetic.example`,
        pick(r, COUNTRIES),
        "Synthetic lab for scale checks.",
        now,
      ],
    );
    labIds.push(res.rows[0]!.id);
  }
  const publisherIds: number[] = [];
  for (const [i, p] of PUBLISHERS.entries()) {
    const res = await client.query<{ id: number }>(
      `INSERT INTO publishers (id, slug, name, domain, language)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [SYNTHETIC_ID_BASE + i, `synthetic-${p.domain.split(".")[0]}`, p.name, p.domain, p.language],
    );
    publisherIds.push(res.rows[0]!.id);
  }
  await client.query("COMMIT");
  const modelIds = Array.from({ length: opts.models }, (_, i) => SYNTHETIC_ID_BASE + i);
  return { ...opts, labIds, modelIds, publisherIds, now };
}

/** Loads (or resumes loading) the synthetic rows described by opts. */
export async function loadSyntheticData(
  url: string,
  opts: SyntheticOptions,
  progress: LoadProgress,
  log: (line: string) => void = () => {},
  // Dropping and rebuilding indexes pays off for large first loads only; tests force it.
  deferIndexes = opts.articles + opts.events >= 200_000,
): Promise<{ rows: number; seconds: number }> {
  if (opts.labs < 1 || opts.models < opts.labs)
    throw new Error("need at least one lab and one model per lab");
  if (opts.events * MAX_CITATIONS_PER_EVENT + SYNTHETIC_ID_BASE > 2 ** 31 - 1)
    throw new Error("too many events");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  let rows = 0;
  try {
    // Foreign keys are checked per row by triggers; generated rows are consistent by construction,
    // so skip them where the role may (a superuser, as on the embedded database).
    const replica = await client
      .query("SET session_replication_role = replica")
      .then(() => true)
      .catch(() => false);
    log(
      replica
        ? "foreign-key triggers off for the load (rows are consistent by construction)"
        : "loading with foreign-key checks",
    );
    await client.query("SET synchronous_commit = off");
    const now = new Date().toISOString();
    const ctx = await upsertSmallTables(client, opts, now);

    const doneArticles = (await maxSyntheticIndex(client, "articles")) + 1;
    const doneEvents = (await maxSyntheticIndex(client, "events")) + 1;
    const doneModels = (await maxSyntheticIndex(client, "models")) + 1;
    if (doneArticles === 0 && doneEvents === 0 && deferIndexes) {
      await dropSecondaryIndexes(client, log);
    }

    progress.start("models", opts.models, doneModels);
    const perLab = Math.floor(opts.models / opts.labs);
    for (let from = doneModels; from < opts.models; from += BATCH) {
      const to = Math.min(opts.models, from + BATCH);
      let m = "";
      for (let i = from; i < to; i++)
        m += modelRows(ctx, i, Math.min(opts.labs - 1, Math.floor(i / perLab))).model;
      await copyRows(client, "models", MODEL_COLUMNS, m);
      rows += to - from;
      progress.tick("models", to - from);
    }

    progress.start("articles", opts.articles, doneArticles);
    for (let from = doneArticles; from < opts.articles; from += BATCH) {
      const to = Math.min(opts.articles, from + BATCH);
      let text = "";
      for (let i = from; i < to; i++) text += articleRow(ctx, i);
      await copyRows(client, "articles", ARTICLE_COLUMNS, text);
      rows += to - from;
      progress.tick("articles", to - from);
    }

    // Commitments and status changes cite articles, so they follow the articles.
    if (doneModels < opts.models || (await maxSyntheticIndex(client, "release_commitments")) < 0) {
      let c = "";
      let s = "";
      for (let i = 0; i < opts.models; i++) {
        const rowsOf = modelRows(ctx, i, Math.min(opts.labs - 1, Math.floor(i / perLab)));
        c += rowsOf.commitments;
        s += rowsOf.changes;
      }
      await client.query("BEGIN");
      await client.query(`DELETE FROM release_commitments WHERE id >= $1`, [SYNTHETIC_ID_BASE]);
      await client.query(`DELETE FROM model_status_changes WHERE id >= $1`, [SYNTHETIC_ID_BASE]);
      await copyRows(client, "release_commitments", COMMITMENT_COLUMNS, c);
      await copyRows(client, "model_status_changes", CHANGE_COLUMNS, s);
      await client.query("COMMIT");
      rows += c.split("\n").length + s.split("\n").length - 2;
    }

    progress.start("events", opts.events, doneEvents);
    for (let from = doneEvents; from < opts.events; from += BATCH) {
      const to = Math.min(opts.events, from + BATCH);
      let ev = "";
      let ci = "";
      let citationCount = 0;
      for (let i = from; i < to; i++) {
        const x = eventRows(ctx, i);
        ev += x.event;
        ci += x.citations;
        citationCount += x.citationCount;
      }
      await client.query("BEGIN");
      await copyRows(client, "events", EVENT_COLUMNS, ev);
      await copyRows(client, "citations", CITATION_COLUMNS, ci);
      await client.query("COMMIT");
      rows += to - from + citationCount;
      progress.tick("events", to - from);
    }
    progress.stop();

    await rebuildDeferredIndexes(client, log);
    // The COPY ran with triggers off, so the summary tables are rebuilt once from the events.
    log("refreshing summary tables …");
    await client.query("SELECT refresh_event_summaries()");
    log("analysing tables …");
    await client.query("ANALYZE labs, models, publishers, articles, events, citations, release_commitments");
    return { rows, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Deletes every synthetic row (and rebuilds indexes an interrupted load left dropped). */
export async function removeSyntheticData(
  url: string,
  log: (line: string) => void = () => {},
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica").catch(() => {});
    for (const table of [
      "citations",
      "release_commitments",
      "model_status_changes",
      "events",
      "articles",
      "models",
      "publishers",
      "labs",
    ]) {
      // Labs and models of the earlier ORM generator have ordinary ids but the same slug prefix.
      const bySlug = table === "labs" || table === "models" ? ` OR slug LIKE 'synthetic-%'` : "";
      const res = await client.query(`DELETE FROM "${table}" WHERE id >= $1${bySlug}`, [SYNTHETIC_ID_BASE]);
      log(`${table}: removed ${res.rowCount ?? 0}`);
    }
    await rebuildDeferredIndexes(client, log);
    await client.query("SELECT refresh_event_summaries()");
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}
