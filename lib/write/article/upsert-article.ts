import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/data/cache";
import { findDuplicateArticles, getArticleForEdit } from "@/lib/data/admin-articles";
import { dayToDate } from "@/lib/data/mappers";
import { fuzzyDay, fuzzyMonth, fuzzyYear } from "@/lib/domain/fuzzy-date";
import { slugify } from "@/lib/domain/slugify";
import { contentHash } from "@/lib/domain/text-cleaning";
import { articleUrlKey } from "@/lib/import/normalise-url";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import type { AuditEntry } from "@/lib/write/audit";
import { Abort, type SaveStep } from "./step";

function publication(v: ArticleFormValues) {
  if (!v.publishedDate)
    return { publishedFrom: null, publishedTo: null, publishedPrecision: null, publishedText: null };
  const [y, m] = v.publishedDate.split("-").map(Number) as [number, number];
  const d =
    v.publishedPrecision === "year"
      ? fuzzyYear(y, String(y))
      : v.publishedPrecision === "month"
        ? fuzzyMonth(y, m, v.publishedDate.slice(0, 7))
        : fuzzyDay(v.publishedDate, v.publishedDate);
  return {
    publishedFrom: dayToDate(d.from),
    publishedTo: dayToDate(d.to),
    publishedPrecision: d.precision,
    publishedText: d.text,
  };
}

async function publisherId(
  tx: Prisma.TransactionClient,
  name: string | null,
  audit: AuditEntry[],
  userId: number,
) {
  if (!name) return null;
  const existing = await tx.publisher.findFirst({
    where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug: slugify(name) }] },
    select: { id: true },
  });
  if (existing) return existing.id;
  // An upsert by slug: two saves naming the same new publisher at once get one row, and the one
  // that did not insert reads the other's (a plain create would fail the whole save).
  const slug = slugify(name) || `publisher-${Date.now()}`;
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO publishers (slug, name) VALUES (${slug}, ${name})
    ON CONFLICT (slug) DO NOTHING RETURNING id`;
  const id =
    inserted[0]?.id ?? (await tx.publisher.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  if (inserted[0]) {
    const created = await tx.publisher.findUniqueOrThrow({ where: { id } });
    audit.push({ userId, action: "create", entity: "publisher", entityId: id, after: created });
  }
  return id;
}

export const articleAuditSelect = {
  id: true,
  url: true,
  title: true,
  author: true,
  publisherId: true,
  publishedFrom: true,
  publishedTo: true,
  publishedPrecision: true,
  language: true,
  body: true,
  summaryEn: true,
  originalReporterId: true,
  status: true,
  contentHash: true,
  version: true,
  deletedAt: true,
} satisfies Prisma.ArticleSelect;

/**
 * Step 2: the article row itself, after the duplicate check (repeated inside the transaction
 * whatever the form showed). An edit must carry the version the editor loaded.
 */
export async function upsertArticle(step: SaveStep, v: ArticleFormValues) {
  const { tx, userId, audit, touched, affectedEvents } = step;
  // The duplicate check is repeated here, inside the transaction, whatever the form showed.
  const hash = contentHash(v.body);
  const duplicates = await findDuplicateArticles(
    { url: v.url, contentHash: hash, body: v.body, excludeId: v.id },
    tx,
  );
  if (duplicates.length > 0) throw new Abort({ kind: "duplicate", duplicates });

  const data = {
    url: v.url,
    urlKey: articleUrlKey(v.url),
    title: v.title,
    author: v.author,
    publisherId: await publisherId(tx, v.publisher, audit, userId),
    originalReporterId: await publisherId(tx, v.originalReporter, audit, userId),
    ...publication(v),
    language: v.language,
    body: v.body,
    summaryEn: v.summaryEn,
    status: v.status,
    contentHash: hash,
  };

  let articleId: number;
  let version: number;
  if (v.id) {
    const before = await tx.article.findUnique({ where: { id: v.id }, select: articleAuditSelect });
    if (!before || before.deletedAt) throw new Abort({ kind: "not_found" });
    // Optimistic lock: only the version the editor loaded may be overwritten.
    const { count } = await tx.article.updateMany({
      where: { id: v.id, version: v.version ?? -1, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await getArticleForEdit(v.id, tx);
      if (!current) throw new Abort({ kind: "not_found" });
      throw new Abort({ kind: "conflict", current: current.form, currentVersion: current.version });
    }
    const after = await tx.article.findUniqueOrThrow({
      where: { id: v.id },
      select: articleAuditSelect,
    });
    audit.push({ userId, action: "update", entity: "article", entityId: v.id, before, after });
    articleId = v.id;
    version = after.version;
    // Status or date changes move first-report dates of everything this article cites.
    for (const c of await tx.citation.findMany({ where: { articleId }, select: { eventId: true } }))
      affectedEvents.add(c.eventId);
  } else {
    const created = await tx.article.create({ data, select: articleAuditSelect });
    audit.push({
      userId,
      action: "create",
      entity: "article",
      entityId: created.id,
      after: created,
    });
    articleId = created.id;
    version = created.version;
  }
  touched.add(tags.article(articleId));
  return { articleId, version };
}
