import type { Attribution, CitationRole, ClaimStatus, EventType } from "@/lib/data/dto";

/** English labels for enum ids (the German UI will add its own dictionary). */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  delay: "Delay",
  benchmark_underperformance: "Weak benchmarks",
  architecture_problem: "Architecture problem",
  departure: "Departure",
  layoff: "Layoffs",
  investment: "Investment",
  acquisition: "Acquisition / stake",
  hiring: "Hiring",
  stock_move: "Stock move",
  controversy: "Controversy",
  other: "Other",
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  rumoured: "Rumoured",
  reported: "Reported",
  confirmed: "Confirmed",
  denied: "Denied",
  retracted: "Retracted",
};

export const CITATION_ROLE_LABELS: Record<CitationRole, string> = {
  first_report: "First report",
  re_report: "Re-report",
  follow_up: "Follow-up",
  company_response: "Company response",
  context: "Context",
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  own_reporting: "Own reporting",
  relays_outlet: "Relays another outlet",
  anonymous_sources: "Anonymous sources",
  official_statement: "Official statement",
  named_source: "Named source",
};
