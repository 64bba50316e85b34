import Link from "next/link";
import type { ChartArticleRef } from "@/lib/domain/chart-investments";
import type { InvestmentsTablePage } from "@/lib/domain/chart-investments-view";
import { formatUsd } from "@/lib/domain/amounts";
import { localePath, type Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { ColumnHeads, tableClass } from "./chart-data-table";

// The links' style sits on the table, not on each of its hundreds of links: every class is sent
// twice (in the HTML and in the RSC payload).
const linkStyle = "[&_td_a]:underline [&_td_a]:underline-offset-2";

function ArticleLinks({ articles, locale }: { articles: ChartArticleRef[]; locale: Locale }) {
  return (
    <ul className="space-y-1">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={localePath(locale, `/articles/${a.id}`)} lang={a.language}>
            {a.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface TableProps {
  page: InvestmentsTablePage;
  locale: Locale;
  yearHref: (year: number) => string;
}

/** Links to the table's other years, when it is shown one year at a time. */
function YearLinks({ page, locale, yearHref }: TableProps) {
  if (page.year === null) return null;
  const t = chartsMessages[locale].investments;
  return (
    <div className="space-y-2 text-sm">
      <p>{t.tableOneYear(page.year)}</p>
      <nav aria-label={t.tableYears} data-testid="table-years">
        <ul className="flex flex-wrap gap-2">
          {page.years.map((y) => (
            <li key={y}>
              <Link
                href={yearHref(y)}
                aria-current={y === page.year ? "true" : undefined}
                className={`inline-block rounded border px-2 py-0.5 ${y === page.year ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-zinc-300 dark:border-zinc-700"}`}
              >
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/** The bars (per lab and year) and the deals, as in the CSV: all of them, or one year's (see investmentsTablePage). */
export function InvestmentsTable({ page, locale, yearHref }: TableProps) {
  const t = chartsMessages[locale].investments;
  return (
    <div className="space-y-6">
      <YearLinks page={page} locale={locale} yearHref={yearHref} />
      <table className={`${tableClass} ${linkStyle}`} data-testid="investments-bars-table">
        <caption className="text-left text-sm font-semibold">{t.barsCaption}</caption>
        <ColumnHeads labels={[t.year, t.lab, t.total, t.events, t.articles]} />
        <tbody>
          {page.segments.map((s) => {
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
                        <Link
                          href={localePath(locale, `/events/${e.eventId}`)}
                          data-testid="chart-event-link"
                        >
                          {e.title}
                        </Link>
                        {/* one text node: adjacent ones are separated by a comment each in the HTML */}
                        {` (${t.kinds[e.kind]}, ${formatUsd(e.amountUsd, locale, e.qualifier)})`}
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
      {page.deals.length > 0 ? (
        <table className={`${tableClass} ${linkStyle}`} data-testid="investments-deals-table">
          <caption className="text-left text-sm font-semibold">{t.dealsCaption}</caption>
          <ColumnHeads labels={[t.date, t.lab, t.target, t.total, t.stake, t.articles]} />
          <tbody>
            {page.deals.map((d) => (
              <tr key={d.eventId} data-event-id={d.eventId}>
                <th scope="row">{formatFuzzy(d.occurred, locale)}</th>
                <td>{d.lab.name}</td>
                <td>
                  <Link href={localePath(locale, `/events/${d.eventId}`)} data-testid="chart-event-link">
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
