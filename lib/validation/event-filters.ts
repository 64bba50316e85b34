import { z } from "zod";
import "@/lib/validation/zod-config";
import { CLAIM_STATUSES, EVENT_TYPES } from "@/lib/domain/vocabulary";
import { CLAIM_SCOPES } from "@/lib/domain/claim-status";
import {
  cursorSchema,
  first,
  isoDaySchema,
  listParam,
  searchTextSchema,
  slugSchema,
} from "@/lib/validation/params";

/**
 * Filters for event lists: the API parses them strictly (a bad value is a 400 that names it),
 * the reader pages leniently (a bad or stale value falls back to the default view).
 */

function build(lenient: boolean) {
  const single = <T extends z.ZodType>(schema: T) =>
    lenient
      ? z.preprocess(first, schema.optional()).catch(undefined)
      : z.preprocess(first, schema.optional());
  const shape = {
    lab: listParam(slugSchema, { lenient }),
    type: listParam(z.enum(EVENT_TYPES), { lenient }),
    model: listParam(slugSchema, { lenient }),
    status: listParam(z.enum(CLAIM_STATUSES), { lenient }),
    from: single(isoDaySchema),
    to: single(isoDaySchema),
    asOf: single(isoDaySchema),
    q: single(searchTextSchema(200)),
    claims: single(z.enum(CLAIM_SCOPES)),
    limit: lenient
      ? z.preprocess(first, z.coerce.number().int().min(1).max(100)).catch(20)
      : z.preprocess(first, z.coerce.number().int().min(1).max(100).default(20)),
    cursor: single(cursorSchema),
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
