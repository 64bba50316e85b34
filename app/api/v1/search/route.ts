// GET /api/v1/search?q= — full-text search over published articles (German and English stemming)
// with highlighted snippets, paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { SearchQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { searchArticles } from "@/lib/data/articles";

export async function GET(request: NextRequest) {
  return withQuery(request, SearchQuerySchema, async ({ q, ...filters }) =>
    jsonWithEtag(request, await searchArticles(q, filters)),
  );
}
