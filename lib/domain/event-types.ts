/**
 * The event types, in the order every list, legend and filter shows them. The API uses these ids;
 * the database enum "EventType" has the same values (the schema-drift test keeps that true).
 */
export const EVENT_TYPES = [
  "delay",
  "benchmark_underperformance",
  "architecture_problem",
  "departure",
  "layoff",
  "investment",
  "acquisition",
  "hiring",
  "stock_move",
  "controversy",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Money and talent moves; they have their own chart and never count as setbacks. */
export const MOVE_TYPES = ["investment", "acquisition", "hiring"] as const satisfies readonly EventType[];

/**
 * The types that count as setbacks, everywhere: a lab's figures and status line, comparisons, the
 * setbacks chart and its share card. `other` (lawsuits, fines, outages, scrutiny) and share-price
 * moves are setbacks too.
 */
export const SETBACK_TYPES: readonly EventType[] = EVENT_TYPES.filter(
  (t) => !(MOVE_TYPES as readonly EventType[]).includes(t),
);
