import { z } from "zod";
import "@/lib/validation/zod-config";
import { CLAIM_STATUSES, EVENT_TYPES } from "@/lib/domain/vocabulary";
import { CLAIM_SCOPES } from "@/lib/domain/claim-status";
import { LANGUAGES } from "@/lib/validation/article-filters";
import {
  cursorSchema,
  first,
  isoDaySchema,
  listParam,
  paramsToRecord,
  searchTextSchema,
  slugSchema,
} from "@/lib/validation/params";

/**
 * The filters every reader page shares, parsed leniently: a bad or stale value is dropped and the
 * page shows the default view, never an error. Pages read only the fields they use.
 */
const single = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const ReaderFiltersSchema = z
  .object({
    lab: listParam(slugSchema, { lenient: true }),
    type: listParam(z.enum(EVENT_TYPES), { lenient: true }),
    status: listParam(z.enum(CLAIM_STATUSES), { lenient: true }),
    lang: listParam(z.enum(LANGUAGES), { lenient: true }),
    publisher: listParam(slugSchema, { lenient: true }),
    from: single(isoDaySchema),
    to: single(isoDaySchema),
    asOf: single(isoDaySchema),
    q: single(searchTextSchema(200)),
    // "all" includes denied and retracted claims in counts, figures and charts (issue 10 §4).
    claims: single(z.enum(CLAIM_SCOPES)),
    cursor: single(cursorSchema),
  })
  .transform((v) => {
    const swapped = v.from && v.to && v.from > v.to ? { from: v.to, to: v.from } : {};
    return { ...v, ...swapped, q: v.q ? v.q : undefined };
  });

export type ReaderFilters = z.output<typeof ReaderFiltersSchema>;

export function parseReaderFilters(
  searchParams: Record<string, string | string[] | undefined>,
): ReaderFilters {
  return ReaderFiltersSchema.parse(paramsToRecord(searchParams));
}

/** The filters back as a query string (without the cursor), e.g. for "Older events" links. */
export function filtersToSearch(
  f: Partial<ReaderFilters>,
  extra: Record<string, string | undefined> = {},
): string {
  const sp = new URLSearchParams();
  for (const key of ["lab", "type", "status", "lang", "publisher"] as const) {
    for (const v of f[key] ?? []) sp.append(key, v);
  }
  for (const key of ["from", "to", "asOf", "q", "claims"] as const) {
    const v = f[key];
    if (v) sp.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v) sp.set(k, v);
    else sp.delete(k);
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}
