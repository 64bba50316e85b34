/**
 * Calendar primitives on ISO days. All arithmetic is done on UTC day numbers so that a server in
 * Berlin and a browser in San Francisco agree on which calendar day "2025-05-15" is.
 */
import type { IsoDay } from "../fuzzy-date.types";

const DAY_MS = 86_400_000;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function monthLength(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST edges.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be an integer between ${MIN_YEAR} and ${MAX_YEAR}: ${year}`);
  }
}

export function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer between 1 and 12: ${month}`);
  }
}

export function ymdOf(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return null;
  return { y, m: mo, d };
}

export function requireYmd(iso: string): Ymd {
  const parts = typeof iso === "string" ? ymdOf(iso) : null;
  if (!parts) throw new RangeError(`not a valid calendar day (YYYY-MM-DD): ${String(iso)}`);
  return parts;
}

export function isoOf(y: number, m: number, d: number): IsoDay {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function dayNumber(iso: IsoDay): number {
  const { y, m, d } = requireYmd(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDay(x: unknown): x is IsoDay {
  return typeof x === "string" && ymdOf(x) !== null;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromDayNumber(dayNumber(day) + days);
}

/** Signed number of days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  const js = new Date(dayNumber(day) * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Today's calendar day in UTC; the server's time zone must not shift it. */
export function todayIso(now: Date = new Date()): IsoDay {
  if (Number.isNaN(now.getTime())) throw new RangeError("invalid Date");
  return now.toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  assertYear(year);
  assertMonth(month);
  return monthLength(year, month);
}
