import { EventCard } from "@/components/events/event-card";
import type { EventDto } from "@/lib/data/dto";
import { groupByPeriod } from "@/lib/domain/timeline-groups";
import type { Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";

/** Events grouped by month (or by their own wider period when the date is vaguer than a month). */
export function EventTimeline({
  events,
  locale,
  asOf,
  headingLevel = 2,
  quotesOnly = false,
}: {
  events: readonly EventDto[];
  locale: Locale;
  asOf?: string;
  headingLevel?: 2 | 3;
  /** cards list each citation's article and quote only (see EventCard) */
  quotesOnly?: boolean;
}) {
  const groups = groupByPeriod(events, (e) => e.occurred);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="space-y-6" data-testid="timeline">
      {groups.map((g) => (
        <li key={`${g.key}-${g.items[0]?.id}`} data-testid="timeline-group" data-period={g.key}>
          <Heading className="period-heading">{formatFuzzy(g.period, locale)}</Heading>
          <div className="mt-3 space-y-3">
            {g.items.map((e) => (
              <EventCard
                key={e.id}
                event={e}
                locale={locale}
                asOf={asOf}
                headingLevel={headingLevel === 2 ? 3 : 4}
                quotesOnly={quotesOnly}
              />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
