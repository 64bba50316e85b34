// GET /api/v1/models — every model with its lab and current status: { items } (asOf: as known then).
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag } from "@/lib/api/http";
import { AsOfQuerySchema } from "@/lib/api/query-schemas";
import { findModels } from "@/lib/data/models";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return jsonWithEtag(request, { items: await findModels(parsed.data.asOf) });
}
