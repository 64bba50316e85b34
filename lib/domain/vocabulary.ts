/**
 * The words every layer shares: claim statuses, citation roles, attributions, model statuses,
 * amount qualifiers and kinds (event types live in event-types.ts). The database enums have the
 * same values; the schema-drift test keeps them in step.
 */
export { EVENT_TYPES, type EventType } from "@/lib/domain/event-types";

export const CLAIM_STATUSES = ["rumoured", "reported", "confirmed", "denied", "retracted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CITATION_ROLES = [
  "first_report",
  "re_report",
  "follow_up",
  "company_response",
  "context",
] as const;
export type CitationRole = (typeof CITATION_ROLES)[number];

export const ATTRIBUTIONS = [
  "own_reporting",
  "relays_outlet",
  "anonymous_sources",
  "official_statement",
  "named_source",
] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const MODEL_STATUSES = ["announced", "in_development", "delayed", "released", "shelved"] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const QUALIFIERS = ["exact", "about", "up_to", "more_than", "at_least", "almost"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const AMOUNT_KINDS = [
  "capex",
  // a sum spent over several years ("$1 trillion over the next five years"): no one year's capex
  "multi_year_plan",
  "investment",
  "deal_value",
  "compensation",
  "market_cap",
  "valuation",
  "revenue",
  "settlement",
  "fine",
  "share_price",
  "stake",
  "other",
] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
