/**
 * Groups a time-ordered list of events by the month they happened in. A fuzzy date that spans
 * more than one month ("fall 2025 or later", "2024", "2023 – May 2025") is not squeezed into a
 * fake month: it forms its own group named by its own period, so the timeline shows dates as
 * what they are.
 */
import type { FuzzyDate } from "./fuzzy-date.types";

export interface TimelineGroup<T> {
  /** "2025-05" for a month, "2025-09-01..2025-11-30+" for a wider period */
  key: string;
  /** the period the group stands for: a whole month, or the events' own wider date */
  period: FuzzyDate;
  items: T[];
}

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

export function periodOf(d: FuzzyDate): { key: string; period: FuzzyDate } {
  const fromMonth = d.from.slice(0, 7);
  if (!d.openEnd && fromMonth === d.to.slice(0, 7)) {
    const year = Number(d.from.slice(0, 4));
    const month = Number(d.from.slice(5, 7));
    return {
      key: fromMonth,
      period: {
        from: `${fromMonth}-01`,
        to: monthEnd(year, month),
        precision: "month",
        openEnd: false,
        text: "",
      },
    };
  }
  return { key: `${d.from}..${d.to}${d.openEnd ? "+" : ""}`, period: d };
}

/** Consecutive items with the same period share a group; order is kept as given. */
export function groupByPeriod<T>(items: readonly T[], dateOf: (item: T) => FuzzyDate): TimelineGroup<T>[] {
  const groups: TimelineGroup<T>[] = [];
  for (const item of items) {
    const { key, period } = periodOf(dateOf(item));
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, period, items: [item] });
  }
  return groups;
}
