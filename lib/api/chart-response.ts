import type { NextRequest } from "next/server";
import type { z } from "zod";
import { csvResponse } from "@/lib/api/csv";
import { atRequestTime, badRequest, json } from "@/lib/api/http";
import type { ChartFilters } from "@/lib/domain/event-query";
import { toCsv, type CsvValue } from "@/lib/domain/csv";
import { ChartFormatSchema, parseChartFiltersStrict } from "@/lib/validation/chart-filters";
import { paramsToRecord } from "@/lib/validation/params";

/** What a chart route's CSV download is: its file name and table. */
export interface ChartCsv {
  fileName: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/**
 * GET of a chart route: `format` (json or csv), the chart's own extra parameter if it has one, then
 * the reader pages' filters — each bad value a 400, in that order — and the chart as JSON or as the
 * CSV the chart page offers.
 */
export async function chartResponse<T, X = undefined>(
  request: NextRequest,
  chart: {
    /** one more query parameter the chart takes (the setbacks chart's `mode`) */
    extra?: { param: string; schema: z.ZodType<X> };
    read: (filters: ChartFilters, extra: X) => Promise<T>;
    csv: (chart: T, extra: X) => ChartCsv;
  },
): Promise<Response> {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ChartFormatSchema.safeParse(record.format);
  if (!format.success) return badRequest(format.error);
  let extra = undefined as X;
  if (chart.extra) {
    const parsed = chart.extra.schema.safeParse(record[chart.extra.param]);
    if (!parsed.success) return badRequest(parsed.error);
    extra = parsed.data;
  }
  const filters = parseChartFiltersStrict(record);
  if (!filters.success) return badRequest(filters.error);
  const data = await chart.read(filters.data, extra);
  if (format.data !== "csv") return json(data);
  const { fileName, header, rows } = chart.csv(data, extra);
  return csvResponse(fileName, toCsv(header, rows));
}
