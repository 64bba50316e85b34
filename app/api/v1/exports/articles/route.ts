// GET /api/v1/exports/articles?format=csv|ndjson|json — every published article matching the same
// filters as /api/v1/articles, streamed by keyset pages.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest } from "@/lib/api/http";
import { exportResponse } from "@/lib/api/export-response";
import { ArticleListQuerySchema, ExportQuerySchema } from "@/lib/api/query-schemas";
import { iterateArticles } from "@/lib/data/export-rows";
import { articleCsv } from "@/lib/export/csv-shapes";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ExportQuerySchema.safeParse(record);
  if (!format.success) return badRequest(format.error);
  const filters = ArticleListQuerySchema.safeParse(record);
  if (!filters.success) return badRequest(filters.error);
  const { limit: _limit, cursor: _cursor, ...where } = filters.data;
  return exportResponse(iterateArticles(where), format.data.format, articleCsv, "slipwatch-articles");
}
