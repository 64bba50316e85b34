import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { ChartEmptyState } from "@/components/charts/chart-empty-state";
import { ChartClaimsAndFilters } from "@/components/charts/chart-claims-and-filters";
import { ChartPageHeader } from "@/components/charts/chart-page-header";
import { SetbacksChart } from "@/components/charts/setbacks-chart";
import { SetbacksTable } from "@/components/charts/setbacks-table";
import { getSetbacksChart } from "@/lib/data/charts";
import { findLabs } from "@/lib/data/labs";
import { EVENT_TYPE_ORDER } from "@/lib/domain/chart-setbacks";
import { isLocale, localePath } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { commonMessages } from "@/lib/i18n/messages/common";
import { chartQueryString, parseChartFiltersLenient, SETBACK_MODES, SetbackModeLenientSchema } from "@/lib/validation/chart-filters";
import { titledPage } from "@/lib/i18n/page-metadata";

const PATH = "/charts/setbacks";

export const generateMetadata = titledPage(chartsMessages, (t) => t.index.setbacks.title);

export default async function SetbacksChartPage({ params, searchParams }: PageProps<"/[locale]/charts/setbacks">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const raw = await searchParams;
  const filters = parseChartFiltersLenient(raw);
  const mode = SetbackModeLenientSchema.parse(raw.mode);
  const [chart, labs] = await Promise.all([getSetbacksChart(filters, mode), findLabs(filters.asOf)]);
  const t = chartsMessages[locale];
  const typeNames = commonMessages[locale].eventTypes;
  const chosenTypes = new Set(filters.type ?? []);
  const modeQuery = (m: string) => chartQueryString(filters, { mode: m === "count" ? undefined : m });
  const csvQuery = chartQueryString(filters, { mode, format: "csv" });
  return (
    <div className="space-y-6">
      <ChartPageHeader locale={locale} title={t.setbacks.title} intro={t.setbacks.intro} asOf={filters.asOf} />
      <ChartClaimsAndFilters
        locale={locale}
        path={PATH}
        labs={labs}
        filters={filters}
        own={mode === "share" ? { mode } : {}}
      >
        <fieldset>
          <legend className="text-sm font-semibold">{t.setbacks.types}</legend>
          {chosenTypes.size ? null : <p className="text-xs text-zinc-600 dark:text-zinc-400">{t.setbacks.allSetbackTypes}</p>}
          <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
            {EVENT_TYPE_ORDER.map((type) => (
              <label key={type} className="inline-flex min-h-6 items-center gap-2 text-sm">
                <input type="checkbox" name="type" value={type} defaultChecked={chosenTypes.has(type)} className="size-4" />
                {typeNames[type]}
              </label>
            ))}
          </div>
        </fieldset>
      </ChartClaimsAndFilters>
      <nav aria-label={t.setbacks.mode} className="flex items-center gap-2 text-sm">
        <span className="font-semibold">{t.setbacks.mode}:</span>
        {SETBACK_MODES.map((m) => {
          const q = modeQuery(m);
          return (
            <Link
              key={m}
              href={`${localePath(locale, PATH)}${q ? `?${q}` : ""}`}
              aria-current={m === mode ? "true" : undefined}
              data-testid={`mode-${m}`}
              className={`rounded border px-3 py-1 ${m === mode ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-zinc-300 dark:border-zinc-700"}`}
            >
              {m === "share" ? t.setbacks.share : t.setbacks.count}
            </Link>
          );
        })}
      </nav>
      {chart.rows.length === 0 ? (
        <ChartEmptyState locale={locale} path={PATH} />
      ) : (
        <>
          <SetbacksChart data={chart} locale={locale} />
          <ChartDataTable locale={locale} csvHref={`/api/v1/charts/setbacks?${csvQuery}`} csvName={`slipwatch-setbacks-${mode}.csv`}>
            <SetbacksTable chart={chart} locale={locale} />
          </ChartDataTable>
        </>
      )}
    </div>
  );
}
