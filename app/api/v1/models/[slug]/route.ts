// GET /api/v1/models/:slug — a model with its lifecycle and reported release commitments.
import type { NextRequest } from "next/server";
import { recordBySlug } from "@/lib/api/route-shapes";
import { getModelBySlug } from "@/lib/data/models";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/models/[slug]">) {
  const { slug } = await ctx.params;
  return recordBySlug(request, slug, "Model", getModelBySlug);
}
