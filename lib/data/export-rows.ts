import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

export async function* iterateEvents(
  filters: Omit<EventQuery, "cursor" | "limit">,
  pageSize = 500,
): AsyncGenerator<EventDto> {
  let after: { at: Date; id: number } | null = null;
  for (;;) {
    const where: Prisma.EventWhereInput = after
      ? eventsAfter(eventWhere(filters), after.at, after.id)
      : eventWhere(filters);
    const rows = await db.event.findMany({
      where,
      orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
      take: pageSize,
      select: eventSelect(filters.asOf),
    });
    for (const row of rows) yield toEventDto(row);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { at: last.occurredFrom, id: last.id };
  }
}

export async function* iterateArticles(
  filters: Omit<ArticleQuery, "cursor" | "limit">,
  pageSize = 500,
): AsyncGenerator<ArticleSummary> {
  // Sort key of the last row: its publication day (null sorts last) and id.
  let after: { at: string | null; id: number } | null = null;
  for (;;) {
    const where: Prisma.ArticleWhereInput = after
      ? articlesAfter(articleWhere(filters), after.at, after.id)
      : articleWhere(filters);
    const rows = await db.article.findMany({
      where,
      orderBy: [{ publishedFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: pageSize,
      select: summarySelect,
    });
    for (const summary of await toSummaries(rows)) yield summary;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { at: last.publishedFrom ? last.publishedFrom.toISOString().slice(0, 10) : null, id: last.id };
  }
}
