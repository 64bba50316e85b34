import type { DatePrecision, FuzzyDate } from "../../lib/domain/fuzzy-date.types";

/**
 * The shape of Slipwatch's seed data. Everything here is reviewed like code: each event names
 * the article sentences (verbatim) that support it, and tests check every quote and every number
 * against the article texts in ./articles.
 */

export type EventTypeId =
  | "delay"
  | "benchmark_underperformance"
  | "architecture_problem"
  | "departure"
  | "layoff"
  | "investment"
  | "acquisition"
  | "hiring"
  | "stock_move"
  | "controversy"
  | "other";
export type ClaimStatusId = "rumoured" | "reported" | "confirmed" | "denied" | "retracted";
export type CitationRoleId = "first_report" | "re_report" | "follow_up" | "company_response" | "context";
export type AttributionId =
  "own_reporting" | "relays_outlet" | "anonymous_sources" | "official_statement" | "named_source";
export type QualifierId = "exact" | "about" | "up_to" | "more_than" | "at_least" | "almost";
export type AmountKindId =
  | "capex"
  | "investment"
  | "deal_value"
  | "compensation"
  | "market_cap"
  // Added for the starter pack (issue 9 §3): roles an amount can play besides the first five.
  | "valuation"
  | "revenue"
  | "settlement"
  | "fine"
  | "share_price"
  | "stake"
  | "other";
export type ModelStatusId = "announced" | "in_development" | "delayed" | "released" | "shelved";

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
  status: ModelStatusId;
  description?: string;
  history: { status: ModelStatusId; at: FuzzyDate; article?: string; note?: string }[];
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
  role: CitationRoleId;
  /** verbatim from the cleaned article text */
  quote: string;
  attribution: AttributionId;
  attributedTo?: string;
}

export interface SeedEvent {
  key: string;
  type: EventTypeId;
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
  amountQualifier?: QualifierId;
  amountKind?: AmountKindId;
  percent?: number;
  headcount?: number;
  headcountQualifier?: QualifierId;
  status: ClaimStatusId;
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
