import type { LabScorecardDto } from "@/lib/data/scorecards";
import type { Ruling } from "@/lib/domain/scorecard";
import type { Locale } from "@/lib/i18n/config";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { describeRuling } from "@/lib/i18n/scorecard-rule";
import { EntityLink } from "@/components/ui/entity-link";

// Text and a symbol carry the ruling; colour only repeats it.
const BADGE: Record<Ruling, { icon: string; className: string }> = {
  met: { icon: "✓", className: "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300" },
  missed: { icon: "✗", className: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300" },
  open: { icon: "…", className: "border-zinc-500 text-zinc-800 dark:border-zinc-400 dark:text-zinc-200" },
  unknown: { icon: "?", className: "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-300" },
};

/** Every commitment of a lab's models with its ruling and, beside it, the rule that decided it. */
export function ScorecardRulings({
  card,
  locale,
  asOf,
  headingLevel = 3,
}: {
  card: LabScorecardDto;
  locale: Locale;
  asOf?: string;
  headingLevel?: 3 | 4;
}) {
  const t = scorecardMessages[locale].scorecard;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  if (card.models.length === 0) return <p className="text-sm">{t.empty}</p>;
  return (
    <ul className="space-y-4" data-testid="scorecard-rulings">
      {card.models.map((m) => (
        <li key={m.model.slug} data-model={m.model.slug}>
          <Heading className="font-semibold">
            <EntityLink to="models" entity={m.model} locale={locale} asOf={asOf} />
          </Heading>
          <ol className="mt-1 space-y-1 text-sm">
            {m.rulings.map((r) => (
              <li
                key={r.sequence}
                className="flex flex-wrap items-baseline gap-x-2"
                data-testid="ruling"
                data-ruling={r.ruling}
                data-plan={r.sequence}
              >
                <span className="text-zinc-700 dark:text-zinc-300">{t.plan(r.sequence)}</span>
                <span
                  className={`inline-flex items-center gap-1 rounded border px-1.5 text-xs font-semibold ${BADGE[r.ruling].className}`}
                >
                  <span aria-hidden="true">{BADGE[r.ruling].icon}</span>
                  {t.rulings[r.ruling]}
                </span>
                <span data-testid="ruling-rule">{describeRuling(r, m, locale)}</span>
                {r.superseded ? (
                  <span className="text-xs text-zinc-600 dark:text-zinc-400">({t.superseded})</span>
                ) : null}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
