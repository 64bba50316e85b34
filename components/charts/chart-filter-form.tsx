import Link from "next/link";
import type { ReactNode } from "react";
import { LabCheckboxes } from "@/components/filters/lab-checkboxes";
import type { ChartFilters } from "@/lib/domain/event-query";
import type { LabSummary } from "@/lib/data/dto";
import { localePath, type Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";

/**
 * A plain GET form, so filtering works without JavaScript and the result is a shareable URL with
 * the same parameters the reader pages use. Filters this form does not show (model, status, from,
 * to, q, and whatever `keep` names) ride along as hidden fields.
 */
export function ChartFilterForm({
  locale,
  path,
  labs,
  filters,
  keep = {},
  children,
}: {
  locale: Locale;
  path: string;
  labs: LabSummary[];
  filters: ChartFilters;
  keep?: Record<string, string>;
  children?: ReactNode;
}) {
  const t = chartsMessages[locale].filters;
  const chosen = new Set(filters.lab ?? []);
  // Labs with events, plus any chosen one, so a filter never hides itself.
  const shown = labs.filter((l) => l.eventCount > 0 || chosen.has(l.slug));
  const hidden: [string, string][] = [
    ...(filters.model ?? []).map((v): [string, string] => ["model", v]),
    ...(filters.status ?? []).map((v): [string, string] => ["status", v]),
    ...(["from", "to", "q"] as const).flatMap((k): [string, string][] => (filters[k] ? [[k, filters[k]]] : [])),
    ...Object.entries(keep),
  ];
  return (
    <form method="get" action={localePath(locale, path)} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="chart-filters">
      <div className="flex flex-wrap gap-6">
        <fieldset>
          <legend className="text-sm font-semibold">{t.labs}</legend>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{chosen.size ? t.active(chosen.size) : t.allLabs}</p>
          <LabCheckboxes labs={shown} chosen={chosen} className="mt-2 flex flex-wrap gap-x-4 gap-y-2" />
        </fieldset>
        {children}
        <div>
          <label htmlFor="chart-asof" className="block text-sm font-semibold">
            {t.asOf}
          </label>
          <input
            id="chart-asof"
            type="date"
            name="asOf"
            defaultValue={filters.asOf ?? ""}
            aria-describedby="chart-asof-hint"
            className="mt-1 rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <p id="chart-asof-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            {t.asOfHint}
          </p>
        </div>
      </div>
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t.apply}
        </button>
        <Link href={localePath(locale, path)} className="text-sm underline underline-offset-2">
          {t.reset}
        </Link>
      </div>
    </form>
  );
}
