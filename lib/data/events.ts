import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cached, tags } from "@/lib/data/cache";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import type { CitationDto, EventDto, Page } from "@/lib/data/dto";
import { compareArticles, corroborate, type CitationFacts } from "@/lib/domain/corroboration";
import type { EventQuery } from "@/lib/domain/event-query";
import { countedEventWhere, publicArticleWhere, publicEventWhere } from "@/lib/data/visibility";
import {
  dayToDate,
  eventClaimColumns,
  isoDay,
  isoDayOrNull,
  nameSelect,
  occurredOf,
  publishedOf,
  refSelect,
  toNumber,
} from "@/lib/data/mappers";

function citationWhere(asOf: string | undefined): Prisma.CitationWhereInput {
  return { article: publicArticleWhere(asOf) };
}

export const eventSelect = (asOf?: string) =>
  ({
    id: true,
    type: true,
    ...eventClaimColumns,
    firstReportedAt: true,
    knownFrom: true,
    titleDe: true,
    summaryDe: true,
    createdAt: true,
    updatedAt: true,
    version: true,
    lab: refSelect,
    model: refSelect,
    counterparty: refSelect,
    citations: {
      where: citationWhere(asOf),
      orderBy: [{ article: { publishedFrom: "asc" } }, { id: "asc" }],
      select: {
        role: true,
        quote: true,
        attribution: true,
        attributedTo: true,
        article: {
          select: {
            id: true,
            url: true,
            title: true,
            language: true,
            publishedFrom: true,
            publishedTo: true,
            publishedPrecision: true,
            publishedText: true,
            publisher: nameSelect,
            originalReporter: nameSelect,
          },
        },
      },
    },
  }) satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: ReturnType<typeof eventSelect> }>;

export function toEventDto(row: EventRow): EventDto {
  const facts = row.citations.map((c): CitationFacts => ({
    articleId: c.article.id,
    publishedFrom: isoDayOrNull(c.article.publishedFrom),
    publishedTo: isoDayOrNull(c.article.publishedTo),
    publisher: c.article.publisher?.name ?? null,
    originalReporter: c.article.originalReporter?.name ?? null,
    attribution: c.attribution,
    attributedTo: c.attributedTo,
    role: c.role,
  }));
  const support = corroborate(facts);
  const citations = row.citations.map((c, i): CitationDto => ({
    articleId: c.article.id,
    url: c.article.url,
    title: c.article.title,
    publisher: c.article.publisher?.name ?? null,
    language: c.article.language,
    publishedAt: isoDayOrNull(c.article.publishedFrom),
    published: publishedOf(c.article),
    role: support.roles[i] ?? c.role,
    recordedRole: c.role,
    quote: c.quote,
    attribution: c.attribution,
    attributedTo: c.attributedTo,
  }));
  // The first report's date at its real precision: the citing article published earliest, by the
  // same rule as the lead (a fuzzy date counts from its last day, docs/decisions/007).
  const first = citations
    .map((c, i) => ({ c, f: facts[i]! }))
    .filter(({ c }) => c.published)
    .sort((a, b) => compareArticles(a.f, b.f))[0]?.c;
  return {
    id: row.id,
    type: row.type,
    lab: row.lab,
    model: row.model,
    counterparty: row.counterparty,
    title: row.title,
    summary: row.summary,
    occurred: occurredOf(row),
    amountUsd: toNumber(row.amountUsd),
    amountUsdMax: toNumber(row.amountUsdMax),
    amountQualifier: row.amountQualifier,
    amountKind: row.amountKind,
    percent: toNumber(row.percent),
    headcount: row.headcount,
    headcountQualifier: row.headcountQualifier,
    status: row.status,
    firstReportedAt: isoDayOrNull(row.firstReportedAt),
    firstReported: first?.published ?? null,
    knownFrom: isoDayOrNull(row.knownFrom),
    addedAt: isoDay(row.createdAt),
    lastChangedAt: isoDay(row.updatedAt),
    titleDe: row.titleDe,
    summaryDe: row.summaryDe,
    independentSources: support.independentSources,
    sources: support.sources,
    leadArticleId: support.leadArticleId,
    articleCount: support.articleCount,
    version: row.version,
    citations,
  };
}

