import { notFound } from "next/navigation";
import { ChartDataTable, chartCsv } from "@/components/charts/chart-data-table";
import { ChartEmptyState } from "@/components/charts/chart-empty-state";
import { ChartClaimsAndFilters } from "@/components/charts/chart-claims-and-filters";
import { ChartPageHeader } from "@/components/charts/chart-page-header";
import { InvestmentsChart } from "@/components/charts/investments-chart";
import { InvestmentsTable } from "@/components/charts/investments-table";
import { tooltipChart } from "@/lib/domain/chart-investments";
import { getInvestmentsPageChart } from "@/lib/data/charts";
import { findLabs } from "@/lib/data/labs";
import { isLocale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { chartQueryString, parseChartFiltersLenient } from "@/lib/validation/chart-filters";
import { titledPage } from "@/lib/i18n/page-metadata";

const PATH = "/charts/investments";

export const generateMetadata = titledPage(chartsMessages, (t) => t.index.investments.title);

export default async function InvestmentsChartPage({
  params,
  searchParams,
}: PageProps<"/[locale]/charts/investments">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const filters = parseChartFiltersLenient(await searchParams);
  const [chart, labs] = await Promise.all([getInvestmentsPageChart(filters), findLabs(filters.asOf)]);
  const t = chartsMessages[locale];
  const query = chartQueryString(filters);
  const empty = chart.segments.length === 0 && chart.deals.length === 0;
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
          <InvestmentsChart data={tooltipChart(chart)} locale={locale} />
          {chart.excludedCount > 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="excluded-note">
              {t.investments.excluded(chart.excludedCount)}
            </p>
          ) : null}
          <ChartDataTable locale={locale} {...chartCsv("investments", query)}>
            <InvestmentsTable chart={chart} locale={locale} />
          </ChartDataTable>
        </>
      )}
    </div>
  );
}
