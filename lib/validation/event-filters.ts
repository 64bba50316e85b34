import { z } from "zod";
import "@/lib/validation/zod-config";
import { CLAIM_STATUSES, EVENT_TYPES } from "@/lib/domain/vocabulary";
import { CLAIM_SCOPES } from "@/lib/domain/claim-status";
import {
  dayParams,
  listParam,
  pageParams,
  searchParam,
  singleParam,
  slugSchema,
} from "@/lib/validation/params";

/**
 * Filters for event lists: the API parses them strictly (a bad value is a 400 that names it),
 * the reader pages leniently (a bad or stale value falls back to the default view).
 */

function build(lenient: boolean) {
  const shape = {
    lab: listParam(slugSchema, { lenient }),
    type: listParam(z.enum(EVENT_TYPES), { lenient }),
    model: listParam(slugSchema, { lenient }),
    status: listParam(z.enum(CLAIM_STATUSES), { lenient }),
    ...dayParams(lenient),
    q: searchParam(lenient),
    claims: singleParam(z.enum(CLAIM_SCOPES), lenient),
    ...pageParams(lenient),
  };
  return z.object(shape).transform((v, ctx) => {
    if (v.from && v.to && v.from > v.to) {
      if (lenient) return { ...v, from: v.to, to: v.from };
      ctx.addIssue({ code: "custom", path: ["from"], message: "must not be after `to`" });
    }
    return { ...v, q: v.q ? v.q : undefined };
  });
}

export const EventQuerySchema = build(false);
export const EventFiltersLenientSchema = build(true);
export type EventFilters = z.output<typeof EventQuerySchema>;
