import Link from "next/link";
import type { EventDto } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { eventFigures, formatDay, formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";

/** One event with its figures and, behind a disclosure, every citing article and quote. */
export function EventCard({
  event,
  locale,
  headingLevel = 3,
  asOf,
}: {
  event: EventDto;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
  /** keep the "as known on" day in links */
  asOf?: string;
}) {
  const t = commonMessages[locale];
  // One article may support an event with several quotes (report + company response): count articles.
  const articleCount = new Set(event.citations.map((c) => c.articleId)).size;
  const figures = eventFigures(event, locale);
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 4 ? "h4" : "h3";
  return (
    <article
      className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      data-testid="event-card"
      data-event-id={event.id}
      data-event-type={event.type}
      data-lab={event.lab.slug}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-brand-100 px-2 py-0.5 font-medium text-brand-800 dark:bg-brand-800 dark:text-brand-100">
          {t.eventTypes[event.type]}
        </span>
        <Link href={readerHref(locale, `/labs/${event.lab.slug}`, asOf)} className="font-medium underline-offset-2 hover:underline">
          {event.lab.name}
        </Link>
        {event.model ? (
          <Link href={readerHref(locale, `/models/${event.model.slug}`, asOf)} className="text-zinc-700 hover:underline dark:text-zinc-300">
            {event.model.name}
          </Link>
        ) : null}
        {event.counterparty ? (
          <span className="text-zinc-700 dark:text-zinc-300">
            ↔{" "}
            <Link href={readerHref(locale, `/labs/${event.counterparty.slug}`, asOf)} className="hover:underline">
              {event.counterparty.name}
            </Link>
          </span>
        ) : null}
        <span className="text-zinc-700 dark:text-zinc-300">{formatFuzzy(event.occurred, locale)}</span>
        <span className="text-zinc-700 dark:text-zinc-300">· {t.claimStatus[event.status]}</span>
      </div>
      <Heading className="mt-2 font-semibold">{event.title}</Heading>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{event.summary}</p>
      {figures.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-2 text-sm font-semibold" data-testid="event-figures">
          {figures.map((f) => (
            <span key={f} className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">
              {f}
            </span>
          ))}
        </p>
      ) : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300" data-testid="citation-count">
          {t.citingArticles(articleCount)}
        </summary>
        <ul className="mt-2 space-y-3">
          {event.citations.map((c, i) => (
            <li key={`${c.articleId}-${c.role}-${i}`} className="border-l-2 border-zinc-300 pl-3 dark:border-zinc-700">
              <Link href={readerHref(locale, `/articles/${c.articleId}`, asOf)} lang={c.language} className="font-medium hover:underline">
                {c.title}
              </Link>
              <div className="text-xs text-zinc-700 dark:text-zinc-300">
                {[
                  c.publisher,
                  c.publishedAt ? formatDay(c.publishedAt, locale) : null,
                  t.citationRoles[c.role],
                  t.attributions[c.attribution],
                  c.attributedTo,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
              <blockquote lang={c.language} className="mt-1 italic text-zinc-700 dark:text-zinc-300">
                „{c.quote}“
              </blockquote>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
