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
