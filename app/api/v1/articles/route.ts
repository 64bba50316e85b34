// GET /api/v1/articles — published articles, newest first, filtered (lang, publisher, lab, from,
// to, asOf) and paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag } from "@/lib/api/http";
import { ArticleListQuerySchema } from "@/lib/api/query-schemas";
import { findArticles } from "@/lib/data/articles";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = ArticleListQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return jsonWithEtag(request, await findArticles(parsed.data));
}
