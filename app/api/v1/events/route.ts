// GET /api/v1/events — events with citations, filtered (lab, type, model, status, from, to, q, asOf)
// and paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag } from "@/lib/api/http";
import { findEvents } from "@/lib/data/events";
import { EventQuerySchema } from "@/lib/validation/event-filters";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = EventQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return jsonWithEtag(request, await findEvents(parsed.data));
}
