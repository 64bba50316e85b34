import type { Prisma } from "@/lib/generated/prisma/client";
import { detectLanguage, extractFromText } from "@/lib/domain/extract";
import { cleanArticleText, contentHash } from "@/lib/domain/text-cleaning";
import type { ImportArticle } from "@/lib/import/article-row";
import type { ImportContext } from "@/lib/import/context";
import { articleUrlKey, normaliseArticleUrl } from "@/lib/import/normalise-url";

/**
 * A row turned into a draft article plus its review item: cleaned text, content hash, the
 * extraction assistant's suggestions and the labs/models it names. Shared by the bulk import and
 * the feed watcher, so both queue drafts the same way and skip the same duplicates.
 */
export interface PreparedDraft {
  line: number;
  url: string | null;
  hash: string;
  article: Omit<Prisma.ArticleCreateManyInput, "contentHash" | "url">;
  suggestions: Prisma.InputJsonValue;
  labs: string[];
  models: string[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * `extract: false` (the import's --no-extract) queues the draft without the assistant's
 * suggestions, for a big backfill where the assistant would be most of the time; the editor can still ask for them with
 * "Suggest from text". Mention matching still names the labs and models, so the queue's filters
 * work the same.
 */
export function prepareDraft(
  row: ImportArticle,
  line: number,
  ctx: ImportContext,
  sourceRef: string,
  opts: { extract?: boolean } = {},
): PreparedDraft | { error: string } {
  const body = cleanArticleText(row.body).text.trim();
  if (!body) return { error: "body: nothing left after removing ads and page furniture" };
  const extraction =
    opts.extract === false
      ? { events: [], labs: [], models: [], language: row.language ?? detectLanguage(body) }
      : extractFromText(body, {
          labs: ctx.labs,
          models: ctx.models,
          ...(row.language ? { lang: row.language } : {}),
          ...(row.published ? { articleDate: row.published } : {}),
        });
  const haystack = `${row.title}\n${body}`;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
  return {
    line,
    url: row.url ? normaliseArticleUrl(row.url) : null,
    hash: contentHash(body),
    article: {
      title: row.title,
      author: row.author ?? null,
      publisherId: ctx.publisherFor(row.url, row.publisher),
      publishedFrom: row.published ? day(row.published) : null,
      publishedTo: row.published ? day(row.published) : null,
      publishedPrecision: row.published ? "day" : null,
      publishedText: row.published ?? null,
      language: row.language ?? extraction.language,
      body,
      status: "draft",
      sourceRef,
    },
    suggestions: extraction.events as unknown as Prisma.InputJsonValue,
    labs: union(extraction.labs, ctx.labMentions(haystack)),
    models: union(extraction.models, ctx.modelMentions(haystack)),
  };
}

export interface CommitCounts {
  created: number;
  skippedKnown: number;
  skippedDuplicate: number;
}

/**
 * Inserts the drafts that are new, inside the caller's transaction: a URL already in the database
 * is "known", the same text (content hash) under another or no URL is a "duplicate", and so is a
 * repeat within the batch. Article and review item are written together or not at all.
 */
export async function insertDrafts(
  tx: Prisma.TransactionClient,
  drafts: PreparedDraft[],
  link: { importRunId?: number; feedSourceId?: number },
): Promise<CommitCounts> {
  const counts: CommitCounts = { created: 0, skippedKnown: 0, skippedDuplicate: 0 };
  if (drafts.length === 0) return counts;
  const keyOf = (d: PreparedDraft) => articleUrlKey(d.url);
  const urlKeys = drafts.flatMap((d) => keyOf(d) ?? []);
  const [knownUrls, knownHashes] = await Promise.all([
    // One array parameter each, not one per key: a batch has up to 10,000.
    urlKeys.length
      ? tx.$queryRaw<{ url_key: string }[]>`SELECT url_key FROM articles WHERE url_key = ANY(${urlKeys}::text[])`
      : Promise.resolve([]),
    tx.$queryRaw<{ content_hash: string }[]>`
      SELECT content_hash FROM articles WHERE content_hash = ANY(${drafts.map((d) => d.hash)}::text[])`,
  ]);
  // Compared by normalised key: http://www.x.com/a/?utm_source=rss is the known https://x.com/a.
  const seenUrls = new Set(knownUrls.map((a) => a.url_key));
  const seenHashes = new Set(knownHashes.map((a) => a.content_hash));
  const fresh: PreparedDraft[] = [];
  for (const d of drafts) {
    const key = keyOf(d);
    if (key && seenUrls.has(key)) {
      counts.skippedKnown++;
      continue;
    }
    if (seenHashes.has(d.hash)) {
      counts.skippedDuplicate++;
      continue;
    }
    if (key) seenUrls.add(key);
    seenHashes.add(d.hash);
    fresh.push(d);
  }
  if (fresh.length === 0) return counts;
  // ON CONFLICT DO NOTHING: a URL another writer committed since the check above is "known" too.
  // One statement with the batch as one JSON parameter: the same rows createManyAndReturn wrote,
  // without building a parameter per cell in the client (two thirds of an import's CPU time).
  const day = (d: Date | string | null | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? null));
  const articleRows = fresh.map((d) => ({
    url: d.url,
    url_key: keyOf(d),
    content_hash: d.hash,
    title: d.article.title,
    author: d.article.author ?? null,
    publisher_id: d.article.publisherId ?? null,
    published_from: day(d.article.publishedFrom),
    published_to: day(d.article.publishedTo),
    published_precision: d.article.publishedPrecision ?? null,
    published_text: d.article.publishedText ?? null,
    language: d.article.language,
    body: d.article.body,
    status: d.article.status ?? "draft",
    source_ref: d.article.sourceRef ?? null,
  }));
  const created = await tx.$queryRaw<{ id: number; content_hash: string }[]>`
    INSERT INTO articles (url, url_key, content_hash, title, author, publisher_id, published_from, published_to,
                          published_precision, published_text, language, body, status, source_ref, updated_at)
    SELECT url, url_key, content_hash, title, author, publisher_id, published_from, published_to,
           published_precision, published_text, language, body, status, source_ref, now()
      FROM jsonb_to_recordset(${JSON.stringify(articleRows)}::jsonb) AS x(
             url text, url_key text, content_hash text, title text, author text, publisher_id int,
             published_from date, published_to date, published_precision "DatePrecision", published_text text,
             language text, body text, status "ArticleStatus", source_ref text)
    ON CONFLICT DO NOTHING
    RETURNING id, content_hash`;
  counts.skippedKnown += fresh.length - created.length;
  // Hashes are unique within `fresh`, so they map each new row back to its draft.
  const idByHash = new Map(created.map((a) => [a.content_hash, a.id]));
  const itemRows = fresh.flatMap((d) => {
    const articleId = idByHash.get(d.hash);
    if (articleId === undefined) return [];
    return [{
      article_id: articleId,
      import_run_id: link.importRunId ?? null,
      feed_source_id: link.feedSourceId ?? null,
      source_line: d.line,
      suggestions: d.suggestions,
      labs: d.labs,
      models: d.models,
    }];
  });
  if (itemRows.length) {
    await tx.$executeRaw`
      INSERT INTO review_items (article_id, import_run_id, feed_source_id, source_line, suggestions, labs, models)
      SELECT article_id, import_run_id, feed_source_id, source_line, suggestions, labs, models
        FROM jsonb_to_recordset(${JSON.stringify(itemRows)}::jsonb) AS x(
               article_id int, import_run_id int, feed_source_id int, source_line int, suggestions jsonb,
               labs text[], models text[])`;
  }
  counts.created = created.length;
  return counts;
}
