import Link from "next/link";
import { ClaimBadge } from "@/components/events/claim-badge";
import { corroborationText } from "@/components/events/event-sources";
import type { EventDto } from "@/lib/data/dto";
import { isCounted } from "@/lib/domain/claim-status";
import type { Locale } from "@/lib/i18n/config";
import { eventFigures, formatDay, formatHonest } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { EventSubject } from "@/components/events/event-subject";

/**
 * A compact line for "what changed lately": lab, type, title (linking to the event page), figures,
 * independent sources, when it was first reported (at its real precision) and, for a record added
 * later, when it was added.
 */
export function EventRow({
  event,
  locale,
  asOf,
  showAdded = false,
}: {
  event: EventDto;
  locale: Locale;
  asOf?: string;
  /** a backfilled record: say when it was added to Slipwatch */
  showAdded?: boolean;
}) {
  const t = commonMessages[locale];
  const figures = eventFigures(event, locale);
  const german = locale === "de" && event.titleDe ? event.titleDe : null;
  return (
    <li
      className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid="event-row"
      data-event-id={event.id}
      data-lab={event.lab.slug}
      data-status={event.status}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <span className="rounded bg-brand-100 px-2 py-0.5 font-medium text-brand-800 dark:bg-brand-800 dark:text-brand-100">
          {t.eventTypes[event.type]}
        </span>
        <EventSubject event={event} locale={locale} asOf={asOf} look="row" />
        <span className="text-zinc-700 dark:text-zinc-300">{formatHonest(event.occurred, locale)}</span>
        {event.status !== "reported" ? <ClaimBadge status={event.status} locale={locale} /> : null}
      </div>
      <p className="mt-1 font-medium" lang={locale === "de" && !german ? "en" : undefined}>
        <Link
          href={readerHref(locale, `/events/${event.id}`, asOf)}
          className="hover:underline"
          data-testid="event-link"
        >
          {german ?? event.title}
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        {figures.map((f) => (
          <span
            key={f}
            className={`rounded bg-zinc-100 px-2 py-0.5 font-semibold dark:bg-zinc-800 ${isCounted(event.status) ? "" : "line-through"}`}
          >
            {f}
          </span>
        ))}
        <span className="text-zinc-700 dark:text-zinc-300" data-testid="citing-count">
          {corroborationText(event, locale)}
        </span>
        {event.firstReported ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="first-reported">
            {t.eventDates.firstReported}: {formatHonest(event.firstReported, locale)}
          </span>
        ) : null}
        {showAdded ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400" data-testid="added">
            {t.eventDates.added}: {formatDay(event.addedAt, locale)}
          </span>
        ) : null}
      </div>
    </li>
  );
}
