/** Building FuzzyDates: one constructor per precision, each checking its input (RangeError). */
import type { DatePrecision, FuzzyDate, IsoDay } from "../fuzzy-date.types";
import { requireYmd } from "./calendar";
import { formatFuzzyDate } from "./format";
import {
  halfSpan,
  monthPartSpan,
  monthSpan,
  quarterSpan,
  seasonSpan,
  type Span,
  weekSpan,
  yearPartSpan,
  yearSpan,
} from "./periods";
import type { Half, MonthPart, Quarter, Season } from "./types";

function build(
  [from, to]: Span,
  precision: DatePrecision,
  text: string | undefined,
  openEnd: boolean,
): FuzzyDate {
  const d: FuzzyDate = { from, to, precision, openEnd, text: "" };
  // A value built in code (not read from an article) still needs human words for the UI.
  d.text = text !== undefined ? text.trim() : formatFuzzyDate(d, "en");
  return d;
}

export function fuzzyDay(iso: IsoDay, text?: string, openEnd = false): FuzzyDate {
  requireYmd(iso);
  return build([iso, iso], "day", text ?? iso, openEnd);
}

/** The Monday-to-Sunday week containing `day`. */
export function fuzzyWeek(day: IsoDay, text?: string, openEnd = false): FuzzyDate {
  return build(weekSpan(day), "week", text, openEnd);
}

export function fuzzyMonth(year: number, month: number, text?: string, openEnd = false): FuzzyDate {
  return build(monthSpan(year, month), "month", text, openEnd);
}

export function fuzzyMonthPart(
  year: number,
  month: number,
  part: MonthPart,
  text?: string,
  openEnd = false,
): FuzzyDate {
  return build(monthPartSpan(year, month, part), "month_part", text, openEnd);
}

/** Winter `year` runs from December of `year` to the end of February of `year + 1`. */
export function fuzzySeason(year: number, season: Season, text?: string, openEnd = false): FuzzyDate {
  return build(seasonSpan(year, season), "season", text, openEnd);
}

export function fuzzyQuarter(year: number, quarter: Quarter, text?: string, openEnd = false): FuzzyDate {
  return build(quarterSpan(year, quarter), "quarter", text, openEnd);
}

export function fuzzyHalf(year: number, half: Half, text?: string, openEnd = false): FuzzyDate {
  return build(halfSpan(year, half), "half", text, openEnd);
}

export function fuzzyYear(year: number, text?: string, openEnd = false): FuzzyDate {
  return build(yearSpan(year), "year", text, openEnd);
}

/** "Anfang 2026" / "late 2025": thirds of the year, marked as a plain range (see yearPartSpan). */
export function fuzzyYearPart(year: number, part: MonthPart, text?: string, openEnd = false): FuzzyDate {
  return build(yearPartSpan(year, part), "range", text, openEnd);
}

export function fuzzyRange(from: IsoDay, to: IsoDay, text?: string, openEnd = false): FuzzyDate {
  requireYmd(from);
  requireYmd(to);
  if (from > to) throw new RangeError(`range ends before it starts: ${from} > ${to}`);
  return build([from, to], "range", text, openEnd);
}

/** The same period with "or later" attached. */
export function orLater(d: FuzzyDate, text?: string): FuzzyDate {
  return { ...d, openEnd: true, text: text !== undefined ? text.trim() : d.text };
}
