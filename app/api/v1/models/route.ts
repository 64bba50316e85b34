// GET /api/v1/models — every model with its lab and current status: { items } (asOf: as known then).
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { AsOfQuerySchema } from "@/lib/api/query-schemas";
import { withQuery } from "@/lib/api/route-shapes";
import { findModels } from "@/lib/data/models";

export async function GET(request: NextRequest) {
  return withQuery(request, AsOfQuerySchema, async ({ asOf }) =>
    jsonWithEtag(request, { items: await findModels(asOf) }),
  );
}
