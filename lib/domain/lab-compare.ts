/**
 * Labs side by side (/compare): the per-lab setbacks charts put on one month axis, so the bars line
 * up, and their counts as one table of type × year with a column per lab. Pure: it takes the
 * charts the summary tables already answer (lib/data/charts getSetbacksChart), nothing per event.
 */
import { monthsBetween } from "./chart-months";
import { EVENT_TYPE_ORDER, type ChartEventType, type SetbacksChart } from "./chart-setbacks";

/** Each chart padded with empty months to the range all of them span. */
export function alignSetbacksCharts(charts: readonly SetbacksChart[]): SetbacksChart[] {
  const months = charts.flatMap((c) => c.rows.map((r) => r.month)).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [...charts];
  const axis = monthsBetween(first, last);
  return charts.map((c) => {
    const byMonth = new Map(c.rows.map((r) => [r.month, r]));
    const empty = Object.fromEntries(c.types.map((t) => [t, 0]));
    return {
      ...c,
      rows: axis.map((month) => byMonth.get(month) ?? { month, total: 0, counts: { ...empty }, shares: { ...empty } }),
    };
  });
}

export interface SetbackYearRow {
  type: ChartEventType;
  year: string;
  /** one count per chart, in the order the charts were given */
  counts: number[];
}

/** Counts per type and year, a column per chart; rows where every count is 0 are left out. */
export function setbacksByYear(charts: readonly SetbacksChart[]): SetbackYearRow[] {
  const cells = new Map<string, number[]>();
  charts.forEach((c, i) => {
    for (const r of c.rows) {
      for (const type of c.types) {
        const n = r.counts[type] ?? 0;
        if (!n) continue;
        const key = `${type}|${r.month.slice(0, 4)}`;
        const row = cells.get(key) ?? charts.map(() => 0);
        row[i] = (row[i] ?? 0) + n;
        cells.set(key, row);
      }
    }
  });
  const order = new Map(EVENT_TYPE_ORDER.map((t, i) => [t, i]));
  return [...cells.entries()]
    .map(([key, counts]) => {
      const [type, year] = key.split("|") as [ChartEventType, string];
      return { type, year, counts };
    })
    .sort((a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0) || a.year.localeCompare(b.year));
}
