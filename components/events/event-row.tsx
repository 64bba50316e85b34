import Link from "next/link";
import type { EventDto } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { eventFigures, formatDay, formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";

/** A compact line for "what changed lately": lab, type, title, figures and how many articles cite it. */
export function EventRow({ event, locale, asOf }: { event: EventDto; locale: Locale; asOf?: string }) {
  const t = commonMessages[locale];
  const articleCount = new Set(event.citations.map((c) => c.articleId)).size;
  const figures = eventFigures(event, locale);
  const firstArticle = event.citations[0];
  return (
    <li
      className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
      data-testid="event-row"
      data-event-id={event.id}
      data-lab={event.lab.slug}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <span className="rounded bg-brand-100 px-2 py-0.5 font-medium text-brand-800 dark:bg-brand-800 dark:text-brand-100">
          {t.eventTypes[event.type]}
        </span>
        <Link
          href={readerHref(locale, `/labs/${event.lab.slug}`, asOf)}
          className="font-semibold hover:underline"
        >
          {event.lab.name}
        </Link>
        {event.model ? (
          <Link
            href={readerHref(locale, `/models/${event.model.slug}`, asOf)}
            className="text-zinc-700 hover:underline dark:text-zinc-300"
          >
            {event.model.name}
          </Link>
        ) : null}
        <span className="text-zinc-700 dark:text-zinc-300">{formatFuzzy(event.occurred, locale)}</span>
      </div>
      <p className="mt-1 font-medium">{event.title}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        {figures.map((f) => (
          <span key={f} className="rounded bg-zinc-100 px-2 py-0.5 font-semibold dark:bg-zinc-800">
            {f}
          </span>
        ))}
        {firstArticle ? (
          <Link
            href={readerHref(locale, `/articles/${firstArticle.articleId}`, asOf)}
            className="text-zinc-700 underline-offset-2 hover:underline dark:text-zinc-300"
            data-testid="citing-count"
          >
            {t.citingArticles(articleCount)}
          </Link>
        ) : null}
        {event.firstReportedAt ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            {locale === "de" ? "gemeldet " : "reported "}
            {formatDay(event.firstReportedAt, locale)}
          </span>
        ) : null}
      </div>
    </li>
  );
}
