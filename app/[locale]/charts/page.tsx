import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, localePath } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { chartQueryString, parseChartFiltersLenient } from "@/lib/validation/chart-filters";
import { titledPage } from "@/lib/i18n/page-metadata";

const CHARTS = ["slips", "investments", "setbacks"] as const;

export const generateMetadata = titledPage(chartsMessages, (t) => t.index.title);

export default async function ChartsIndexPage({ params, searchParams }: PageProps<"/[locale]/charts">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Filters given here (e.g. a lab and asOf) carry over to each chart.
  const query = chartQueryString(parseChartFiltersLenient(await searchParams));
  const t = chartsMessages[locale].index;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-3">
        {CHARTS.map((c) => (
          <li key={c}>
            <Link
              href={`${localePath(locale, `/charts/${c}`)}${query ? `?${query}` : ""}`}
              className="block h-full rounded-lg border border-zinc-200 p-4 hover:border-brand-600 dark:border-zinc-800"
            >
              <h2 className="text-lg font-semibold">{t[c].title}</h2>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t[c].body}</p>
            </Link>
          </li>
        ))}
      </ul>
      {/* The scorecards and the comparison build on the same plans and setbacks as these charts. */}
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <li>
          <Link href={localePath(locale, "/slips")} className="underline">
            {scorecardMessages[locale].slips.title}
          </Link>
        </li>
        <li>
          <Link href={localePath(locale, "/compare")} className="underline">
            {scorecardMessages[locale].compare.title}
          </Link>
        </li>
      </ul>
    </div>
  );
}
