import type { NextRequest } from "next/server";
import type { z } from "zod";
import { badRequest } from "@/lib/api/http";
import { ExportQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { CONTENT_TYPES, encodeRows, type CsvShape, type ExportFormat } from "@/lib/export/encode";
import { isDatabaseUnavailable } from "@/lib/http/database-errors";
import { unavailableJson } from "@/lib/http/unavailable";

/**
 * A streamed export as a download: the right type, a file name, and no caching of the bytes.
 * The first row is read before the 200 is sent, so a database that is down gives a 503 instead
 * of a download that starts and is cut off.
 */
export async function exportResponse<T>(
  rows: AsyncIterable<T>,
  format: ExportFormat,
  csv: CsvShape<T>,
  name: string,
): Promise<Response> {
  const iterator = rows[Symbol.asyncIterator]();
  let first: IteratorResult<T>;
  try {
    first = await iterator.next();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableJson();
    throw error;
  }
  let replayed = false;
  const replay: AsyncIterable<T> = {
    [Symbol.asyncIterator]: () => ({
      next: () => {
        if (replayed) return iterator.next();
        replayed = true;
        return Promise.resolve(first);
      },
      return: async (value?: unknown) => (await iterator.return?.(value)) ?? { done: true as const, value: undefined },
    }),
  };
  return new Response(encodeRows(replay, format, csv), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * GET of an export route: `format` and the list's own filters (the same schema as its paged
 * route; either bad is a 400), then every matching row, streamed — paging parameters are ignored.
 */
export async function filteredExportResponse<F extends { limit?: unknown; cursor?: unknown }, T>(
  request: NextRequest,
  filterSchema: z.ZodType<F>,
  rows: (filters: Omit<F, "limit" | "cursor">) => AsyncIterable<T>,
  csv: CsvShape<T>,
  name: string,
): Promise<Response> {
  return withQuery(request, ExportQuerySchema, async ({ format }, record) => {
    const filters = filterSchema.safeParse(record);
    if (!filters.success) return badRequest(filters.error);
    const { limit: _limit, cursor: _cursor, ...where } = filters.data;
    return exportResponse(rows(where), format, csv, name);
  });
}
