import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cached, labScoped, tags } from "@/lib/data/cache";
import { publicArticleWhere, publicEventWhere } from "@/lib/data/visibility";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import type { ArticleDetail, ArticleSummary, Page } from "@/lib/data/dto";
import { dayToDate, isoDay, occurredColumns, occurredOf, publishedOf, refSelect } from "@/lib/data/mappers";
import { buildPrefixTsQuery } from "@/lib/domain/search-query";

/** Already-validated filters (see lib/validation/article-filters); every field optional. */
export interface ArticleQuery {
  lang?: string[];
  publisher?: string[];
  lab?: string[];
  from?: string;
  to?: string;
  asOf?: string;
  limit?: number;
  cursor?: string;
}

export const summarySelect = {
  id: true,
  url: true,
  title: true,
  language: true,
  summaryEn: true,
  publishedFrom: true,
  publishedTo: true,
  publishedPrecision: true,
  publishedText: true,
  publisher: refSelect,
  originalReporter: refSelect,
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;


/**
 * How many citations each of these articles has, counted for these ids only. (Prisma's
 * `_count` in a list select joins an aggregate over every citation — 1.27M rows at the 100k
 * tier, ~1 s per page — so a page of articles counts its own citations here instead.)
 */
export async function citationCounts(ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const groups = await db.citation.groupBy({
    by: ["articleId"],
    where: { articleId: { in: [...ids] } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.articleId, g._count._all]));
}

/** A page of article rows as summaries, with their citation counts (one query for the page). */
export async function toSummaries(rows: readonly SummaryRow[]): Promise<ArticleSummary[]> {
  const counts = await citationCounts(rows.map((r) => r.id));
  return rows.map((r) => toSummary(r, counts.get(r.id) ?? 0));
}

export function toSummary(row: SummaryRow, eventCount: number): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    originalReporter: row.originalReporter,
    published: publishedOf(row),
    language: row.language,
    summaryEn: row.summaryEn,
    eventCount,
  };
}

/**
 * The lab filter by lab id, not slug: with `events.lab_id = <constant>` the planner knows from
 * the column statistics how many events the lab has, so for a lab with much coverage it walks
 * `articles_public_published_from_id_idx` newest first and stops after a page (~20 articles
 * probed at the 100k tier), and for a small lab it starts from the lab's few events instead.
 * Through a join on `labs.slug` it could not tell the two apart and always read every article
 * citing the lab (50,000 for the biggest synthetic lab) to sort them — 1–4 s.
 */
export async function labIdsFor(slugs: readonly string[]): Promise<number[]> {
  const labs = await db.lab.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true } });
  return labs.map((l) => l.id);
}

/** `labIds`: the ids of `f.lab` (labIdsFor), for the index-friendly filter; else by slug. */
export function articleWhere(f: ArticleQuery, labIds?: readonly number[]): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [publicArticleWhere(f.asOf)];
  if (f.lang?.length) and.push({ language: { in: f.lang } });
  if (f.publisher?.length) and.push({ publisher: { slug: { in: f.publisher } } });
  if (f.lab?.length)
    and.push({
      citations: {
        some: { event: labIds ? { labId: { in: [...labIds] } } : { lab: { slug: { in: f.lab } } } },
      },
    });
  if (f.from) and.push({ publishedTo: { gte: dayToDate(f.from) } });
  if (f.to) and.push({ publishedFrom: { lte: dayToDate(f.to) } });
  return { AND: and };
}

/**
 * The articles of `where` after (publication day, id) in the newest-first order, where undated
 * articles sort last (NULLS LAST in a descending list): `day` is "" or null for an undated one.
 */
export function articlesAfter(where: Prisma.ArticleWhereInput, day: string | null, id: number): Prisma.ArticleWhereInput {
  const at = day ? dayToDate(day) : null;
  return {
    ...where,
    AND: [
      ...(Array.isArray(where.AND) ? where.AND : []),
      at
        ? { OR: [{ publishedFrom: { lt: at } }, { publishedFrom: at, id: { lt: id } }, { publishedFrom: null }] }
        : { publishedFrom: null, id: { lt: id } },
    ],
  };
}

/** Published articles, newest first, by keyset cursor. */
export async function findArticles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
  "use cache";
  cached(...labScoped(query.lab, tags.articles));
  const limit = query.limit ?? 20;
  let where = articleWhere(query, query.lab?.length ? await labIdsFor(query.lab) : undefined);
  const cursor = decodeCursor(query.cursor);
  if (cursor && typeof cursor[1] === "number")
    where = articlesAfter(where, typeof cursor[0] === "string" ? cursor[0] : null, cursor[1]);
  const rows = await db.article.findMany({
    where,
    orderBy: [{ publishedFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit + 1,
    select: summarySelect,
  });
  const items = await toSummaries(rows.slice(0, limit));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items,
    nextCursor: last ? encodeCursor([last.publishedFrom ? isoDay(last.publishedFrom) : "", last.id]) : null,
  };
}

