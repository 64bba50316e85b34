// GET /api/v1/articles/:id — an article with its full text and the events it supports.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, IdParamSchema } from "@/lib/api/query-schemas";
import { getArticleById } from "@/lib/data/articles";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/articles/[id]">) {
  await atRequestTime();
  const { id } = await ctx.params;
  const idResult = IdParamSchema.safeParse(id);
  if (!idResult.success) return notFound(`Article "${id}"`);
  const parsed = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const article = await getArticleById(idResult.data, parsed.data.asOf);
  return article ? jsonWithEtag(request, article) : notFound(`Article ${id}`);
}
