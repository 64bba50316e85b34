// GET /api/v1/articles/:id — an article with its full text and the events it supports.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { atRequestTime, badRequest, json, notFound } from "@/lib/api/http";
import { getArticleById } from "@/lib/data/articles";
import { first, isoDaySchema, paramsToRecord } from "@/lib/validation/params";

const IdSchema = z.coerce.number().int().positive().max(2_147_483_647);
const ArticleQuery = z.object({ asOf: z.preprocess(first, isoDaySchema.optional()) });

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/articles/[id]">) {
  await atRequestTime();
  const { id } = await ctx.params;
  const idResult = IdSchema.safeParse(id);
  if (!idResult.success) return notFound(`Article "${id}"`);
  const parsed = ArticleQuery.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const article = await getArticleById(idResult.data, parsed.data.asOf);
  return article ? json(article) : notFound(`Article ${id}`);
}
