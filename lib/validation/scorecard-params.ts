import { z } from "zod";
import "@/lib/validation/zod-config";
import { SCORECARD_SORTS } from "@/lib/domain/scorecard";
import { first, listParam, slugSchema } from "@/lib/validation/params";

/**
 * Search params of the /slips leaderboard and the /compare page that the shared reader filters
 * (lib/validation/reader-filters: asOf, claims) do not cover. Lenient: a bad value shows the
 * default view, never an error.
 */
export const MAX_COMPARED_LABS = 4;

export const SlipsPageParamsSchema = z.object({
  sort: z.preprocess(first, z.enum(SCORECARD_SORTS)).catch("kept"),
});

export const CompareParamsSchema = z.object({
  // Valid, distinct slugs in the order given; more than four are noted and cut (the page says so).
  lab: listParam(slugSchema, { lenient: true, max: 20 }).catch([]),
});

export function parseSlipsParams(raw: Record<string, string | string[] | undefined>) {
  return SlipsPageParamsSchema.parse(raw);
}

export function parseCompareParams(raw: Record<string, string | string[] | undefined>): {
  labs: string[];
  truncated: boolean;
} {
  const { lab } = CompareParamsSchema.parse(raw);
  return { labs: lab.slice(0, MAX_COMPARED_LABS), truncated: lab.length > MAX_COMPARED_LABS };
}
