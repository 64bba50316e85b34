import Link from "next/link";
import type { LabScorecardDto } from "@/lib/data/scorecards";
import type { ScorecardSort } from "@/lib/domain/scorecard";
import type { Locale } from "@/lib/i18n/config";
import { readerHref } from "@/lib/i18n/links";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

const th = "border-b border-zinc-300 px-3 py-2 text-left font-semibold dark:border-zinc-700";
const td = "border-b border-zinc-200 px-3 py-2 tabular-nums dark:border-zinc-800";

const COLUMNS: { key: ScorecardSort | "open" | "unknown"; sortable: boolean; numeric: boolean }[] = [
  { key: "lab", sortable: true, numeric: false },
  { key: "kept", sortable: true, numeric: true },
  { key: "missed", sortable: true, numeric: true },
  { key: "open", sortable: false, numeric: true },
  { key: "unknown", sortable: false, numeric: true },
  { key: "slip", sortable: true, numeric: true },
  { key: "overdue", sortable: true, numeric: true },
];

/**
 * The leaderboard: one row per lab, sorted on the server. Column headings are links
 * (…/slips?sort=overdue), so sorting works without JavaScript and every order is shareable.
 */
export function ScorecardBoard({
  cards,
  sort,
  locale,
  path,
  asOf,
}: {
  cards: readonly LabScorecardDto[];
  sort: ScorecardSort;
  locale: Locale;
  /** the page's own path, e.g. /en/slips */
  path: string;
  asOf?: string;
}) {
  const t = scorecardMessages[locale].slips;
  const sortHref = (key: ScorecardSort) => {
    const q = new URLSearchParams();
    if (key !== "kept") q.set("sort", key);
    if (asOf) q.set("asOf", asOf);
    return q.size ? `${path}?${q.toString()}` : path;
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="scorecard-board" data-sort={sort}>
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.key === sort;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={`${th} ${c.numeric ? "text-right" : ""}`}
                  aria-sort={active ? (c.key === "lab" || c.key === "kept" ? "ascending" : "descending") : undefined}
                >
                  {c.sortable ? (
                    <Link
                      href={sortHref(c.key as ScorecardSort)}
                      className={`underline-offset-2 hover:underline ${active ? "underline" : ""}`}
                      data-testid={`sort-${c.key}`}
                    >
                      {t.columns[c.key]}
                      {active ? <span className="sr-only"> ({t.sorted})</span> : null}
                      {active ? <span aria-hidden="true"> ▾</span> : null}
                    </Link>
                  ) : (
                    t.columns[c.key]
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {cards.map((c) => (
            <tr key={c.lab.slug} data-testid="scorecard-row" data-lab={c.lab.slug}>
              <th scope="row" className={`${td} text-left font-medium`}>
                <Link href={readerHref(locale, `/labs/${c.lab.slug}`, asOf) + "#scorecard-heading"} className="hover:underline">
                  {c.lab.name}
                </Link>
              </th>
              <td className={`${td} text-right`} data-testid="cell-kept">
                {t.keptCell(c.met, c.resolved, c.keptPercent)}
              </td>
              <td className={`${td} text-right`} data-testid="cell-missed">{c.missed}</td>
              <td className={`${td} text-right`}>{c.open}</td>
              <td className={`${td} text-right`} data-testid="cell-unknown">{c.unknown}</td>
              <td className={`${td} text-right`} data-testid="cell-slip">{c.slipDays}</td>
              <td className={`${td} text-right`} data-testid="cell-overdue">{c.overdueDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
