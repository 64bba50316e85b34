import type { DatePrecision, FuzzyDate } from "../../lib/domain/fuzzy-date.types";
// The vocabulary is lib/domain's: the database enums have the same values.
import type * as vocabulary from "../../lib/domain/vocabulary";

/**
 * The shape of Slipwatch's seed data. Everything here is reviewed like code: each event names
 * the article sentences (verbatim) that support it, and tests check every quote and every number
 * against the article texts in ./articles.
 */

export function fuzzy(
  from: string,
  to: string,
  precision: DatePrecision,
  text: string,
  openEnd = false,
): FuzzyDate {
  return { from, to, precision, text, openEnd };
}

export interface SeedPublisher {
  slug: string;
  name: string;
  domain?: string;
  language?: string;
  country?: string;
}

export interface SeedLab {
  slug: string;
  name: string;
  aliases: string[];
  website?: string;
  country?: string;
  description?: string;
}

export interface SeedModel {
  slug: string;
  name: string;
  lab: string;
  family?: string;
  aliases: string[];
  status: vocabulary.ModelStatus;
  description?: string;
  history: { status: vocabulary.ModelStatus; at: FuzzyDate; article?: string; note?: string }[];
}

export interface SeedArticle {
  key: string;
  /** file name in ./articles (a verbatim copy of shared/seeds) */
  file: string;
  title: string;
  author?: string;
  publisher?: string;
  originalReporter?: string;
  language: "de" | "en";
  /** best-known publication date; `text` says how it was established */
  published: FuzzyDate;
  summaryEn: string;
}

export interface SeedCitation {
  article: string;
  role: vocabulary.CitationRole;
  /** verbatim from the cleaned article text */
  quote: string;
  attribution: vocabulary.Attribution;
  attributedTo?: string;
}

export interface SeedEvent {
  key: string;
  type: vocabulary.EventType;
  lab: string;
  model?: string;
  counterparty?: string;
  title: string;
  summary: string;
  /** German title and summary (issue 10 §11); filled from event-texts-de.ts by buildSeedDataset */
  titleDe?: string;
  summaryDe?: string;
  occurred: FuzzyDate;
  amountUsd?: number;
  /** upper bound when the text gives a range ("2 bis 3 Milliarden"); amountUsd is the lower */
  amountUsdMax?: number;
  amountQualifier?: vocabulary.Qualifier;
  amountKind?: vocabulary.AmountKind;
  percent?: number;
  headcount?: number;
  headcountQualifier?: vocabulary.Qualifier;
  status: vocabulary.ClaimStatus;
  citations: SeedCitation[];
}

export interface SeedCommitment {
  model: string;
  sequence: number;
  planned: FuzzyDate;
  /** the article that reported this plan */
  article: string;
  quote: string;
}
