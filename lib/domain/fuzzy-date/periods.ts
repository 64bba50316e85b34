/**
 * The first and last day of each named period. Constructors wrap these into FuzzyDates, and
 * formatting compares a value against them to find the words it may use; keeping the arithmetic
 * here lets both depend on it without depending on each other. Impossible input throws RangeError.
 */
import type { IsoDay } from "../fuzzy-date.types";
import { addDays, assertMonth, assertYear, isoOf, isoWeekday, monthLength } from "./calendar";
import type { Half, MonthPart, Quarter, Season } from "./types";

export type Span = readonly [from: IsoDay, to: IsoDay];

/** The Monday-to-Sunday week containing `day`. */
export function weekSpan(day: IsoDay): Span {
  const monday = addDays(day, 1 - isoWeekday(day));
  return [monday, addDays(monday, 6)];
}

export function monthSpan(year: number, month: number): Span {
  assertYear(year);
  assertMonth(month);
  return [isoOf(year, month, 1), isoOf(year, month, monthLength(year, month))];
}

const MONTH_PART_DAYS: Record<MonthPart, [number, number | null]> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, null], // null: to the month's last day
};

export function monthPartSpan(year: number, month: number, part: MonthPart): Span {
  assertYear(year);
  assertMonth(month);
  const days = MONTH_PART_DAYS[part];
  if (!days) throw new RangeError(`unknown month part: ${String(part)}`);
  const [first, last] = days;
  return [isoOf(year, month, first), isoOf(year, month, last ?? monthLength(year, month))];
}

export const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/**
 * Meteorological northern-hemisphere seasons. Winter `year` runs from December of `year`
 * to the end of February of `year + 1`, because that is how "Winter 2025/26" is written.
 */
export function seasonSpan(year: number, season: Season): Span {
  assertYear(year);
  const startMonth = SEASON_START_MONTH[season];
  if (!startMonth) throw new RangeError(`unknown season: ${String(season)}`);
  if (season === "winter") {
    assertYear(year + 1);
    return [isoOf(year, 12, 1), isoOf(year + 1, 2, monthLength(year + 1, 2))];
  }
  const endMonth = startMonth + 2;
  return [isoOf(year, startMonth, 1), isoOf(year, endMonth, monthLength(year, endMonth))];
}

export function quarterSpan(year: number, quarter: Quarter): Span {
  assertYear(year);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`quarter must be 1–4: ${quarter}`);
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return [isoOf(year, first, 1), isoOf(year, last, monthLength(year, last))];
}

export function halfSpan(year: number, half: Half): Span {
  assertYear(year);
  if (half !== 1 && half !== 2) throw new RangeError(`half must be 1 or 2: ${String(half)}`);
  return half === 1 ? [isoOf(year, 1, 1), isoOf(year, 6, 30)] : [isoOf(year, 7, 1), isoOf(year, 12, 31)];
}

export function yearSpan(year: number): Span {
  assertYear(year);
  return [isoOf(year, 1, 1), isoOf(year, 12, 31)];
}

const YEAR_PART_MONTHS: Record<MonthPart, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};

/**
 * "Anfang 2026" / "late 2025". No source defines these, so we use thirds of the year (the same
 * split as month parts); constructors mark the value as a plain range rather than a quarter.
 */
export function yearPartSpan(year: number, part: MonthPart): Span {
  assertYear(year);
  const months = YEAR_PART_MONTHS[part];
  if (!months) throw new RangeError(`unknown year part: ${String(part)}`);
  const [first, last] = months;
  return [isoOf(year, first, 1), isoOf(year, last, monthLength(year, last))];
}
