import Link from "next/link";
import type { EventDto } from "@/lib/data/dto";
import { formatFuzzyDate } from "@/lib/domain/fuzzy-date";
import { ATTRIBUTION_LABELS, CITATION_ROLE_LABELS, CLAIM_STATUS_LABELS, EVENT_TYPE_LABELS } from "./labels";
import { EventFigures } from "./event-figures";

/** One event with its figures and, behind a disclosure, every citing article and quote. */
export function EventCard({ event }: { event: EventDto }) {
  // One article may support an event with several quotes (report + company response): count articles.
  const n = new Set(event.citations.map((c) => c.articleId)).size;
  return (
    <article className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="event-card" data-event-id={event.id}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-brand-100 px-2 py-0.5 font-medium text-brand-800 dark:bg-brand-800 dark:text-brand-100">
          {EVENT_TYPE_LABELS[event.type]}
        </span>
        <Link href={`/labs/${event.lab.slug}`} className="font-medium underline-offset-2 hover:underline">
          {event.lab.name}
        </Link>
        {event.model ? (
          <Link href={`/models/${event.model.slug}`} className="text-zinc-600 hover:underline dark:text-zinc-400">
            {event.model.name}
          </Link>
        ) : null}
        <span className="text-zinc-600 dark:text-zinc-400">{formatFuzzyDate(event.occurred, "en")}</span>
        <span className="text-zinc-600 dark:text-zinc-400">· {CLAIM_STATUS_LABELS[event.status]}</span>
      </div>
      <h3 className="mt-2 font-semibold">{event.title}</h3>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{event.summary}</p>
      <EventFigures event={event} />
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300" data-testid="citation-count">
          {n} {n === 1 ? "citing article" : "citing articles"}
        </summary>
        <ul className="mt-2 space-y-3">
          {event.citations.map((c, i) => (
            <li key={`${c.articleId}-${c.role}-${i}`} className="border-l-2 border-zinc-300 pl-3 dark:border-zinc-700">
              <Link href={`/articles/${c.articleId}`} className="font-medium hover:underline">
                {c.title}
              </Link>
              <div className="text-xs text-zinc-600 dark:text-zinc-400">
                {[c.publisher, c.publishedAt, CITATION_ROLE_LABELS[c.role], ATTRIBUTION_LABELS[c.attribution], c.attributedTo]
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
