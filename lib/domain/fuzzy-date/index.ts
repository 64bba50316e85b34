/**
 * Fuzzy dates: a reported date is rarely a day ("Ende April", "Herbst oder später", "Q3 2025").
 * calendar.ts — ISO-day arithmetic; periods.ts — each named period's first and last day;
 * construct.ts — one constructor per precision; compare.ts — ordering and overlap;
 * format.ts — words in English and German; parse.ts — reading phrases back.
 */
export { DATE_PRECISIONS } from "../fuzzy-date.types";
export type { DatePrecision, FuzzyDate, IsoDay } from "../fuzzy-date.types";
export type { DateLocale, Half, MonthPart, ParseFuzzyDateOptions, Quarter, Season } from "./types";
export { addDays, daysBetween, daysInMonth, isIsoDay, isoOf, isoWeekday, requireYmd, todayIso } from "./calendar";
export * from "./construct";
export { compareFuzzyDate, fuzzyContains, fuzzyMidpoint, isFuzzyDate, overlaps } from "./compare";
export { formatFuzzyDate } from "./format";
export { parseFuzzyDate } from "./parse";
