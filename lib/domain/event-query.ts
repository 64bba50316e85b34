import type { ClaimScope } from "./claim-status";
import type { EventType } from "./event-types";
import type { ClaimStatus } from "./vocabulary";

/** Already-validated filters (see lib/validation/event-filters); every field optional. */
export interface EventQuery {
  lab?: string[];
  type?: EventType[];
  model?: string[];
  status?: ClaimStatus[];
  from?: string;
  to?: string;
  asOf?: string;
  q?: string;
  /** "counted" leaves denied and retracted claims out (charts and figures default to it); lists show all */
  claims?: ClaimScope;
  limit?: number;
  cursor?: string;
}

/** The filters a chart takes: the event filters without paging. */
export type ChartFilters = Omit<EventQuery, "limit" | "cursor">;
