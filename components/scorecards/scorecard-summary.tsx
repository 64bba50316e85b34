import type { LabScorecardDto } from "@/lib/data/scorecards";
import type { Locale } from "@/lib/i18n/config";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

/** The headline of a lab's scorecard: kept N of M resolved (P %), slip days, days overdue. */
export function ScorecardSummary({ card, locale }: { card: LabScorecardDto; locale: Locale }) {
  const t = scorecardMessages[locale].scorecard;
  return (
    <div className="space-y-1" data-testid="scorecard-summary" data-lab={card.lab.slug}>
      <p className="text-lg font-bold" data-testid="scorecard-kept">
        {t.kept(card.met, card.resolved, card.keptPercent)}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        {card.open > 0 ? <li>{t.open(card.open)}</li> : null}
        {card.unknown > 0 ? <li>{t.unknown(card.unknown)}</li> : null}
        <li data-testid="scorecard-slip">{t.slipDays(card.slipDays)}</li>
        <li data-testid="scorecard-overdue">
          {card.overdueDays > 0 ? t.overdue(card.overdueDays, card.overdueModels) : t.noOverdue}
        </li>
      </ul>
    </div>
  );
}
