// GET /api/v1/scorecards — every lab's commitment scorecard (asOf: plans known then, judged as of that day).
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { ScorecardQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { findScorecards } from "@/lib/data/scorecards";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { sortScorecards } from "@/lib/domain/scorecard";
import { scorecardJson } from "@/lib/i18n/scorecard-rule";

export async function GET(request: NextRequest) {
  return withQuery(request, ScorecardQuerySchema, async ({ asOf, sort }) => {
    const today = asOf ?? todayIso();
    const cards = sortScorecards(await findScorecards({ asOf, today }), sort);
    return jsonWithEtag(request, {
      today,
      asOf: asOf ?? null,
      sort,
      items: cards.map((c) => scorecardJson(c)),
    });
  });
}
