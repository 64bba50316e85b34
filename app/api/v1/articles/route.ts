// GET /api/v1/articles — published articles, newest first, filtered (lang, publisher, lab, from,
// to, asOf) and paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { ArticleListQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { findArticles } from "@/lib/data/articles";

export async function GET(request: NextRequest) {
  return withQuery(request, ArticleListQuerySchema, async (query) =>
    jsonWithEtag(request, await findArticles(query)),
  );
}
