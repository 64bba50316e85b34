import { z } from "zod";
import "@/lib/validation/zod-config";
import type { ChartFilters } from "@/lib/domain/event-query";
import { EventFiltersLenientSchema, EventQuerySchema } from "@/lib/validation/event-filters";
import { first } from "@/lib/validation/params";

/**
 * The chart pages take the reader pages' filters (lab, type, model, status, from, to, q, asOf)
 * plus the setbacks chart's `mode`. Pages parse leniently (a bad value shows the default chart);
 * the CSV routes strictly, like the rest of the API, since their links come from a parsed page.
 */

export const SETBACK_MODES = ["count", "share"] as const;
export const SetbackModeLenientSchema = z.preprocess(first, z.enum(SETBACK_MODES)).catch("count");
export const SetbackModeSchema = z.preprocess(first, z.enum(SETBACK_MODES).default("count"));

type Parsed = z.output<typeof EventFiltersLenientSchema>;

function toChartFilters(p: Parsed): ChartFilters {
  const out: ChartFilters = {};
  if (p.lab.length) out.lab = p.lab;
  if (p.type.length) out.type = p.type;
  if (p.model.length) out.model = p.model;
  if (p.status.length) out.status = p.status;
  if (p.from) out.from = p.from;
  if (p.to) out.to = p.to;
  if (p.asOf) out.asOf = p.asOf;
  if (p.q) out.q = p.q;
  if (p.claims) out.claims = p.claims;
  return out;
}

export function parseChartFiltersLenient(
  params: Record<string, string | string[] | undefined>,
): ChartFilters {
  return toChartFilters(EventFiltersLenientSchema.parse(params));
}

export function parseChartFiltersStrict(params: Record<string, string | string[]>) {
  const parsed = EventQuerySchema.safeParse(params);
  return parsed.success ? { success: true as const, data: toChartFilters(parsed.data) } : parsed;
}

/** Filters (+ extra params) → "lab=meta&lab=xai&asOf=2025-06-01", in a stable order. */
export function chartQueryString(
  filters: ChartFilters,
  extra: Record<string, string | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const key of ["lab", "type", "model", "status"] as const)
    for (const v of filters[key] ?? []) q.append(key, v);
  for (const key of ["from", "to", "asOf", "q", "claims"] as const) {
    const v = filters[key];
    if (v) q.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, v);
  return q.toString();
}

/** The investments page's table year (`year=2025`); anything else shows the default year. */
export const TableYearLenientSchema = z.preprocess(first, z.coerce.number().int().min(1900).max(2999).optional()).catch(
  undefined,
);

export const ChartFormatSchema = z.preprocess(first, z.enum(["json", "csv"]).default("json"));
