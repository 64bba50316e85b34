/** Ordering and questions about FuzzyDates (overlap, containment, midpoint) and a runtime guard. */
import { DATE_PRECISIONS, type FuzzyDate, type IsoDay } from "../fuzzy-date.types";
import { dayNumber, fromDayNumber, isIsoDay, requireYmd } from "./calendar";

/** Orders by earliest day, then latest day; a closed period sorts before its open-ended twin. */
export function compareFuzzyDate(a: FuzzyDate, b: FuzzyDate): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  if (a.openEnd !== b.openEnd) return a.openEnd ? 1 : -1;
  return 0;
}

/** The middle day of the named period (rounded down); charts plot a fuzzy date here. */
export function fuzzyMidpoint(d: FuzzyDate): IsoDay {
  const a = dayNumber(d.from);
  const b = dayNumber(d.to);
  return fromDayNumber(Math.floor((a + b) / 2));
}

/** An open end extends a period indefinitely, since the real date may lie anywhere after `to`. */
export function overlaps(a: FuzzyDate, b: FuzzyDate): boolean {
  const aEndsBeforeB = !a.openEnd && a.to < b.from;
  const bEndsBeforeA = !b.openEnd && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** Whether `day` is possible under `d` (an open end admits any later day). */
export function fuzzyContains(d: FuzzyDate, day: IsoDay): boolean {
  requireYmd(day);
  return day >= d.from && (d.openEnd || day <= d.to);
}

/** Runtime guard for values coming from JSON or the database. */
export function isFuzzyDate(x: unknown): x is FuzzyDate {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    isIsoDay(r.from) &&
    isIsoDay(r.to) &&
    r.from <= r.to &&
    typeof r.precision === "string" &&
    (DATE_PRECISIONS as readonly string[]).includes(r.precision) &&
    typeof r.openEnd === "boolean" &&
    typeof r.text === "string"
  );
}
