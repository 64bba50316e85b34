import type { LabScorecardDto } from "@/lib/data/scorecards";
import type { CommitmentRuling, ModelScore } from "@/lib/domain/scorecard";
import type { Locale } from "@/lib/i18n/config";
import { formatDay, formatFuzzy } from "@/lib/i18n/format";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

/**
 * The rule beside a ruling, in words: "planned by end of April 2025; shipped —: missed, period
 * ended 30 April 2025 (16 days ago)". Built only from the ruling's own fields, so what the reader
 * sees is exactly what the scorecard decided (lib/domain/scorecard).
 */
export function describeRuling(
  r: CommitmentRuling,
  model: Pick<ModelScore, "released" | "releasedDateUnknown">,
  locale: Locale,
): string {
  const t = scorecardMessages[locale].scorecard.rule;
  const deadline = formatDay(r.deadline, locale);
  const planned = t.plannedBy(formatFuzzy(r.planned, locale));
  const shipped = model.released
    ? t.shipped(formatFuzzy(model.released, locale))
    : model.releasedDateUnknown
      ? t.releasedUndated
      : t.notShipped;
  const verdict = {
    shipped_in_time: () => t.metInTime(deadline),
    released_before_deadline: () => t.metBefore(deadline),
    shipped_late: () => t.missedLate(deadline, r.daysLate),
    not_shipped: () => t.missedNotShipped(deadline, r.daysLate),
    period_running: () => t.openUntil(deadline),
    release_date_unknown: () => t.unknownAfter(deadline),
  }[r.reason]();
  return `${planned}; ${shipped}: ${verdict}`;
}

/** A scorecard as the API answers it: every ruling with its rule in words (English). */
export type LabScorecardJson = Omit<LabScorecardDto, "models"> & {
  models: (Omit<ModelScore, "rulings"> & { rulings: (CommitmentRuling & { rule: string })[] })[];
};

export function scorecardJson(card: LabScorecardDto, locale: Locale = "en"): LabScorecardJson {
  return {
    ...card,
    models: card.models.map((m) => ({
      ...m,
      rulings: m.rulings.map((r) => ({ ...r, rule: describeRuling(r, m, locale) })),
    })),
  };
}
