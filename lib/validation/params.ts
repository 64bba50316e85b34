import "@/lib/validation/zod-config";
import { z } from "zod";
import { decodeCursor } from "@/lib/domain/cursor";
import { INT4_MAX, MAX_YEAR, MIN_YEAR, isIsoDay, stripControlCharacters } from "@/lib/domain/input-bounds";

/** Building blocks for query-string schemas shared by the API and the pages. */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(SLUG, "must be a lowercase-hyphenated slug").max(64);

export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(isIsoDay, `is not a real calendar day between ${MIN_YEAR} and ${MAX_YEAR}`);

/** A record id as it arrives from a URL, form or action argument: a positive int4. */
export const idSchema = z.coerce.number().int().positive().max(INT4_MAX);

/** Free text for search boxes and filters: control characters stripped, trimmed, length-capped. */
export const searchTextSchema = (max = 200) =>
  z
    .string()
    .transform(stripControlCharacters)
    .pipe(z.string().trim().max(max, `must be at most ${max} characters`));

/** An opaque list cursor: accepted only when it decodes to a cursor this app hands out. */
export const cursorSchema = z
  .string()
  .max(300)
  .refine((c) => decodeCursor(c) !== null, "is not a cursor this list gave out");

/** `?lab=meta&lab=xai` and `?lab=meta,xai` both give ["meta","xai"]. */
export function toList(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return raw
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** A repeated parameter; strict mode rejects bad items, lenient mode drops them. */
export function listParam<T extends z.ZodType<string>>(item: T, opts: { lenient: boolean; max?: number }) {
  const max = opts.max ?? 20;
  if (opts.lenient) {
    // Keep the valid items (deduplicated), drop the rest: a stale link still shows what it can.
    const keepValid = (v: unknown) =>
      [...new Set(toList(v).filter((s) => item.safeParse(s).success))].slice(0, max);
    return z.preprocess(keepValid, z.array(item));
  }
  return z.preprocess(toList, z.array(item).max(max));
}

/** URLSearchParams or Next's searchParams object → a plain record with arrays for repeats. */
export function paramsToRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      out[key] = all.length === 1 ? (all[0] as string) : all;
    }
    return out;
  }
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The first value of a possibly repeated parameter. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** One query param (the first if repeated), optional; lenient: a bad value reads as absent. */
export function singleParam<T extends z.ZodType>(schema: T, lenient: boolean) {
  return lenient
    ? z.preprocess(first, schema.optional()).catch(undefined)
    : z.preprocess(first, schema.optional());
}

/** A list's free-text search (the `q` of articles and events). */
export const searchParam = (lenient: boolean) => singleParam(searchTextSchema(200), lenient);

/** A list's day range and its as-of day, each an optional ISO day. */
export const dayParams = (lenient: boolean) => ({
  from: singleParam(isoDaySchema, lenient),
  to: singleParam(isoDaySchema, lenient),
  asOf: singleParam(isoDaySchema, lenient),
});

/** A keyset page: its size (1 to 100, 20 unless given; lenient: a bad one reads as 20) and cursor. */
export const pageParams = (lenient: boolean) => ({
  limit: lenient
    ? z.preprocess(first, z.coerce.number().int().min(1).max(100)).catch(20)
    : z.preprocess(first, z.coerce.number().int().min(1).max(100).default(20)),
  cursor: singleParam(cursorSchema, lenient),
});
