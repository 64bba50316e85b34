// GET /api/v1/labs/:slug — a lab with its aliases, description, models and commitment scorecard (asOf: as known then).
import type { NextRequest } from "next/server";
import { recordBySlug } from "@/lib/api/route-shapes";
import { getLabBySlug } from "@/lib/data/labs";
import { getLabScorecard } from "@/lib/data/scorecards";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { scorecardJson } from "@/lib/i18n/scorecard-rule";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/labs/[slug]">) {
  const { slug } = await ctx.params;
  return recordBySlug(request, slug, "Lab", async (lab, asOf) => {
    const [found, scorecard] = await Promise.all([
      getLabBySlug(lab, asOf),
      getLabScorecard(lab, { asOf, today: asOf ?? todayIso() }),
    ]);
    return found && scorecard ? { ...found, scorecard: scorecardJson(scorecard) } : null;
  });
}
