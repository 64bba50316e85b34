// GET /api/v1/charts/slips — the slip chart's data (per model, each planned release date as
// reported), as JSON or with format=csv as the CSV the chart page offers; same filters and asOf.
import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/api/csv";
import { atRequestTime, badRequest, json } from "@/lib/api/http";
import { getSlipChart } from "@/lib/data/charts";
import { toCsv } from "@/lib/domain/csv";
import { SLIP_CSV_HEADER, slipCsvRows } from "@/lib/domain/chart-slips";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { ChartFormatSchema, parseChartFiltersStrict } from "@/lib/validation/chart-filters";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ChartFormatSchema.safeParse(record.format);
  if (!format.success) return badRequest(format.error);
  const filters = parseChartFiltersStrict(record);
  if (!filters.success) return badRequest(filters.error);
  const chart = await getSlipChart(filters.data, filters.data.asOf ?? todayIso());
  if (format.data === "csv") return csvResponse("slipwatch-slips.csv", toCsv(SLIP_CSV_HEADER, slipCsvRows(chart)));
  return json(chart);
}
