/** The vocabulary of fuzzy dates; the value type itself lives in ../fuzzy-date.types (client-safe). */
export { DATE_PRECISIONS } from "../fuzzy-date.types";
import type { IsoDay } from "../fuzzy-date.types";
export type { DatePrecision, FuzzyDate, IsoDay } from "../fuzzy-date.types";

export type MonthPart = "early" | "mid" | "late";
export type Season = "spring" | "summer" | "fall" | "winter";
export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;
export type DateLocale = "en" | "de";

export interface ParseFuzzyDateOptions {
  /** the day the source was published; relative and year-less phrases are read against it */
  reference: IsoDay;
  /**
   * Accepted for symmetry with the other parsers. The German and English vocabularies do not
   * collide, so both are always tried; ambiguous forms (e.g. "05/06/2025") are rejected in
   * either language rather than resolved by a locale guess.
   */
  lang?: "de" | "en";
}
