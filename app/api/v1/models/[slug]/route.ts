// GET /api/v1/models/:slug — a model with its lifecycle and reported release commitments.
import type { NextRequest } from "next/server";
import { SlugParamSchema } from "@/lib/api/query-schemas";
import { recordResponse } from "@/lib/api/route-shapes";
import { getModelBySlug } from "@/lib/data/models";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/models/[slug]">) {
  const { slug } = await ctx.params;
  const what = `Model "${slug}"`;
  return recordResponse(
    request,
    { raw: slug, schema: SlugParamSchema },
    { invalid: what, missing: what },
    getModelBySlug,
  );
}
