import Link from "next/link";
import type { ChartArticleRef, InvestmentsChart } from "@/lib/domain/chart-investments";
import { formatUsd } from "@/lib/domain/amounts";
import { localePath, type Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { ColumnHeads, tableClass } from "./chart-data-table";

function ArticleLinks({ articles, locale }: { articles: ChartArticleRef[]; locale: Locale }) {
  return (
    <ul className="space-y-1">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={localePath(locale, `/articles/${a.id}`)} lang={a.language} className="underline underline-offset-2">
            {a.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The bars (per lab and year) and the deals, as in the CSV. */
export function InvestmentsTable({ chart, locale }: { chart: InvestmentsChart; locale: Locale }) {
  const t = chartsMessages[locale].investments;
  return (
    <div className="space-y-6">
      <table className={tableClass} data-testid="investments-bars-table">
        <caption className="text-left text-sm font-semibold">{t.barsCaption}</caption>
        <ColumnHeads labels={[t.year, t.lab, t.total, t.events, t.articles]} />
        <tbody>
          {chart.segments.map((s) => {
            const articles = [...new Map(s.events.flatMap((e) => e.articles).map((a) => [a.id, a])).values()];
            const qualifiers = new Set(s.events.map((e) => e.qualifier));
            const only = qualifiers.size === 1 ? [...qualifiers][0] : undefined;
            return (
              <tr key={`${s.year}-${s.lab.slug}`} data-year={s.year} data-lab={s.lab.slug}>
                <th scope="row">{s.year}</th>
                <td>{s.lab.name}</td>
                <td data-testid="amount">{formatUsd(s.totalUsd, locale, only ?? "about")}</td>
                <td>
                  <ul className="space-y-1">
                    {s.events.map((e) => (
                      <li key={e.eventId}>
                        <Link href={localePath(locale, `/events/${e.eventId}`)} className="underline underline-offset-2" data-testid="chart-event-link">
                          {e.title}
                        </Link>{" "}
                        ({t.kinds[e.kind]}, {formatUsd(e.amountUsd, locale, e.qualifier)})
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ArticleLinks articles={articles} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {chart.deals.length > 0 ? (
        <table className={tableClass} data-testid="investments-deals-table">
          <caption className="text-left text-sm font-semibold">{t.dealsCaption}</caption>
          <ColumnHeads labels={[t.date, t.lab, t.target, t.total, t.stake, t.articles]} />
          <tbody>
            {chart.deals.map((d) => (
              <tr key={d.eventId} data-event-id={d.eventId}>
                <th scope="row">{formatFuzzy(d.occurred, locale)}</th>
                <td>{d.lab.name}</td>
                <td>
                  <Link href={localePath(locale, `/events/${d.eventId}`)} className="underline underline-offset-2" data-testid="chart-event-link">
                    {d.counterparty?.name ?? "—"}
                  </Link>
                </td>
                <td>{formatUsd(d.amountUsd, locale, d.qualifier)}</td>
                <td>{d.percent !== null ? `${d.percent}%` : "—"}</td>
                <td>
                  <ArticleLinks articles={d.articles} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
