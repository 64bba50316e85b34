// GET /api/v1/search?q= — full-text search over published articles (German and English stemming)
// with highlighted snippets, paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag } from "@/lib/api/http";
import { SearchQuerySchema } from "@/lib/api/query-schemas";
import { searchArticles } from "@/lib/data/articles";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = SearchQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const { q, ...filters } = parsed.data;
  return jsonWithEtag(request, await searchArticles(q, filters));
}
