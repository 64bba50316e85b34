// GET /api/v1/labs/:slug — a lab with its aliases, description, models and commitment scorecard (asOf: as known then).
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, SlugParamSchema } from "@/lib/api/query-schemas";
import { getLabBySlug } from "@/lib/data/labs";
import { getLabScorecard } from "@/lib/data/scorecards";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { scorecardJson } from "@/lib/i18n/scorecard-rule";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/labs/[slug]">) {
  await atRequestTime();
  const { slug } = await ctx.params;
  const parsed = SlugParamSchema.safeParse(slug);
  if (!parsed.success) return notFound(`Lab "${slug}"`);
  const query = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const { asOf } = query.data;
  const [lab, scorecard] = await Promise.all([
    getLabBySlug(parsed.data, asOf),
    getLabScorecard(parsed.data, { asOf, today: asOf ?? todayIso() }),
  ]);
  return lab && scorecard ? jsonWithEtag(request, { ...lab, scorecard: scorecardJson(scorecard) }) : notFound(`Lab "${slug}"`);
}
