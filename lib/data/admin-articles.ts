import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, nameSelect, slugSelect } from "@/lib/data/mappers";
import { articleUrlKey } from "@/lib/import/normalise-url";
import {
  NEAR_DUPLICATE_MIN_CHARS,
  NEAR_DUPLICATE_MIN_LENGTH_RATIO,
  isNearDuplicate,
} from "@/lib/domain/near-duplicate";

/**
 * Server-only reads for the admin. Never cached: editors must see what is in the database now,
 * drafts and deleted articles included. Callers have checked the session.
 */

export interface AdminArticleRow {
  id: number;
  title: string;
  url: string | null;
  language: string;
  status: "draft" | "published";
  publishedFrom: string | null;
  publisher: string | null;
  citationCount: number;
  deletedAt: string | null;
  updatedAt: string;
}

export async function findAdminArticles(opts: { q?: string; deleted?: boolean; limit?: number }): Promise<AdminArticleRow[]> {
  const where: Prisma.ArticleWhereInput = {
    deletedAt: opts.deleted ? { not: null } : null,
    ...(opts.q
      ? { OR: [{ title: { contains: opts.q, mode: "insensitive" } }, { url: { contains: opts.q, mode: "insensitive" } }] }
      : {}),
  };
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 100,
    select: {
      id: true,
      title: true,
      url: true,
      language: true,
      status: true,
      publishedFrom: true,
      deletedAt: true,
      updatedAt: true,
      publisher: nameSelect,
      _count: { select: { citations: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.url,
    language: r.language,
    status: r.status,
    publishedFrom: r.publishedFrom ? isoDay(r.publishedFrom) : null,
    publisher: r.publisher?.name ?? null,
    citationCount: r._count.citations,
    deletedAt: r.deletedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * A record as its edit form's string state. The shape is inferred from the mapping below; the
 * form's schema (lib/validation) is checked against it where the two meet (the edit page, the
 * conflict answer of a save), so lib/data does not depend on lib/validation.
 */
export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

const PRECISION_FOR_FORM: Record<string, "day" | "month" | "year"> = { day: "day", month: "month", year: "year" };

/** The article as the form's string state, so an edit starts from exactly what is stored. */
export async function getArticleForEdit(id: number, client: Prisma.TransactionClient = db) {
  const a = await client.article.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      deletedAt: true,
      url: true,
      title: true,
      author: true,
      language: true,
      body: true,
      summaryEn: true,
      status: true,
      publishedFrom: true,
      publishedPrecision: true,
      publisher: nameSelect,
      originalReporter: nameSelect,
      citations: {
        orderBy: { id: "asc" },
        select: { eventId: true, role: true, quote: true, attribution: true, attributedTo: true, event: { select: { title: true } } },
      },
      commitments: {
        orderBy: { id: "asc" },
        select: { id: true, plannedText: true, quote: true, model: slugSelect },
      },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    version: a.version,
    deletedAt: a.deletedAt?.toISOString() ?? null,
    form: {
      id: a.id,
      version: a.version,
      url: a.url ?? "",
      title: a.title,
      publisher: a.publisher?.name ?? "",
      publishedDate: a.publishedFrom ? isoDay(a.publishedFrom) : "",
      publishedPrecision: PRECISION_FOR_FORM[a.publishedPrecision ?? "day"] ?? "day",
      language: a.language === "de" ? ("de" as const) : ("en" as const),
      originalReporter: a.originalReporter?.name ?? "",
      author: a.author ?? "",
      body: a.body,
      summaryEn: a.summaryEn ?? "",
      status: a.status,
      citations: a.citations.map((c) => ({
        eventId: c.eventId,
        eventTitle: c.event.title,
        role: c.role,
        quote: c.quote,
        attribution: c.attribution,
        attributedTo: c.attributedTo ?? "",
      })),
      newEvents: [],
      commitments: a.commitments.map((c) => ({
        key: `c${c.id}`,
        id: c.id,
        model: c.model.slug,
        plannedText: c.plannedText,
        quote: c.quote ?? "",
      })),
    },
  };
}

export interface DuplicateArticle {
  id: number;
  title: string;
  deleted: boolean;
  /** what matched: the same (normalised) URL, or the same or a near-identical text */
  by: "url" | "text";
}

/**
 * Articles with this normalised URL, this content hash, or (given `body`) a near-identical text,
 * other than `excludeId`. Deleted ones count too (the editor can restore them instead).
 */
export async function findDuplicateArticles(
  opts: { url: string | null; contentHash: string | null; body?: string | null; excludeId?: number },
  client: Prisma.TransactionClient = db,
): Promise<DuplicateArticle[]> {
  const urlKey = articleUrlKey(opts.url);
  const or: Prisma.ArticleWhereInput[] = [];
  if (opts.url) or.push({ url: opts.url });
  if (urlKey) or.push({ urlKey });
  if (opts.contentHash) or.push({ contentHash: opts.contentHash });
  const out: DuplicateArticle[] = [];
  if (or.length > 0) {
    const rows = await client.article.findMany({
      where: { OR: or, ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}) },
      select: { id: true, title: true, url: true, urlKey: true, deletedAt: true },
      take: 5,
    });
    for (const r of rows) {
      const byUrl = (opts.url && r.url === opts.url) || (urlKey && r.urlKey === urlKey);
      out.push({ id: r.id, title: r.title, deleted: r.deletedAt !== null, by: byUrl ? "url" : "text" });
    }
  }
  const body = opts.body?.trim();
  if (body && body.length >= NEAR_DUPLICATE_MIN_CHARS && out.length < 5) {
    const seen = new Set(out.map((d) => d.id));
    for (const r of await findNearIdenticalTexts(client, body, opts.excludeId)) {
      if (!seen.has(r.id)) out.push({ id: r.id, title: r.title, deleted: r.deletedAt !== null, by: "text" });
    }
  }
  return out.slice(0, 5);
}

