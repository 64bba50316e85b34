/**
 * Setbacks over time: events per month by type, as counts or as each type's share of the month.
 *
 * A fuzzy date has no single month. We put an event in the last month it can have happened in and
 * still been reported by its first article — min(occurred.to, firstReportedAt), never before
 * occurred.from — so "seit 2023 (Stand Mai 2025)" lands in May 2025, when it was known to have
 * happened, rather than in January 2023 or spread over two and a half years.
 */
import type { FuzzyDate, IsoDay } from "./fuzzy-date";
import { monthOf, monthsBetween, type IsoMonth } from "./chart-months";
import { EVENT_TYPES, SETBACK_TYPES } from "./event-types";

export const EVENT_TYPE_ORDER = EVENT_TYPES;
export type ChartEventType = (typeof EVENT_TYPE_ORDER)[number];

export type SetbackMode = "count" | "share";

export interface SetbackEventInput {
  id: number;
  type: ChartEventType;
  occurred: FuzzyDate;
  firstReportedAt: IsoDay | null;
}

export interface SetbackMonthRow {
  month: IsoMonth;
  total: number;
  counts: Record<string, number>;
  /** each type's part of the month, 0–1; all 0 in a month without events */
  shares: Record<string, number>;
}

export interface SetbacksChart {
  mode: SetbackMode;
  /** the types present, in the canonical order: the stack and legend */
  types: ChartEventType[];
  rows: SetbackMonthRow[];
  total: number;
}

export function setbackMonth(e: Pick<SetbackEventInput, "occurred" | "firstReportedAt">): IsoMonth {
  let day = e.occurred.to;
  if (e.firstReportedAt && e.firstReportedAt < day) day = e.firstReportedAt;
  if (day < e.occurred.from) day = e.occurred.from;
  return monthOf(day);
}

/** Events of one type in one month: what the summary table event_month_counts holds. */
export interface SetbackMonthCount {
  month: IsoMonth;
  type: ChartEventType;
  count: number;
}

export function buildSetbacksChart(
  events: readonly SetbackEventInput[],
  opts: { types?: readonly ChartEventType[]; mode?: SetbackMode } = {},
): SetbacksChart {
  const seen = new Set<number>();
  const counts: SetbackMonthCount[] = [];
  for (const e of events) {
    // Counted per event: the same event twice (two joins of one query) is still one setback.
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    counts.push({ month: setbackMonth(e), type: e.type, count: 1 });
  }
  return setbacksChartFromCounts(counts, opts);
}

/**
 * The chart from counts per month and type, so it can be drawn from the summary table at any
 * number of events; buildSetbacksChart feeds it one count per event and gives the same result.
 */
export function setbacksChartFromCounts(
  monthCounts: readonly SetbackMonthCount[],
  opts: { types?: readonly ChartEventType[]; mode?: SetbackMode } = {},
): SetbacksChart {
  const wanted = new Set(opts.types && opts.types.length ? opts.types : SETBACK_TYPES);
  const byMonth = new Map<IsoMonth, Map<ChartEventType, number>>();
  const present = new Set<ChartEventType>();
  let grandTotal = 0;
  for (const c of monthCounts) {
    if (!wanted.has(c.type) || c.count <= 0) continue;
    const counts = byMonth.get(c.month) ?? new Map<ChartEventType, number>();
    counts.set(c.type, (counts.get(c.type) ?? 0) + c.count);
    byMonth.set(c.month, counts);
    present.add(c.type);
    grandTotal += c.count;
  }
  const types = EVENT_TYPE_ORDER.filter((t) => present.has(t));
  const months = [...byMonth.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  const rows: SetbackMonthRow[] =
    first && last
      ? monthsBetween(first, last).map((month) => {
          const m = byMonth.get(month);
          const counts = Object.fromEntries(types.map((t) => [t, m?.get(t) ?? 0]));
          const total = types.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
          const shares = Object.fromEntries(types.map((t) => [t, total ? (counts[t] ?? 0) / total : 0]));
          return { month, total, counts, shares };
        })
      : [];
  return { mode: opts.mode ?? "count", types, rows, total: grandTotal };
}

/** Header and rows of the CSV: a column per type shown, counts or shares (0–1, 4 decimals). */
export function setbacksCsv(chart: SetbacksChart): { header: string[]; rows: (string | number)[][] } {
  const header = ["month", ...chart.types, "total"];
  const rows = chart.rows.map((r) => [
    r.month,
    ...chart.types.map((t) => (chart.mode === "share" ? Math.round((r.shares[t] ?? 0) * 1e4) / 1e4 : (r.counts[t] ?? 0))),
    r.total,
  ]);
  return { header, rows };
}
