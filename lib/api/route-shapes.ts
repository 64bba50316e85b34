import type { NextRequest } from "next/server";
import type { z } from "zod";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, IdParamSchema, SlugParamSchema } from "@/lib/api/query-schemas";
import { paramsToRecord } from "@/lib/validation/params";

/**
 * The two shapes most /api/v1 GET handlers share — parse the query (a bad one is a 400), read,
 * answer with an ETag — so each route file keeps only what is its own: schema, read and names.
 */

/** A list or document route: the query parsed by `schema`, then `respond` with the parsed value. */
export async function withQuery<S extends z.ZodType>(
  request: NextRequest,
  schema: S,
  respond: (query: z.output<S>, record: Record<string, string | string[]>) => Promise<Response>,
): Promise<Response> {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const parsed = schema.safeParse(record);
  if (!parsed.success) return badRequest(parsed.error);
  return respond(parsed.data, record);
}

/**
 * One record by its path key, as known on `asOf`. A key the schema refuses cannot name a record,
 * so it is a 404 like a missing one (`what` names it in the message), not a 400.
 */
export async function recordResponse<K, T>(
  request: NextRequest,
  key: { raw: string; schema: z.ZodType<K> },
  what: { invalid: string; missing: string },
  read: (key: K, asOf: string | undefined) => Promise<T | null>,
): Promise<Response> {
  await atRequestTime();
  const parsedKey = key.schema.safeParse(key.raw);
  if (!parsedKey.success) return notFound(what.invalid);
  const query = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const record = await read(parsedKey.data, query.data.asOf);
  return record ? jsonWithEtag(request, record) : notFound(what.missing);
}

/** An article or event by its id: `Event "x"` names a malformed id, `Event 7` a missing one. */
export function recordById<T>(
  request: NextRequest,
  raw: string,
  noun: string,
  read: (id: number, asOf: string | undefined) => Promise<T | null>,
): Promise<Response> {
  const what = { invalid: `${noun} "${raw}"`, missing: `${noun} ${raw}` };
  return recordResponse(request, { raw, schema: IdParamSchema }, what, read);
}

/** A lab or model by its slug: `Lab "x"` names it whether malformed or missing. */
export function recordBySlug<T>(
  request: NextRequest,
  raw: string,
  noun: string,
  read: (slug: string, asOf: string | undefined) => Promise<T | null>,
): Promise<Response> {
  const what = `${noun} "${raw}"`;
  return recordResponse(request, { raw, schema: SlugParamSchema }, { invalid: what, missing: what }, read);
}
