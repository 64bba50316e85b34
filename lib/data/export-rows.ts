import "server-only";
import { db } from "@/lib/db";
import type { ArticleSummary, EventDto } from "@/lib/data/dto";
import {
  articlesAfter,
  articleWhere,
  summarySelect,
  toSummaries,
  type ArticleQuery,
} from "@/lib/data/articles";
import { eventSelect, eventsAfter, eventWhere, toEventDto } from "@/lib/data/events";
import type { EventQuery } from "@/lib/domain/event-query";

/**
 * Every row of a filtered list, one keyset page at a time, for the CSV/NDJSON/JSON exports: memory
 * stays at one page however many rows match. Deliberately not 'use cache' — a million-row export
 * must not be held in the cache.
 */

/** Pages of `pageSize` rows, each read after the last row of the one before, until a short page. */
async function* keysetPages<Row, Key>(
  pageSize: number,
  readPage: (after: Key | null) => Promise<Row[]>,
  keyOf: (last: Row) => Key,
): AsyncGenerator<Row[]> {
  let after: Key | null = null;
  for (;;) {
    const rows = await readPage(after);
    yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = keyOf(last);
  }
}

export async function* iterateEvents(
  filters: Omit<EventQuery, "cursor" | "limit">,
  pageSize = 500,
): AsyncGenerator<EventDto> {
  const pages = keysetPages(
    pageSize,
    (after: { at: Date; id: number } | null) =>
      db.event.findMany({
        where: after ? eventsAfter(eventWhere(filters), after.at, after.id) : eventWhere(filters),
        orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
        take: pageSize,
        select: eventSelect(filters.asOf),
      }),
    (last) => ({ at: last.occurredFrom, id: last.id }),
  );
  for await (const rows of pages) for (const row of rows) yield toEventDto(row);
}

export async function* iterateArticles(
  filters: Omit<ArticleQuery, "cursor" | "limit">,
  pageSize = 500,
): AsyncGenerator<ArticleSummary> {
  // Sort key of the last row: its publication day (null sorts last) and id.
  const pages = keysetPages(
    pageSize,
    (after: { at: string | null; id: number } | null) =>
      db.article.findMany({
        where: after ? articlesAfter(articleWhere(filters), after.at, after.id) : articleWhere(filters),
        orderBy: [{ publishedFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        take: pageSize,
        select: summarySelect,
      }),
    (last) => ({
      at: last.publishedFrom ? last.publishedFrom.toISOString().slice(0, 10) : null,
      id: last.id,
    }),
  );
  for await (const rows of pages) for (const summary of await toSummaries(rows)) yield summary;
}
