// GET /api/v1/exports/events?format=csv|ndjson|json — every event matching the same filters as
// /api/v1/events and the pages, streamed by keyset pages (never all rows in memory).
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest } from "@/lib/api/http";
import { exportResponse } from "@/lib/api/export-response";
import { ExportQuerySchema } from "@/lib/api/query-schemas";
import { iterateEvents } from "@/lib/data/export-rows";
import { eventCsv } from "@/lib/export/csv-shapes";
import { EventQuerySchema } from "@/lib/validation/event-filters";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ExportQuerySchema.safeParse(record);
  if (!format.success) return badRequest(format.error);
  const filters = EventQuerySchema.safeParse(record);
  if (!filters.success) return badRequest(filters.error);
  const { limit: _limit, cursor: _cursor, ...where } = filters.data;
  return exportResponse(iterateEvents(where), format.data.format, eventCsv, "slipwatch-events");
}
