import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cached, labScoped, tags } from "@/lib/data/cache";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import type { EventDto, Page } from "@/lib/data/dto";
import { eventSelect, eventWhere, toEventDto } from "@/lib/data/events";
import type { EventQuery } from "@/lib/domain/event-query";
import { dayToDate, isoDay } from "@/lib/data/mappers";
import { publicArticleWhere, publicEventWhere } from "@/lib/data/visibility";

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
  const limit = query.limit ?? 20;
  const where = readerWhere(query);
  const cursor = decodeCursor(query.cursor);
  if (cursor && typeof cursor[0] === "string" && typeof cursor[1] === "number") {
    const at = dayToDate(cursor[0]);
    (where.AND as Prisma.EventWhereInput[]).push({
      OR: [{ occurredFrom: { lt: at } }, { occurredFrom: at, id: { lt: cursor[1] } }],
    });
  }
  const rows = await db.event.findMany({
    where,
    orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: eventSelect(query.asOf),
  });
  const items = rows.slice(0, limit).map(toEventDto);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([isoDay(last.occurredFrom), last.id]) : null };
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
  const rows = await db.event.findMany({
    where: publicEventWhere(opts.asOf),
    orderBy: [{ firstReportedAt: "desc" }, { occurredFrom: "desc" }, { id: "desc" }],
    take: opts.limit,
    select: eventSelect(opts.asOf),
  });
  return rows.map(toEventDto);
}
