// GET /api/v1/exports/events?format=csv|ndjson|json — every event matching the same filters as
// /api/v1/events and the pages, streamed by keyset pages (never all rows in memory).
import type { NextRequest } from "next/server";
import { filteredExportResponse } from "@/lib/api/export-response";
import { iterateEvents } from "@/lib/data/export-rows";
import { eventCsv } from "@/lib/export/csv-shapes";
import { EventQuerySchema } from "@/lib/validation/event-filters";

export async function GET(request: NextRequest) {
  return filteredExportResponse(request, EventQuerySchema, iterateEvents, eventCsv, "slipwatch-events");
}
