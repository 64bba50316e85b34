// GET /api/v1/charts/setbacks — events per month by type (mode=count|share), as JSON or with
// format=csv as the CSV the chart page offers; same filters and asOf as the reader pages.
import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/api/csv";
import { atRequestTime, badRequest, json } from "@/lib/api/http";
import { getSetbacksChart } from "@/lib/data/charts";
import { toCsv } from "@/lib/domain/csv";
import { setbacksCsv } from "@/lib/domain/chart-setbacks";
import { ChartFormatSchema, parseChartFiltersStrict, SetbackModeSchema } from "@/lib/validation/chart-filters";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ChartFormatSchema.safeParse(record.format);
  if (!format.success) return badRequest(format.error);
  const mode = SetbackModeSchema.safeParse(record.mode);
  if (!mode.success) return badRequest(mode.error);
  const filters = parseChartFiltersStrict(record);
  if (!filters.success) return badRequest(filters.error);
  const chart = await getSetbacksChart(filters.data, mode.data);
  if (format.data === "csv") {
    const { header, rows } = setbacksCsv(chart);
    return csvResponse(`slipwatch-setbacks-${mode.data}.csv`, toCsv(header, rows));
  }
  return json(chart);
}
