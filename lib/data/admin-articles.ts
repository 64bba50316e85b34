import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/data/mappers";
import type { ArticleFormInput } from "@/lib/validation/article-form";

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
      publisher: { select: { name: true } },
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

export interface ArticleForEdit {
  id: number;
  version: number;
  deletedAt: string | null;
  form: ArticleFormInput;
}

const PRECISION_FOR_FORM: Record<string, "day" | "month" | "year"> = { day: "day", month: "month", year: "year" };

/** The article as the form's string state, so an edit starts from exactly what is stored. */
export async function getArticleForEdit(id: number, client: Prisma.TransactionClient = db): Promise<ArticleForEdit | null> {
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
      publisher: { select: { name: true } },
      originalReporter: { select: { name: true } },
      citations: {
        orderBy: { id: "asc" },
        select: { eventId: true, role: true, quote: true, attribution: true, attributedTo: true, event: { select: { title: true } } },
      },
      commitments: {
        orderBy: { id: "asc" },
        select: { id: true, plannedText: true, quote: true, model: { select: { slug: true } } },
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
      language: a.language === "de" ? "de" : "en",
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
  /** what matched: the same URL, or near-identical text (same content hash) */
  by: "url" | "text";
}

/** Articles with this URL or this content hash, other than `excludeId`. Deleted ones count too. */
export async function findDuplicateArticles(
  opts: { url: string | null; contentHash: string | null; excludeId?: number },
  client: Prisma.TransactionClient = db,
): Promise<DuplicateArticle[]> {
  const or: Prisma.ArticleWhereInput[] = [];
  if (opts.url) or.push({ url: opts.url });
  if (opts.contentHash) or.push({ contentHash: opts.contentHash });
  if (or.length === 0) return [];
  const rows = await client.article.findMany({
    where: { OR: or, ...(opts.excludeId ? { id: { not: opts.excludeId } } : {}) },
    select: { id: true, title: true, url: true, deletedAt: true },
    take: 5,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    deleted: r.deletedAt !== null,
    by: opts.url && r.url === opts.url ? "url" : "text",
  }));
}

/** Names for the publisher pickers (pick an existing one or type a new name). */
export async function findPublisherNames(): Promise<string[]> {
  const rows = await db.publisher.findMany({ orderBy: { name: "asc" }, select: { name: true }, take: 500 });
  return rows.map((r) => r.name);
}
