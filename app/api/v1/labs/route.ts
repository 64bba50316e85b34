// GET /api/v1/labs — every lab with its number of events: { items: [{ slug, name, eventCount }] }
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { AsOfQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { findLabs } from "@/lib/data/labs";

export async function GET(request: NextRequest) {
  return withQuery(request, AsOfQuerySchema, async ({ asOf }) =>
    jsonWithEtag(request, { items: await findLabs(asOf) }),
  );
}
