// GET /api/v1/models/:slug — a model with its lifecycle and reported release commitments.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, SlugParamSchema } from "@/lib/api/query-schemas";
import { getModelBySlug } from "@/lib/data/models";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/models/[slug]">) {
  await atRequestTime();
  const { slug } = await ctx.params;
  const slugResult = SlugParamSchema.safeParse(slug);
  if (!slugResult.success) return notFound(`Model "${slug}"`);
  const parsed = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const model = await getModelBySlug(slugResult.data, parsed.data.asOf);
  return model ? jsonWithEtag(request, model) : notFound(`Model "${slug}"`);
}
