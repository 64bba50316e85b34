/**
 * Calendar months for chart axes and buckets. A month is "YYYY-MM"; days are ISO strings like
 * everywhere in the domain, so nothing here depends on the server's time zone.
 */
import { daysInMonth, isIsoDay, type IsoDay } from "./fuzzy-date";

export type IsoMonth = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isIsoMonth(x: unknown): x is IsoMonth {
  return typeof x === "string" && MONTH.test(x);
}

export function monthOf(day: IsoDay): IsoMonth {
  if (!isIsoDay(day)) throw new RangeError(`not a YYYY-MM-DD day: ${String(day)}`);
  return day.slice(0, 7);
}

function parts(month: IsoMonth): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${String(month)}`);
  return [Number(m[1]), Number(m[2])];
}

export function firstDayOfMonth(month: IsoMonth): IsoDay {
  parts(month);
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDay {
  const [y, m] = parts(month);
  return `${month}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included; empty when `from` is after `to`. */
export function monthsBetween(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  parts(from);
  parts(to);
  const out: IsoMonth[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Milliseconds since the epoch at UTC midnight: the numeric axis value of a day. */
export function dayToTime(day: IsoDay): number {
  if (!isIsoDay(day)) throw new RangeError(`not a YYYY-MM-DD day: ${String(day)}`);
  return Date.parse(`${day}T00:00:00.000Z`);
}

/** Evenly spaced month starts for an axis from `from` to `to`, at most `max` of them. */
export function monthTicks(from: IsoDay, to: IsoDay, max = 8): IsoDay[] {
  const months = monthsBetween(monthOf(from), monthOf(to)).map(firstDayOfMonth).filter((d) => d >= from);
  if (months.length <= max) return months;
  const step = Math.ceil(months.length / max);
  return months.filter((_, i) => i % step === 0);
}
