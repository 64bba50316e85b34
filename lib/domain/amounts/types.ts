/** What the amount parsers return. */
import type { Qualifier } from "../vocabulary";

/** "OTHER": yuan, pounds, francs, Hong Kong dollars …: money, but never a dollar figure */
export type Currency = "USD" | "EUR" | "OTHER";
export type AmountQualifier = Qualifier;
export type NumberLang = "de" | "en";
export type NumberLocale = "en" | "de";

export interface AmountMatch {
  /** in units of the currency, e.g. 72e9 for "72 Milliarden US-Dollar" */
  value: number;
  /** null when the text names a scale but no currency ("100 Millionen") */
  currency: Currency | null;
  qualifier: AmountQualifier;
  /** the matched phrase, qualifier included */
  text: string;
  /** offset of `text` in the input */
  index: number;
}

export interface PercentMatch {
  /** signed only when the text writes a sign ("−2,2 %"); see signedPercentFromContext */
  value: number;
  qualifier: AmountQualifier;
  text: string;
  index: number;
}

export interface HeadcountMatch {
  value: number;
  qualifier: AmountQualifier;
  text: string;
  index: number;
}
