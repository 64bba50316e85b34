/**
 * Money, percentages and headcounts as they are written in German and English news.
 *
 * The traps: German "Billion" is 10^12 while English "billion" is 10^9; "1,5" and "1.500" swap
 * meaning between the languages; and "Llama 4", "GPT-5" or "2025" are numbers but not amounts.
 * We only report a number as money when a currency or a scale word says so.
 *
 * numbers.ts — shared number reading; money.ts, percent.ts, headcount.ts — one parser each;
 * format.ts — the words the UI shows.
 */
export type {
  AmountMatch,
  AmountQualifier,
  Currency,
  HeadcountMatch,
  NumberLang,
  NumberLocale,
  PercentMatch,
} from "./types";
export { detectNumberLang } from "./numbers";
export { parseAmounts } from "./money";
export { parsePercents, signedPercentFromContext } from "./percent";
export { parseHeadcounts } from "./headcount";
export { formatPercent, formatUsd, formatUsdRange, QUALIFIER_WORDS, qualifierWords } from "./format";
