/**
 * What the investments page sends to the browser, cut from the (already capped) chart: the
 * drawing the client chart needs, and the slice of the data table one page shows. At 100k events
 * the page was 721 kB, two thirds of it twice over (HTML and RSC payload): the chart's props held
 * every listed event's dates, kinds and publication days the chart never draws, and the table held
 * every year's bars and deals with all their articles. Bench figures: docs/performance.md.
 */
import type { ChartArticleRef, CountedEvent, InvestmentsChart } from "./chart-investments";
import type { AmountQualifier } from "./chart-investments";

/** An article as the tooltip names it. */
export type DrawnArticle = Pick<ChartArticleRef, "id" | "title" | "language">;

/** A counted event as the tooltip lists it: title, amount and its first citing articles. */
export interface DrawnEvent {
  eventId: number;
  title: string;
  amountUsd: number;
  qualifier: AmountQualifier;
  articles: DrawnArticle[];
  /** how many articles cite it, when `articles` lists only the first few */
  articleCount?: number;
}

export interface DrawnSegment {
  year: number;
  /** the lab's slug: its name is in `labs` */
  lab: string;
  totalUsd: number;
  events: DrawnEvent[];
}

export interface DrawnDeal extends DrawnEvent {
  year: number;
  counterparty: string | null;
  percent: number | null;
}

/** The investments chart's client props: only what is drawn or shown in its tooltip. */
export interface InvestmentsDrawing {
  labs: { slug: string; name: string }[];
  rows: InvestmentsChart["rows"];
  segments: DrawnSegment[];
  deals: DrawnDeal[];
}

/**
 * The drawing of a chart: bars, labels, diamonds and the tooltip's events, each with its first
 * `articlesPerEvent` articles and how many there are. The table under the chart lists them all.
 */
export function investmentsDrawing(chart: InvestmentsChart, articlesPerEvent = 2): InvestmentsDrawing {
  const drawn = (e: CountedEvent): DrawnEvent => {
    const count = e.articles.length;
    return {
      eventId: e.eventId,
      title: e.title,
      amountUsd: e.amountUsd,
      qualifier: e.qualifier,
      articles: e.articles.slice(0, articlesPerEvent).map((a) => ({ id: a.id, title: a.title, language: a.language })),
      ...(count > articlesPerEvent ? { articleCount: count } : {}),
    };
  };
  return {
    labs: chart.labs,
    rows: chart.rows,
    segments: chart.segments.map((s) => ({
      year: s.year,
      lab: s.lab.slug,
      totalUsd: s.totalUsd,
      events: s.events.map(drawn),
    })),
    deals: chart.deals.map((d) => ({
      ...drawn(d),
      year: d.year,
      counterparty: d.counterparty?.name ?? null,
      percent: d.percent,
    })),
  };
}

/**
 * Rows of the data table one page shows at most (bars and deals together). A longer table is shown
 * one year at a time, the latest first, with links to the other years; the CSV holds every row.
 */
export const TABLE_ROW_CAP = 40;

export interface InvestmentsTablePage {
  segments: InvestmentsChart["segments"];
  deals: InvestmentsChart["deals"];
  /** the year shown, or null when the whole table fits on one page */
  year: number | null;
  /** years that have rows, oldest first (the year links); empty when the whole table is shown */
  years: number[];
}

/**
 * The part of the data table a page shows: all of it when it has at most `cap` rows, otherwise the
 * bars and deals of one year — `year` when it has rows, else the latest year that has.
 */
export function investmentsTablePage(
  chart: Pick<InvestmentsChart, "segments" | "deals">,
  year?: number,
  cap = TABLE_ROW_CAP,
): InvestmentsTablePage {
  if (chart.segments.length + chart.deals.length <= cap)
    return { segments: chart.segments, deals: chart.deals, year: null, years: [] };
  const years = [...new Set([...chart.segments.map((s) => s.year), ...chart.deals.map((d) => d.year)])].sort(
    (a, b) => a - b,
  );
  const shown = year !== undefined && years.includes(year) ? year : years.at(-1)!;
  return {
    segments: chart.segments.filter((s) => s.year === shown),
    deals: chart.deals.filter((d) => d.year === shown),
    year: shown,
    years,
  };
}