/** The where-clause every event list shares; raw strings never reach it unparsed. */
export function eventWhere(f: Omit<EventQuery, "cursor" | "limit">): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [publicEventWhere(f.asOf)];
  if (f.lab?.length) and.push({ lab: { slug: { in: f.lab } } });
  if (f.type?.length) and.push({ type: { in: f.type } });
  if (f.model?.length) and.push({ model: { slug: { in: f.model } } });
  if (f.status?.length) and.push({ status: { in: f.status } });
  if (f.claims === "counted") and.push(countedEventWhere());
  // A fuzzy date matches a range when the two overlap.
  if (f.from) and.push({ occurredTo: { gte: dayToDate(f.from) } });
  if (f.to) and.push({ occurredFrom: { lte: dayToDate(f.to) } });
  if (f.q) {
    and.push({
      OR: [
        { title: { contains: f.q, mode: "insensitive" } },
        { summary: { contains: f.q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

/** A page of events, newest first (by when they happened), with their citations. */
export async function findEvents(query: EventQuery): Promise<Page<EventDto>> {
  "use cache";
  cached(tags.events, tags.articles);
  return eventPage(eventWhere(query), query);
}

/** The events of `where` after (at, id) in the newest-first order by when they happened. */
export function eventsAfter(where: Prisma.EventWhereInput, at: Date, id: number): Prisma.EventWhereInput {
  return {
    ...where,
    AND: [
      ...(Array.isArray(where.AND) ? where.AND : []),
      // Implied by the OR, but the planner turns it into where the index scan starts; with the OR
      // alone it read the index from the top and filtered every row before the cursor, so page n
      // cost n pages (a page 411,000 rows deep: 4.2 s → 14 ms).
      { occurredFrom: { lte: at } },
      { OR: [{ occurredFrom: { lt: at } }, { occurredFrom: at, id: { lt: id } }] },
    ],
  };
}

/**
 * One keyset page (never OFFSET) of the events `where` matches, newest first by when they
 * happened; the API's list and the reader pages' lists differ only in their `where`.
 */
export async function eventPage(
  where: Prisma.EventWhereInput,
  query: Pick<EventQuery, "asOf" | "cursor" | "limit">,
): Promise<Page<EventDto>> {
  const limit = query.limit ?? 20;
  const cursor = decodeCursor(query.cursor);
  const rows = await db.event.findMany({
    where:
      cursor && typeof cursor[0] === "string" && typeof cursor[1] === "number"
        ? eventsAfter(where, dayToDate(cursor[0]), cursor[1])
        : where,
    orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: eventSelect(query.asOf),
  });
  const items = rows.slice(0, limit).map(toEventDto);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([isoDay(last.occurredFrom), last.id]) : null };
}

export async function getEventById(id: number, asOf?: string): Promise<EventDto | null> {
  "use cache";
  cached(tags.events, tags.articles);
  const row = await db.event.findFirst({
    where: { id, ...publicEventWhere(asOf) },
    select: eventSelect(asOf),
  });
  return row ? toEventDto(row) : null;
}

/**
 * Events whose words match every term of `q`: title and summary (English and German), the citing
 * quotes, the lab's and model's names and aliases. So an English query ("layoffs", "delay") finds
 * events reported only in German articles, through their English summaries. Newest first.
 */
export async function searchEvents(
  q: string,
  opts: { asOf?: string; lab?: string[]; limit?: number },
): Promise<EventDto[]> {
  "use cache";
  cached(tags.events, tags.articles);
  const terms = q
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length >= 2)
    .slice(0, 6);
  if (terms.length === 0) return [];
  const article = publicArticleWhere(opts.asOf);
  const rows = await db.event.findMany({
    where: {
      AND: [
        eventWhere({ asOf: opts.asOf, lab: opts.lab }),
        ...terms.map((term): Prisma.EventWhereInput => ({
          OR: [
            { title: { contains: term, mode: "insensitive" } },
            { summary: { contains: term, mode: "insensitive" } },
            { titleDe: { contains: term, mode: "insensitive" } },
            { summaryDe: { contains: term, mode: "insensitive" } },
            { citations: { some: { quote: { contains: term, mode: "insensitive" }, article } } },
            { lab: { name: { contains: term, mode: "insensitive" } } },
            { lab: { aliases: { has: term } } },
            { model: { name: { contains: term, mode: "insensitive" } } },
            { model: { aliases: { has: term } } },
          ],
        })),
      ],
    },
    orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
    take: opts.limit ?? 20,
    select: eventSelect(opts.asOf),
  });
  return rows.map(toEventDto);
}

/**
 * The first `limit` public events as known on `asOf`, in `orderBy`: the short "latest" lists
 * (home, what changed lately). Not cached itself; its callers are, each with its own tags.
 */
export async function firstPublicEvents(
  opts: { asOf?: string; limit: number },
  orderBy: Prisma.EventOrderByWithRelationInput[],
): Promise<EventDto[]> {
  const rows = await db.event.findMany({
    where: publicEventWhere(opts.asOf),
    orderBy,
    take: opts.limit,
    select: eventSelect(opts.asOf),
  });
  return rows.map(toEventDto);
}
