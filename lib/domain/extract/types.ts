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

/** The role an amount plays in its sentence; only the role that fits the event type becomes its amount. */
export type ExtractAmountKind =
  | "capex"
  | "multi_year_plan"
  | "investment"
  | "deal_value"
  | "compensation"
  | "market_cap"
  | "valuation"
  | "revenue"
  | "settlement"
  | "fine"
  | "share_price"
  | "stake"
  | "other";

/** A lab or model the database knows, with the names it may appear under. */
export interface KnownEntity {
  slug: string;
  name: string;
  aliases: string[];
  /** for models: the lab's slug */
  lab?: string;
  /** for models: the family it belongs to ("Llama 4"); a family mention names the lab, not a model */
  family?: string;
  /** known from the knowledge base only, not stored yet: accepting a proposal creates it */
  fromKnowledgeBase?: boolean;
  /** names that are also everyday words ("Harvey", "Writer"): trusted only beside a clear mention */
  ordinaryWord?: string[];
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
  /** the other lab of a deal, hire or departure; a proposal naming a different one is another event */
  counterparty?: string | null;
}

export interface ExtractContext {
  labs: KnownEntity[];
  models: KnownEntity[];
  /** detected from the text when absent */
  lang?: "de" | "en";
  /** publication day; relative dates ("am Donnerstag", "Herbst") resolve against it */
  articleDate?: IsoDay;
  existingEvents?: ExistingEventRef[];
  /** also match the knowledge base's organisations and models (lib/domain/knowledge); default true */
  useKnowledgeBase?: boolean;
  /** known outlets, so "Wall Street Journal" is reported as "The Wall Street Journal" */
  publishers?: { name: string; aliases?: string[] }[];
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
  /** upper bound when the text gives a range ("2 bis 3 Milliarden"); amountUsd is the lower */
  amountUsdMax?: number | null;
  /** what the amount is: the deal's value, a pay package, a fine … */
  amountKind?: ExtractAmountKind | null;
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
  /** the other lab in a deal, hire or departure (Scale AI in "Meta buys 49% of Scale AI") */
  counterparty?: string | null;
  counterpartyName?: string | null;
  /** true when the text gives no date and `occurred` is the month of the article (a guess) */
  occurredInferred?: boolean;
  /**
   * background, not news: an earlier year's fact or one given as context ("X, which has already
   * put $N billion into Y"). Shown to the editor under "background", not proposed by default.
   */
  background?: boolean;
  /** the lab is not in the database: from the knowledge base, or a name in an organisation context */
  labIsNew?: boolean;
  /** for delays: the release dates the text reports as planned, in the order they were held */
  plannedDates?: FuzzyDate[];
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
  /** the outlet the article relays most often ("berichtet das Wall Street Journal"), if any */
  primarySource?: string | null;
}

export type ExtractFromText = (text: string, ctx: ExtractContext) => ExtractionResult;
