import { notFound } from "next/navigation";
import { ChartDataTable, chartCsv } from "@/components/charts/chart-data-table";
import { ChartEmptyState } from "@/components/charts/chart-empty-state";
import { ChartClaimsAndFilters } from "@/components/charts/chart-claims-and-filters";
import { ChartPageHeader } from "@/components/charts/chart-page-header";
import { InvestmentsChart } from "@/components/charts/investments-chart";
import { InvestmentsTable } from "@/components/charts/investments-table";
import { investmentsDrawing, investmentsTablePage } from "@/lib/domain/chart-investments-view";
import { getInvestmentsPageChart } from "@/lib/data/charts";
import { findLabs } from "@/lib/data/labs";
import { isLocale, localePath } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { chartQueryString, parseChartFiltersLenient, TableYearLenientSchema } from "@/lib/validation/chart-filters";
import { titledPage } from "@/lib/i18n/page-metadata";

const PATH = "/charts/investments";

export const generateMetadata = titledPage(chartsMessages, (t) => t.index.investments.title);

export default async function InvestmentsChartPage({
  params,
  searchParams,
}: PageProps<"/[locale]/charts/investments">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const raw = await searchParams;
  const filters = parseChartFiltersLenient(raw);
  const year = TableYearLenientSchema.parse(raw.year);
  const [chart, labs] = await Promise.all([getInvestmentsPageChart(filters), findLabs(filters.asOf)]);
  const t = chartsMessages[locale];
  const query = chartQueryString(filters);
  const empty = chart.segments.length === 0 && chart.deals.length === 0;
  // The chart draws every year; a long table shows one year at a time (investmentsTablePage).
  const table = investmentsTablePage(chart, year);
  const yearHref = (y: number) =>
    `${localePath(locale, PATH)}?${chartQueryString(filters, { year: String(y) })}#data-table`;
  return (
    <div className="space-y-6">
      <ChartPageHeader
        locale={locale}
        title={t.investments.title}
        intro={t.investments.intro}
        asOf={filters.asOf}
      />
      <ChartClaimsAndFilters locale={locale} path={PATH} labs={labs} filters={filters} />
      {empty ? (
        <ChartEmptyState locale={locale} path={PATH} />
      ) : (
        <>
          <InvestmentsChart data={investmentsDrawing(chart)} locale={locale} />
          {chart.excludedCount > 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="excluded-note">
              {t.investments.excluded(chart.excludedCount)}
            </p>
          ) : null}
          <ChartDataTable locale={locale} {...chartCsv("investments", query)} open={year !== undefined}>
            <InvestmentsTable page={table} locale={locale} yearHref={yearHref} />
          </ChartDataTable>
        </>
      )}
    </div>
  );
}
