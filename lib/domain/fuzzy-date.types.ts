/**
 * A reported date is rarely a day: "Ende April", "Herbst oder später", "Q3 2025".
 * We keep it as a closed range of calendar days plus how precise the source was,
 * an open-end flag for "or later", and the source's own words.
 * Days are ISO strings (YYYY-MM-DD) so values are timezone-free and compare lexically.
 */
export const DATE_PRECISIONS = [
  "day",
  "week",
  "month_part", // "Anfang/Mitte/Ende April", "early/mid/late June"
  "month",
  "season",
  "quarter",
  "half",
  "year",
  "range", // any other explicit span
] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar day as YYYY-MM-DD. */
export type IsoDay = string;

export interface FuzzyDate {
  /** earliest day the source allows */
  from: IsoDay;
  /** latest day of the named period (for an open end: the end of the period before "or later") */
  to: IsoDay;
  precision: DatePrecision;
  /** "oder später" / "or later": the real date may lie anywhere after `to` */
  openEnd: boolean;
  /** the source's words, e.g. "Herbst oder später" */
  text: string;
}
