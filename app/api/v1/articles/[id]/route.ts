// GET /api/v1/articles/:id — an article with its full text and the events it supports.
import type { NextRequest } from "next/server";
import { recordById } from "@/lib/api/route-shapes";
import { getArticleById } from "@/lib/data/articles";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/articles/[id]">) {
  const { id } = await ctx.params;
  return recordById(request, id, "Article", getArticleById);
}
