// GET /api/v1/charts/investments — capex/investment per lab and year (counted per event) and the
// acquisitions and stakes, as JSON or with format=csv as the CSV the chart page offers.
import type { NextRequest } from "next/server";
import { chartResponse } from "@/lib/api/chart-response";
import { getInvestmentsChart } from "@/lib/data/charts";
import { INVESTMENTS_CSV_HEADER, investmentsCsvRows } from "@/lib/domain/chart-investments";

export async function GET(request: NextRequest) {
  return chartResponse(request, {
    read: (filters) => getInvestmentsChart(filters),
    csv: (chart) => ({
      fileName: "slipwatch-investments.csv",
      header: INVESTMENTS_CSV_HEADER,
      rows: investmentsCsvRows(chart),
    }),
  });
}
