import type { LabFacts } from "@/lib/data/lab-overview";
import type { LabScorecardDto } from "@/lib/data/scorecards";
import type { Locale } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/format";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { EntityLink } from "@/components/ui/entity-link";

const th = "border-b border-zinc-300 px-3 py-2 text-left font-semibold dark:border-zinc-700";
const cell = "border-b border-zinc-200 px-3 py-2 tabular-nums dark:border-zinc-800";
const td = `${cell} text-right`;

export interface CompareFigureColumn {
  lab: { slug: string; name: string };
  facts: LabFacts;
  scorecard: LabScorecardDto | null;
  openDelays: number;
}

/** The labs' key figures as one table: a row per figure, a column per lab. */
export function CompareFigures({
  labs,
  locale,
  asOf,
  window,
}: {
  labs: readonly CompareFigureColumn[];
  locale: Locale;
  asOf?: string;
  window: { from: string; to: string };
}) {
  const t = scorecardMessages[locale];
  const r = readerMessages[locale].labs;
  const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
  const rows: { key: string; label: string; cells: (c: CompareFigureColumn) => string }[] = [
    {
      key: "setbacks",
      label: `${t.compare.rows.setbacksLastYear} (${formatDay(window.from, locale)} – ${formatDay(window.to, locale)})`,
      cells: (c) => String(sum(c.facts.setbacksByType)),
    },
    {
      key: "departures",
      label: t.compare.rows.departures,
      cells: (c) =>
        c.facts.departures.people > 0
          ? `${c.facts.departures.events} (${r.peopleNamed(c.facts.departures.people, c.facts.departures.peopleQualifier !== "exact")})`
          : String(c.facts.departures.events),
    },
    { key: "open-delays", label: t.compare.rows.openDelays, cells: (c) => String(c.openDelays) },
    {
      key: "kept",
      label: t.compare.rows.kept,
      cells: (c) => (c.scorecard ? t.slips.keptCell(c.scorecard.met, c.scorecard.resolved, c.scorecard.keptPercent) : "—"),
    },
    { key: "slip", label: t.compare.rows.slip, cells: (c) => String(c.scorecard?.slipDays ?? 0) },
    { key: "overdue", label: t.compare.rows.overdue, cells: (c) => String(c.scorecard?.overdueDays ?? 0) },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="compare-figures">
        <caption className="sr-only">{t.compare.figureCaption}</caption>
        <thead>
          <tr>
            <td className={th} />
            {labs.map((c) => (
              <th key={c.lab.slug} scope="col" className={`${th} text-right`}>
                <EntityLink to="labs" entity={c.lab} locale={locale} asOf={asOf} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {row.label}
              </th>
              {labs.map((c) => (
                <td key={c.lab.slug} className={td} data-lab={c.lab.slug}>
                  {row.cells(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
