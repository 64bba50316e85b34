import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cached, labScoped, tags } from "@/lib/data/cache";
import type { EventDto, Page } from "@/lib/data/dto";
import { eventPage, eventWhere, firstPublicEvents } from "@/lib/data/events";
import type { EventQuery } from "@/lib/domain/event-query";
import { publicArticleWhere } from "@/lib/data/visibility";

/**
 * Event lists for the reader pages. They add to the shared event filters what readers filter by
 * on the article side: the language and the publisher of at least one citing article.
 */
export interface ReaderEventQuery extends EventQuery {
  lang?: string[];
  publisher?: string[];
}

function readerWhere(q: ReaderEventQuery): Prisma.EventWhereInput {
  const where = eventWhere(q);
  const and = Array.isArray(where.AND) ? [...where.AND] : [];
  const article = publicArticleWhere(q.asOf);
  if (q.lang?.length)
    and.push({ citations: { some: { article: { ...article, language: { in: q.lang } } } } });
  if (q.publisher?.length) {
    and.push({ citations: { some: { article: { ...article, publisher: { slug: { in: q.publisher } } } } } });
  }
  return { AND: and };
}

/** A page of events, newest first by when they happened (keyset cursor, never OFFSET). */
export async function findReaderEvents(query: ReaderEventQuery): Promise<Page<EventDto>> {
  "use cache";
  cached(...labScoped(query.lab, tags.events, tags.articles));
  return eventPage(readerWhere(query), query);
}

/**
 * What changed lately: events by when they were first reported, newest first. With `asOf`, what
 * was new on that day.
 */
export async function findRecentlyReportedEvents(opts: {
  asOf?: string;
  limit: number;
}): Promise<EventDto[]> {
  "use cache";
  cached(tags.events, tags.articles);
  return firstPublicEvents(opts, [{ firstReportedAt: "desc" }, { occurredFrom: "desc" }, { id: "desc" }]);
}