/**
 * Articles other than draft `articleId` (drafts are left out: two imported copies must not block
 * each other) whose text is a near-identical copy of `body`: publishing the draft would make it
 * a second copy of one of them. Deleted ones count too (the editor can restore them instead).
 */
export async function findPublishedCopies(
  client: Prisma.TransactionClient,
  articleId: number,
  body: string,
): Promise<DuplicateArticle[]> {
  if (body.trim().length < NEAR_DUPLICATE_MIN_CHARS) return [];
  const rows = await findNearIdenticalTexts(client, body.trim(), articleId, { skipDrafts: true });
  return rows.slice(0, 5).map((r) => ({ id: r.id, title: r.title, deleted: r.deletedAt !== null, by: "text" }));
}

/**
 * Candidates from the trigram GIN index (`%`, similarity ≥ 0.3, far looser than a copy), of
 * comparable length; lib/domain/near-duplicate.ts decides which are copies.
 */
async function findNearIdenticalTexts(
  client: Prisma.TransactionClient,
  body: string,
  excludeId?: number,
  { skipDrafts = false } = {},
) {
  const candidates = await client.$queryRaw<{ id: number; title: string; deletedAt: Date | null; body: string }[]>`
    SELECT a.id, a.title, a.deleted_at AS "deletedAt", a.body
      FROM articles a
     WHERE a.body % ${body}
       AND a.id <> ${excludeId ?? 0}
       AND (NOT ${skipDrafts} OR a.status <> 'draft')
       AND LEAST(length(a.body), length(${body}))::float8 / GREATEST(length(a.body), length(${body}), 1)
           >= ${NEAR_DUPLICATE_MIN_LENGTH_RATIO}
     ORDER BY similarity(a.body, ${body}) DESC
     LIMIT 20`;
  return candidates.filter((c) => isNearDuplicate(c.body, body));
}

/** Names for the publisher pickers (pick an existing one or type a new name). */
export async function findPublisherNames(): Promise<string[]> {
  const rows = await db.publisher.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: 500 });
  return rows.map((r) => r.name);
}
