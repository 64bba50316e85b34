// GET /api/v1/charts/setbacks — events per month by type (mode=count|share), as JSON or with
// format=csv as the CSV the chart page offers; same filters and asOf as the reader pages.
import type { NextRequest } from "next/server";
import { chartResponse } from "@/lib/api/chart-response";
import { getSetbacksChart } from "@/lib/data/charts";
import { setbacksCsv } from "@/lib/domain/chart-setbacks";
import { SetbackModeSchema } from "@/lib/validation/chart-filters";

export async function GET(request: NextRequest) {
  return chartResponse(request, {
    extra: { param: "mode", schema: SetbackModeSchema },
    read: (filters, mode) => getSetbacksChart(filters, mode),
    csv: (chart, mode) => ({ fileName: `slipwatch-setbacks-${mode}.csv`, ...setbacksCsv(chart) }),
  });
}