export async function getArticleById(id: number, asOf?: string): Promise<ArticleDetail | null> {
  "use cache";
  cached(tags.articles, tags.article(id), tags.events);
  const row = await db.article.findFirst({
    where: { id, ...publicArticleWhere(asOf) },
    select: {
      ...summarySelect,
      _count: { select: { citations: true } },
      author: true,
      isExcerpt: true,
      body: true,
      status: true,
      contentHash: true,
      version: true,
      citations: {
        where: {
          event: publicEventWhere(asOf),
        },
        orderBy: [{ event: { occurredFrom: "asc" } }, { id: "asc" }],
        select: {
          role: true,
          quote: true,
          attribution: true,
          attributedTo: true,
          event: {
            select: {
              id: true,
              type: true,
              title: true,
              status: true,
              ...occurredColumns,
              lab: refSelect,
              model: refSelect,
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row, row._count.citations),
    author: row.author,
    isExcerpt: row.isExcerpt,
    body: row.body,
    status: row.status,
    contentHash: row.contentHash,
    version: row.version,
    events: row.citations.map((c) => ({
      id: c.event.id,
      type: c.event.type,
      title: c.event.title,
      lab: c.event.lab,
      model: c.event.model,
      occurred: occurredOf(c.event),
      status: c.event.status,
      role: c.role,
      quote: c.quote,
      attribution: c.attribution,
      attributedTo: c.attributedTo,
    })),
  };
}

export interface SearchHit extends ArticleSummary {
  /** highlighted fragments: matched words sit between \u0002 and \u0003 (never HTML) */
  snippet: string;
}

// Control characters as highlight markers: they cannot occur in article text, so the client can
// split on them and render <mark> itself, never injecting HTML from the database.
/** How many of the newest articles search looks at before it asks the text index (see below). */
const SEARCH_WALK = 2000;
const HL_START = "\u0002";
const HL_STOP = "\u0003";

/**
 * Full-text search over published articles in German and English. The query is stemmed with
 * both configurations (each article's vector was built with its own language) and ORed.
 */
export async function searchArticles(q: string, query: ArticleQuery): Promise<Page<SearchHit>> {
  "use cache";
  cached(tags.articles);
  const tsq = buildPrefixTsQuery(q);
  if (!tsq) return { items: [], nextCursor: null };
  const limit = query.limit ?? 20;
  const cursor = decodeCursor(query.cursor);
  const afterDate = cursor && typeof cursor[0] === "string" && cursor[0] ? cursor[0] : null;
  const afterId = cursor && typeof cursor[1] === "number" ? cursor[1] : null;

  const conditions: Prisma.Sql[] = [
    Prisma.sql`a.deleted_at IS NULL`,
    Prisma.sql`a.status = 'published'`,
    Prisma.sql`a.search @@ (to_tsquery('german', ${tsq}) || to_tsquery('english', ${tsq}))`,
  ];
  if (query.lang?.length) conditions.push(Prisma.sql`a.language IN (${Prisma.join(query.lang)})`);
  if (query.publisher?.length) {
    conditions.push(
      Prisma.sql`a.publisher_id IN (SELECT id FROM publishers WHERE slug IN (${Prisma.join(query.publisher)}))`,
    );
  }
  if (query.lab?.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM citations c JOIN events e ON e.id = c.event_id
      JOIN labs l ON l.id = e.lab_id WHERE c.article_id = a.id AND l.slug IN (${Prisma.join(query.lab)}))`);
  }
  if (query.from) conditions.push(Prisma.sql`a.published_to >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`a.published_from <= ${query.to}::date`);
  // publicArticleWhere's as-of rule in SQL: the last possible publication day counts.
  if (query.asOf)
    conditions.push(Prisma.sql`coalesce(a.published_to, a.published_from) <= ${query.asOf}::date`);
  const after =
    afterId === null
      ? null
      : afterDate
        ? Prisma.sql`(a.published_from < ${afterDate}::date OR (a.published_from = ${afterDate}::date AND a.id < ${afterId}) OR a.published_from IS NULL)`
        : Prisma.sql`(a.published_from IS NULL AND a.id < ${afterId})`;
  if (after) conditions.push(after);

  // The planner cannot estimate how many articles a prefix text query hits. So: first the newest
  // SEARCH_WALK articles in list order (articles_published_from_id_idx) — a common word fills the
  // page from them in a few ms; only when they hold less than a page, the text-search plan over
  // every article ("+ 0" keeps it off the list index: walking all of it for a word no article
  // contains took 2.4 s at the 100k tier, the GIN index answers in ms). Same order, same rows.
  const select = (from: Prisma.Sql, order: Prisma.Sql) => db.$queryRaw<{ id: number; snippet: string }[]>`
    SELECT a.id,
      ts_headline(
        CASE WHEN a.language = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END,
        a.body,
        CASE WHEN a.language = 'de' THEN to_tsquery('german', ${tsq}) ELSE to_tsquery('english', ${tsq}) END,
        ${`StartSel=${HL_START}, StopSel=${HL_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter= … `}
      ) AS snippet
    FROM ${from}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}
    LIMIT ${limit + 1}`;
  let rows = await select(
    Prisma.sql`(SELECT * FROM articles a ${after ? Prisma.sql`WHERE ${after}` : Prisma.empty}
      ORDER BY a.published_from DESC NULLS LAST, a.id DESC LIMIT ${SEARCH_WALK}) a`,
    Prisma.sql`a.published_from DESC NULLS LAST, a.id DESC`,
  );
  if (rows.length <= limit) {
    rows = await select(
      Prisma.sql`articles a`,
      Prisma.sql`a.published_from + 0 DESC NULLS LAST, a.id + 0 DESC`,
    );
  }

  const page = rows.slice(0, limit);
  const summaries = await db.article.findMany({
    where: { id: { in: page.map((r) => r.id) } },
    select: summarySelect,
  });
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const counts = await citationCounts(summaries.map((s) => s.id));
  const items: SearchHit[] = page.flatMap((r) => {
    const s = byId.get(r.id);
    return s ? [{ ...toSummary(s, counts.get(s.id) ?? 0), snippet: r.snippet }] : [];
  });
  const last = rows.length > limit ? byId.get(page[page.length - 1]?.id ?? -1) : undefined;
  return {
    items,
    nextCursor: last ? encodeCursor([last.publishedFrom ? isoDay(last.publishedFrom) : "", last.id]) : null,
  };
}
