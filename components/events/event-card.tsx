import Link from "next/link";
import type { EventDto } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { ClaimBadge } from "@/components/events/claim-badge";
import { corroborationText } from "@/components/events/event-sources";
import { isCounted } from "@/lib/domain/claim-status";
import { eventFigures, formatDay, formatHonest } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { EntityLink } from "@/components/ui/entity-link";
import { EventSubject } from "@/components/events/event-subject";

/** One event with its figures and, behind a disclosure, every citing article and quote. */
export function EventCard({
  event,
  locale,
  headingLevel = 3,
  asOf,
  open = false,
  quotesOnly = false,
}: {
  event: EventDto;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
  /** keep the "as known on" day in links */
  asOf?: string;
  /** show the citations unfolded (the event page) */
  open?: boolean;
  /**
   * each citation as its article and quote only (the lab page, which draws 20 cards and must stay
   * small); publisher, date, role and attribution are on the event page the heading links to
   */
  quotesOnly?: boolean;
}) {
  const t = commonMessages[locale];
  const figures = eventFigures(event, locale);
  const counted = isCounted(event.status);
  // German wording on /de when an editor wrote it; else the English one, marked as English.
  const german = locale === "de" && event.titleDe ? { title: event.titleDe, summary: event.summaryDe ?? event.summary } : null;
  const textLang = locale === "de" && !german ? "en" : undefined;
  const href = readerHref(locale, `/events/${event.id}`, asOf);
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 4 ? "h4" : "h3";
  return (
    <article
      className="ev-card"
      data-testid="event-card"
      data-event-id={event.id}
      data-event-type={event.type}
      data-lab={event.lab.slug}
      data-status={event.status}
      id={`event-${event.id}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="ev-type">
          {t.eventTypes[event.type]}
        </span>
        <EventSubject event={event} locale={locale} asOf={asOf} look="card" />
        {event.counterparty ? (
          <span className="muted">
            ↔{" "}
            <EntityLink to="labs" entity={event.counterparty} locale={locale} asOf={asOf} />
          </span>
        ) : null}
        <ClaimBadge status={event.status} locale={locale} />
      </div>
      <Heading className="mt-2 font-semibold" lang={textLang}>
        <Link href={href} className="hover:underline" data-testid="event-link">
          {german?.title ?? event.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm muted" lang={textLang}>
        {german?.summary ?? event.summary}
      </p>
      {figures.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-2 text-sm font-semibold" data-testid="event-figures">
          {figures.map((f) => (
            <span
              key={f}
              className={`rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800 ${counted ? "" : "line-through decoration-2"}`}
            >
              {f}
            </span>
          ))}
        </p>
      ) : null}
      <dl className="ev-dates" data-testid="event-dates">
        <div>
          <dt className="inline font-medium">{t.eventDates.occurred}:</dt>{" "}
          <dd className="inline">{formatHonest(event.occurred, locale)}</dd>
        </div>
        {event.firstReported ? (
          <div>
            <dt className="inline font-medium">{t.eventDates.firstReported}:</dt>{" "}
            <dd className="inline" data-testid="first-reported">
              {formatHonest(event.firstReported, locale)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="inline font-medium">{t.eventDates.lastChanged}:</dt>{" "}
          <dd className="inline">{formatDay(event.lastChangedAt, locale)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-sm" data-testid="corroboration">
        {corroborationText(event, locale)}
      </p>
      <details className="mt-2 text-sm" open={open}>
        <summary className="cursor-pointer muted" data-testid="citation-count">
          {t.citingArticles(event.articleCount)}
        </summary>
        <ul className="mt-2 space-y-3">
          {event.citations.map((c, i) => (
            <li key={`${c.articleId}-${c.role}-${i}`} className="ev-cite">
              <Link href={readerHref(locale, `/articles/${c.articleId}`, asOf)} lang={c.language} className="font-medium hover:underline">
                {c.title}
              </Link>
              {quotesOnly ? null : (
                <div className="text-xs muted">
                  {[
                    c.publisher,
                    c.published ? formatHonest(c.published, locale) : null,
                    t.citationRoles[c.role],
                    t.attributions[c.attribution],
                    c.attributedTo,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              )}
              <blockquote lang={c.language} className="mt-1 italic muted">
                „{c.quote}“
              </blockquote>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
