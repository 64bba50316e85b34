import Link from "next/link";
import type { ModelPlansDto } from "@/lib/data/model-plans";
import type { LabFacts } from "@/lib/data/lab-overview";
import { formatUsd } from "@/lib/domain/amounts";
import { amountsByYear } from "@/lib/domain/lab-figures";
import { openDelays } from "@/lib/domain/lab-status";
import type { Locale } from "@/lib/i18n/config";
import { formatDay, formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { EntityLink } from "@/components/ui/entity-link";

const card = "rounded-lg border border-zinc-200 p-4 dark:border-zinc-800";

/** Key figures of a lab; each figure links to the events behind it on the timeline. */
export function LabFigures({
  lab,
  facts,
  models,
  window,
  today,
  locale,
  asOf,
}: {
  lab: string;
  facts: LabFacts;
  models: readonly ModelPlansDto[];
  window: { from: string; to: string };
  today: string;
  locale: Locale;
  asOf?: string;
}) {
  const t = readerMessages[locale].labs;
  const c = commonMessages[locale];
  const years = amountsByYear(facts.amounts);
  const timeline = (q: string) => readerHref(locale, `/timeline?lab=${lab}&${q}`, asOf);
  const delayed = openDelays(models, today);
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="lab-figures">
      <div className={card} data-testid="figure-investment">
        <h3 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">{t.investmentByYear}</h3>
        {years.length === 0 ? (
          <p className="mt-2 text-sm">{t.investmentEmpty}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {years.map((y) => (
              <li key={`${y.year}-${y.kind}`} className="flex flex-wrap items-baseline gap-x-2">
                <span className="w-12 text-sm tabular-nums text-zinc-700 dark:text-zinc-300">{y.year}</span>
                <Link
                  href={timeline(`type=investment&from=${y.year}-01-01&to=${y.year}-12-31`)}
                  className="text-lg font-bold hover:underline"
                >
                  {formatUsd(y.totalUsd, locale, y.qualifier)}
                </Link>
                <span className="text-xs text-zinc-700 dark:text-zinc-300">{t.kinds[y.kind] ?? y.kind}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={card} data-testid="figure-setbacks">
        <h3 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
          {t.setbacksLastYear(formatDay(window.from, locale), formatDay(window.to, locale))}
        </h3>
        {facts.setbacksByType.length === 0 ? (
          <p className="mt-2 text-sm">{t.setbacksEmpty}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {facts.setbacksByType.map((s) => (
              <li key={s.type}>
                <Link
                  href={timeline(`type=${s.type}&from=${window.from}&to=${window.to}`)}
                  className="hover:underline"
                >
                  <span className="mr-2 inline-block min-w-6 text-right text-lg font-bold tabular-nums">
                    {s.count}
                  </span>
                  {c.eventTypes[s.type]}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={card} data-testid="figure-departures">
        <h3 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">{t.departures}</h3>
        <p className="mt-2">
          <Link href={timeline("type=departure")} className="text-lg font-bold hover:underline">
            {t.departureEvents(facts.departures.events)}
          </Link>
        </p>
        {facts.departures.people > 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {t.peopleNamed(facts.departures.people, facts.departures.peopleQualifier !== "exact")}
          </p>
        ) : null}
      </div>
      <div className={card} data-testid="figure-open-delays">
        <h3 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">{t.openDelays}</h3>
        {delayed.length === 0 ? (
          <p className="mt-2 text-lg font-bold">{t.noOpenDelays}</p>
        ) : (
          <>
            <p className="mt-2 text-lg font-bold">{t.openDelaysCount(delayed.length)}</p>
            <ul className="text-sm">
              {delayed.map((m) => {
                const latest = m.commitments[m.commitments.length - 1]?.planned;
                return (
                  <li key={m.slug}>
                    <EntityLink
                      to="models"
                      entity={m}
                      locale={locale}
                      asOf={asOf}
                      className="font-medium hover:underline"
                    />
                    {latest ? ` — ${formatFuzzy(latest, locale)}` : ""}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
