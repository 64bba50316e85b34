import type { FuzzyDate, IsoDay } from "../fuzzy-date.types";

/**
 * The contract of the extraction assistant ("Suggest from text"): pure code, no network, no
 * model weights. The admin form, the import CLI and `npm run extract` all call `extractFromText`.
 */

export type ExtractEventType =
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

export type ExtractQualifier = "exact" | "about" | "up_to" | "more_than" | "at_least" | "almost";

/** A lab or model the database knows, with the names it may appear under. */
export interface KnownEntity {
  slug: string;
  name: string;
  aliases: string[];
  /** for models: the lab's slug */
  lab?: string;
}

/** An existing event a proposal may be a re-report of. */
export interface ExistingEventRef {
  id: number;
  type: ExtractEventType;
  lab: string;
  model: string | null;
  occurred: FuzzyDate;
  amountUsd: number | null;
  percent: number | null;
  headcount: number | null;
  title: string;
}

export interface ExtractContext {
  labs: KnownEntity[];
  models: KnownEntity[];
  /** detected from the text when absent */
  lang?: "de" | "en";
  /** publication day; relative dates ("am Donnerstag", "Herbst") resolve against it */
  articleDate?: IsoDay;
  existingEvents?: ExistingEventRef[];
}

export interface ExtractedEvent {
  type: ExtractEventType;
  /** slug of a known lab, or null when the subject is unknown (see labName) */
  lab: string | null;
  /** the name as written when the lab is not in the database */
  labName: string | null;
  model: string | null;
  modelName: string | null;
  amountUsd: number | null;
  amountQualifier: ExtractQualifier | null;
  percent: number | null;
  headcount: number | null;
  headcountQualifier: ExtractQualifier | null;
  occurred: FuzzyDate | null;
  /** the outlet or person the article attributes the claim to ("Wall Street Journal") */
  reportedBy: string | null;
  /** the sentence the proposal came from, verbatim from the cleaned text */
  quote: string;
  /** 0–1, how sure the cue-word rules are */
  confidence: number;
  /** an existing event this re-reports: cite it instead of creating a duplicate */
  matchesEventId: number | null;
}

export interface ExtractionResult {
  language: "de" | "en";
  cleanedText: string;
  /** slugs of known labs / models mentioned */
  labs: string[];
  models: string[];
  /** names that look like labs / models but are not in the database */
  unknownLabs: string[];
  unknownModels: string[];
  events: ExtractedEvent[];
}

export type ExtractFromText = (text: string, ctx: ExtractContext) => ExtractionResult;
