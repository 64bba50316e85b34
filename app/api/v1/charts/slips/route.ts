// GET /api/v1/charts/slips — the slip chart's data (per model, each planned release date as
// reported), as JSON or with format=csv as the CSV the chart page offers; same filters and asOf.
import type { NextRequest } from "next/server";
import { chartResponse } from "@/lib/api/chart-response";
import { getSlipChart } from "@/lib/data/charts";
import { SLIP_CSV_HEADER, slipCsvRows } from "@/lib/domain/chart-slips";
import { todayIso } from "@/lib/domain/fuzzy-date";

export async function GET(request: NextRequest) {
  return chartResponse(request, {
    read: (filters) => getSlipChart(filters, filters.asOf ?? todayIso()),
    csv: (chart) => ({ fileName: "slipwatch-slips.csv", header: SLIP_CSV_HEADER, rows: slipCsvRows(chart) }),
  });
}
