// GET /api/v1/labs — every lab with its number of events: { items: [{ slug, name, eventCount }] }
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag } from "@/lib/api/http";
import { AsOfQuerySchema } from "@/lib/api/query-schemas";
import { findLabs } from "@/lib/data/labs";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return jsonWithEtag(request, { items: await findLabs(parsed.data.asOf) });
}
