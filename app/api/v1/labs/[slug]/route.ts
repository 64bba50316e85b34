// GET /api/v1/labs/:slug — a lab with its aliases, description and models (asOf: those known then).
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, SlugParamSchema } from "@/lib/api/query-schemas";
import { getLabBySlug } from "@/lib/data/labs";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/labs/[slug]">) {
  await atRequestTime();
  const { slug } = await ctx.params;
  const parsed = SlugParamSchema.safeParse(slug);
  if (!parsed.success) return notFound(`Lab "${slug}"`);
  const query = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const lab = await getLabBySlug(parsed.data, query.data.asOf);
  return lab ? jsonWithEtag(request, lab) : notFound(`Lab "${slug}"`);
}
