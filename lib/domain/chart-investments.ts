/**
 * The investments chart's data: reported capex and investment per lab per year (stacked bars), and
 * acquisitions and stakes as marked points. Amounts are counted once per event — never per citing
 * article — so three articles about one figure do not triple it. Market values, pay packages and
 * other amounts are never added to a bar: they measure something else.
 */
import type { FuzzyDate, IsoDay } from "./fuzzy-date";
import type { AmountKind, Qualifier } from "./vocabulary";

export type { AmountKind };
export type AmountQualifier = Qualifier;

export const BAR_KINDS: readonly AmountKind[] = ["capex", "investment"];
export const POINT_KINDS: readonly AmountKind[] = ["deal_value"];

export interface ChartArticleRef {
  id: number;
  title: string;
  language: string;
  publishedAt: IsoDay | null;
}

export interface MoneyEventInput {
  id: number;
  type: string;
  title: string;
  lab: { slug: string; name: string };
  counterparty: { slug: string; name: string } | null;
  occurred: FuzzyDate;
  amountUsd: number | null;
  amountQualifier: AmountQualifier | null;
  amountKind: AmountKind | null;
  percent: number | null;
  citations: { articleId: number; title: string; language: string; publishedAt: IsoDay | null }[];
}

export interface CountedEvent {
  eventId: number;
  title: string;
  kind: AmountKind;
  amountUsd: number;
  qualifier: AmountQualifier;
  occurred: FuzzyDate;
  articles: ChartArticleRef[];
}

/** One lab's part of one year's bar. */
export interface InvestmentSegment {
  year: number;
  lab: { slug: string; name: string };
  totalUsd: number;
  /** the events listed for it: all of them, or the largest when the chart is capped */
  events: CountedEvent[];
  /** how many events the total counts (events.length unless capped) */
  eventCount: number;
}

export interface DealPoint extends CountedEvent {
  year: number;
  lab: { slug: string; name: string };
  counterparty: { slug: string; name: string } | null;
  percent: number | null;
}

export interface ExcludedAmount {
  eventId: number;
  title: string;
  kind: AmountKind | null;
  amountUsd: number;
  reason: "other_kind" | "spans_years";
}

export interface InvestmentsChart {
  years: number[];
  /** labs in stacking order: largest total first, so the biggest segment sits on the axis */
  labs: { slug: string; name: string }[];
  /** recharts rows: one per year, a value per lab slug (0 when none) */
  rows: { year: string; values: Record<string, number> }[];
  segments: InvestmentSegment[];
  deals: DealPoint[];
  excluded: ExcludedAmount[];
  /** amounts left off the bars (excluded.length unless the list was capped) */
  excludedCount: number;
  /** deals reported in all (deals.length unless capped) */
  dealCount: number;
}

