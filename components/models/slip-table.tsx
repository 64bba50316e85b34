import type { ModelPlansDto } from "@/lib/data/model-plans";
import type { RankedSlip } from "@/lib/domain/slip-board";
import type { Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { EntityLink } from "@/components/ui/entity-link";

/** The slip board: models whose planned release moved, largest slip first. */
export function SlipTable({
  slips,
  locale,
  asOf,
}: {
  slips: readonly RankedSlip<ModelPlansDto>[];
  locale: Locale;
  asOf?: string;
}) {
  const t = readerMessages[locale].slip;
  // Three columns that fit a phone (≈358 px) and home's side column at 1400 px (≈435 px) without
  // sideways scrolling: the two plans share one labelled cell, the table is fixed-layout so a long
  // word wraps instead of widening it, and "slipped by" keeps its own column (issue 10 §11).
  return (
    <table className="w-full table-fixed text-left text-sm [overflow-wrap:anywhere]" data-testid="slip-board">
      <colgroup>
        <col className="w-[34%]" />
        <col className="w-[35%]" />
        <col className="w-[31%]" />
      </colgroup>
      <thead className="border-b border-zinc-300 text-xs uppercase tracking-wide text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
        <tr>
          <th scope="col" className="py-2 pr-2">
            {t.model}
          </th>
          <th scope="col" className="py-2 pr-2">
            {t.plans}
          </th>
          <th scope="col" className="py-2" data-testid="slipped-by-header">
            {t.slippedBy}
          </th>
        </tr>
      </thead>
      <tbody>
        {slips.map(({ model, slip }) => (
          <tr
            key={model.slug}
            className="border-b border-zinc-200 align-top dark:border-zinc-800"
            data-testid="slip-row"
          >
            <th scope="row" className="py-2 pr-2 font-medium">
              <EntityLink to="models" entity={model} locale={locale} asOf={asOf} />
              <span className="block text-xs font-normal text-zinc-700 dark:text-zinc-300">
                <EntityLink to="labs" entity={model.lab} locale={locale} asOf={asOf} /> ·{" "}
                {t.reports(model.reportCount)}
              </span>
            </th>
            <td className="py-2 pr-2">
              <dl className="space-y-1">
                <div>
                  <dt className="text-xs text-zinc-700 dark:text-zinc-300">{t.firstPlanned}</dt>
                  <dd>{formatFuzzy(slip.firstPlanned, locale)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-700 dark:text-zinc-300">{t.latestPlanned}</dt>
                  <dd>{formatFuzzy(slip.latestPlanned, locale)}</dd>
                </div>
              </dl>
            </td>
            <td className="py-2" data-testid="slipped-by">
              <span className="font-semibold">
                {slip.openEnded ? t.atLeastDays(slip.slipDays) : t.days(slip.slipDays)}
              </span>
              {slip.overdueDays > 0 ? (
                <span className="block text-xs text-red-800 dark:text-red-300">
                  {t.overdue(slip.overdueDays)}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
