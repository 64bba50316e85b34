// GET /api/v1/charts/investments — capex/investment per lab and year (counted per event) and the
// acquisitions and stakes, as JSON or with format=csv as the CSV the chart page offers.
import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/api/csv";
import { atRequestTime, badRequest, json } from "@/lib/api/http";
import { getInvestmentsChart } from "@/lib/data/charts";
import { toCsv } from "@/lib/domain/csv";
import { INVESTMENTS_CSV_HEADER, investmentsCsvRows } from "@/lib/domain/chart-investments";
import { ChartFormatSchema, parseChartFiltersStrict } from "@/lib/validation/chart-filters";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest) {
  await atRequestTime();
  const record = paramsToRecord(request.nextUrl.searchParams);
  const format = ChartFormatSchema.safeParse(record.format);
  if (!format.success) return badRequest(format.error);
  const filters = parseChartFiltersStrict(record);
  if (!filters.success) return badRequest(filters.error);
  const chart = await getInvestmentsChart(filters.data);
  if (format.data === "csv")
    return csvResponse("slipwatch-investments.csv", toCsv(INVESTMENTS_CSV_HEADER, investmentsCsvRows(chart)));
  return json(chart);
}