/** The distinct citing articles, each once, earliest first. */
export function citingArticles(citations: MoneyEventInput["citations"]): ChartArticleRef[] {
  const byId = new Map<number, ChartArticleRef>();
  for (const c of citations) {
    if (!byId.has(c.articleId))
      byId.set(c.articleId, {
        id: c.articleId,
        title: c.title,
        language: c.language,
        publishedAt: c.publishedAt,
      });
  }
  return [...byId.values()].sort(
    (a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.id - b.id,
  );
}

const yearOf = (day: IsoDay) => Number(day.slice(0, 4));

export function buildInvestmentsChart(events: readonly MoneyEventInput[]): InvestmentsChart {
  const seen = new Set<number>();
  const segments = new Map<string, InvestmentSegment>();
  const deals: DealPoint[] = [];
  const excluded: ExcludedAmount[] = [];

  for (const e of events) {
    // Counted per event: the same event twice (e.g. two joins of one query) is still one amount.
    if (seen.has(e.id) || e.amountUsd === null) continue;
    seen.add(e.id);
    const kind = e.amountKind;
    const counted = (k: AmountKind): CountedEvent => ({
      eventId: e.id,
      title: e.title,
      kind: k,
      amountUsd: e.amountUsd!,
      qualifier: e.amountQualifier ?? "exact",
      occurred: e.occurred,
      articles: citingArticles(e.citations),
    });
    if (kind !== null && POINT_KINDS.includes(kind)) {
      deals.push({
        ...counted(kind),
        year: yearOf(e.occurred.from),
        lab: e.lab,
        counterparty: e.counterparty,
        percent: e.percent,
      });
      continue;
    }
    if (kind === null || (!BAR_KINDS.includes(kind) && kind !== "multi_year_plan")) {
      excluded.push({ eventId: e.id, title: e.title, kind, amountUsd: e.amountUsd, reason: "other_kind" });
      continue;
    }
    // A budget reported for "2024–2026", or announced as spread over several years, cannot be put
    // into one year's bar without inventing a split.
    if (kind === "multi_year_plan" || yearOf(e.occurred.from) !== yearOf(e.occurred.to)) {
      excluded.push({ eventId: e.id, title: e.title, kind, amountUsd: e.amountUsd, reason: "spans_years" });
      continue;
    }
    const year = yearOf(e.occurred.from);
    const key = `${year}:${e.lab.slug}`;
    const seg = segments.get(key) ?? { year, lab: e.lab, totalUsd: 0, events: [], eventCount: 0 };
    seg.totalUsd += e.amountUsd;
    seg.events.push(counted(kind));
    seg.eventCount += 1;
    segments.set(key, seg);
  }

  deals.sort((a, b) => a.occurred.from.localeCompare(b.occurred.from) || a.eventId - b.eventId);
  return assembleChart([...segments.values()], deals, excluded, excluded.length, deals.length);
}

function assembleChart(
  segmentsIn: InvestmentSegment[],
  deals: DealPoint[],
  excluded: ExcludedAmount[],
  excludedCount: number,
  dealCount: number,
): InvestmentsChart {
  const segments = new Map(segmentsIn.map((s) => [`${s.year}:${s.lab.slug}`, s]));
  const segmentList = [...segmentsIn].sort((a, b) => a.year - b.year || a.lab.name.localeCompare(b.lab.name));
  const labTotals = new Map<string, { lab: { slug: string; name: string }; total: number }>();
  for (const s of segmentList) {
    const t = labTotals.get(s.lab.slug) ?? { lab: s.lab, total: 0 };
    t.total += s.totalUsd;
    labTotals.set(s.lab.slug, t);
  }
  const labs = [...labTotals.values()]
    .sort((a, b) => b.total - a.total || a.lab.name.localeCompare(b.lab.name))
    .map((t) => t.lab);

  const allYears = [...segmentList.map((s) => s.year), ...deals.map((d) => d.year)];
  const years: number[] = [];
  if (allYears.length) {
    // Every year in between too, so a gap reads as a gap and not as neighbouring years.
    for (let y = Math.min(...allYears); y <= Math.max(...allYears); y++) years.push(y);
  }
  const rows = years.map((year) => ({
    year: String(year),
    values: Object.fromEntries(labs.map((l) => [l.slug, segments.get(`${year}:${l.slug}`)?.totalUsd ?? 0])),
  }));
  return { years, labs, rows, segments: segmentList, deals, excluded, excludedCount, dealCount };
}

/** What a page sends to the browser at most: the chart stays readable and the HTML small. */
export interface InvestmentsCaps {
  /** labs stacked by name; the rest become one "+N" segment per year */
  labs: number;
  /** events listed per segment (the largest) */
  eventsPerSegment: number;
  /** deals drawn (the latest) */
  deals: number;
}
export const PAGE_CAPS: InvestmentsCaps = { labs: 12, eventsPerSegment: 3, deals: 60 };

/**
 * The chart as a page draws it: totals stay exact (they are sums, whatever is listed), but only the
 * largest labs are stacked by name, each segment lists its largest events, and only the latest
 * deals are drawn. The CSV keeps everything.
 */
export function capInvestmentsChart(
  chart: InvestmentsChart,
  caps: InvestmentsCaps = PAGE_CAPS,
): InvestmentsChart {
  const kept = new Set(chart.labs.slice(0, caps.labs).map((l) => l.slug));
  const restCount = chart.labs.length - kept.size;
  const rest = { slug: "__other_labs", name: `+${restCount}` };
  const merged = new Map<number, InvestmentSegment>();
  const segments: InvestmentSegment[] = [];
  for (const s of chart.segments) {
    if (kept.has(s.lab.slug)) {
      segments.push(s);
      continue;
    }
    const m = merged.get(s.year) ?? { year: s.year, lab: rest, totalUsd: 0, events: [], eventCount: 0 };
    m.totalUsd += s.totalUsd;
    m.eventCount += s.eventCount;
    m.events.push(...s.events);
    merged.set(s.year, m);
  }
  segments.push(...merged.values());
  const capped = segments.map((s) => ({
    ...s,
    events: [...s.events]
      .sort((a, b) => b.amountUsd - a.amountUsd || a.eventId - b.eventId)
      .slice(0, caps.eventsPerSegment),
  }));
  return assembleChart(
    capped,
    chart.deals.slice(-caps.deals),
    chart.excluded.slice(0, 0),
    chart.excludedCount,
    chart.dealCount,
  );
}

/** Totals per lab and year from the summary table, with only the listed events fetched. */
export function investmentsChartFromTotals(input: {
  totals: { year: number; lab: { slug: string; name: string }; totalUsd: number; events: number }[];
  listed: readonly MoneyEventInput[];
  deals: readonly MoneyEventInput[];
  dealCount: number;
  excludedCount: number;
}): InvestmentsChart {
  const fromEvents = buildInvestmentsChart([...input.listed, ...input.deals]);
  const listedBy = new Map(fromEvents.segments.map((s) => [`${s.year}:${s.lab.slug}`, s.events]));
  const segments = input.totals.map((t) => ({
    year: t.year,
    lab: t.lab,
    totalUsd: t.totalUsd,
    eventCount: t.events,
    events: listedBy.get(`${t.year}:${t.lab.slug}`) ?? [],
  }));
  return assembleChart(segments, fromEvents.deals, [], input.excludedCount, input.dealCount);
}

export const INVESTMENTS_CSV_HEADER = [
  "series",
  "year",
  "lab",
  "amount_usd",
  "qualifier",
  "kind",
  "stake_percent",
  "counterparty",
  "event_ids",
  "event_titles",
  "article_ids",
] as const;

/** The bars (one row per lab and year, summed) then the deals: the rows of the data tables. */
export function investmentsCsvRows(chart: InvestmentsChart): (string | number | null)[][] {
  const bars = chart.segments.map((s) => {
    const qualifiers = [...new Set(s.events.map((e) => e.qualifier))];
    return [
      "bar",
      s.year,
      s.lab.name,
      s.totalUsd,
      qualifiers.length === 1 ? qualifiers[0]! : "mixed",
      [...new Set(s.events.map((e) => e.kind))].join(" + "),
      null,
      null,
      s.events.map((e) => e.eventId).join(" "),
      s.events.map((e) => e.title).join(" | "),
      [...new Set(s.events.flatMap((e) => e.articles.map((a) => a.id)))].join(" "),
    ];
  });
  const deals = chart.deals.map((d) => [
    "deal",
    d.year,
    d.lab.name,
    d.amountUsd,
    d.qualifier,
    d.kind,
    d.percent,
    d.counterparty?.name ?? null,
    String(d.eventId),
    d.title,
    d.articles.map((a) => a.id).join(" "),
  ]);
  return [...bars, ...deals];
}
