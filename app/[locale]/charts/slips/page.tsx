import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ChartDataTable, chartCsv } from "@/components/charts/chart-data-table";
import { ChartEmptyState } from "@/components/charts/chart-empty-state";
import { ChartFilterForm } from "@/components/charts/chart-filter-form";
import { ChartPageHeader } from "@/components/charts/chart-page-header";
import { SlipModelChart } from "@/components/charts/slip-chart";
import { SlipTable } from "@/components/charts/slip-table";
import { Pager } from "@/components/ui/pager";
import { getSlipChartPage } from "@/lib/data/charts";
import { findLabs } from "@/lib/data/labs";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { describeSlip } from "@/lib/domain/slip";
import { isLocale, localePath } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { chartQueryString, parseChartFiltersLenient } from "@/lib/validation/chart-filters";
import { SLUG } from "@/lib/validation/params";
import { titledPage } from "@/lib/i18n/page-metadata";

const PATH = "/charts/slips";

export const generateMetadata = titledPage(chartsMessages, (t) => t.index.slips.title);

export default async function SlipChartPage({ params, searchParams }: PageProps<"/[locale]/charts/slips">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const sp = await searchParams;
  const filters = parseChartFiltersLenient(sp);
  // The page cursor: the last model of the previous page (a slug; anything else is the first page).
  const after =
    typeof sp.after === "string" && sp.after.length <= 100 && SLUG.test(sp.after) ? sp.after : undefined;
  // "Today" is the asOf day, or the real today read at request time: connection() keeps the
  // clock out of Next's prerender pass, which otherwise logged an "unstable value new Date()"
  // error on every request (issue 12).
  if (!filters.asOf) await connection();
  const today = filters.asOf ?? todayIso();
  const [chart, labs] = await Promise.all([
    getSlipChartPage(filters, today, { after }),
    findLabs(filters.asOf),
  ]);
  const t = chartsMessages[locale];
  const query = chartQueryString(filters);
  const pageHref = (extra: Record<string, string | undefined>) => {
    const q = chartQueryString(filters, extra);
    return localePath(locale, q ? `${PATH}?${q}` : PATH);
  };
  return (
    <div className="space-y-6">
      <ChartPageHeader locale={locale} title={t.slips.title} intro={t.slips.intro} asOf={filters.asOf} />
      <ChartFilterForm locale={locale} path={PATH} labs={labs} filters={filters} />
      {chart.models.length === 0 ? (
        <ChartEmptyState locale={locale} path={PATH} />
      ) : (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="slip-range">
            {t.slips.range(chart.start + 1, chart.start + chart.models.length, chart.total)}
          </p>
          <ol className="space-y-6">
            {chart.models.map((m) => (
              <li key={m.model.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <h2 className="text-lg font-semibold">
                  <Link
                    href={localePath(locale, `/models/${m.model.slug}`)}
                    className="underline-offset-2 hover:underline"
                  >
                    {m.model.name}
                  </Link>{" "}
                  <span className="text-sm font-normal text-zinc-700 dark:text-zinc-300">
                    (
                    <Link
                      href={localePath(locale, `/labs/${m.lab.slug}`)}
                      className="underline-offset-2 hover:underline"
                    >
                      {m.lab.name}
                    </Link>
                    )
                  </span>
                </h2>
                <p className="text-sm" data-testid="slip-summary">
                  {describeSlip(m.slip, locale)}
                  {m.slip.overdueDays > 0 ? ` · ${t.slips.overdue(m.slip.overdueDays)}` : ""}
                </p>
                <SlipModelChart
                  model={m}
                  domain={chart.domain}
                  today={chart.today}
                  isAsOf={Boolean(filters.asOf)}
                  locale={locale}
                />
              </li>
            ))}
          </ol>
          <Pager
            olderHref={chart.nextAfter ? pageHref({ after: chart.nextAfter }) : null}
            newestHref={after ? pageHref({}) : null}
            olderLabel={t.slips.more}
            newestLabel={t.slips.first}
          />
          <ChartDataTable locale={locale} {...chartCsv("slips", query)}>
            <SlipTable chart={chart} locale={locale} />
          </ChartDataTable>
        </>
      )}
    </div>
  );
}
