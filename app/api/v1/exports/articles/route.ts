// GET /api/v1/exports/articles?format=csv|ndjson|json — every published article matching the same
// filters as /api/v1/articles, streamed by keyset pages.
import type { NextRequest } from "next/server";
import { filteredExportResponse } from "@/lib/api/export-response";
import { ArticleListQuerySchema } from "@/lib/api/query-schemas";
import { iterateArticles } from "@/lib/data/export-rows";
import { articleCsv } from "@/lib/export/csv-shapes";

export async function GET(request: NextRequest) {
  return filteredExportResponse(
    request,
    ArticleListQuerySchema,
    iterateArticles,
    articleCsv,
    "slipwatch-articles",
  );
}
