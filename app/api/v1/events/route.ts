// GET /api/v1/events — events with citations, filtered (lab, type, model, status, from, to, q, asOf)
// and paged by cursor: { items, nextCursor }.
import type { NextRequest } from "next/server";
import { jsonWithEtag } from "@/lib/api/http";
import { withQuery } from "@/lib/api/route-shapes";
import { findEvents } from "@/lib/data/events";
import { EventQuerySchema } from "@/lib/validation/event-filters";

export async function GET(request: NextRequest) {
  return withQuery(request, EventQuerySchema, async (query) =>
    jsonWithEtag(request, await findEvents(query)),
  );
}
