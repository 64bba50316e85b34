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
    urlKeys.length
      ? tx.article.findMany({ where: { urlKey: { in: urlKeys } }, select: { urlKey: true } })
      : Promise.resolve([]),
    tx.article.findMany({ where: { contentHash: { in: drafts.map((d) => d.hash) } }, select: { contentHash: true } }),
  ]);
  // Compared by normalised key: http://www.x.com/a/?utm_source=rss is the known https://x.com/a.
  const seenUrls = new Set(knownUrls.map((a) => a.urlKey));
  const seenHashes = new Set(knownHashes.map((a) => a.contentHash));
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
  const created = await tx.article.createManyAndReturn({
    data: fresh.map((d) => ({ ...d.article, url: d.url, urlKey: keyOf(d), contentHash: d.hash })),
    select: { id: true, contentHash: true },
    skipDuplicates: true,
  });
  counts.skippedKnown += fresh.length - created.length;
  // Hashes are unique within `fresh`, so they map each new row back to its draft.
  const idByHash = new Map(created.map((a) => [a.contentHash, a.id]));
  await tx.reviewItem.createMany({
    data: fresh.flatMap((d) => {
      const articleId = idByHash.get(d.hash);
      if (articleId === undefined) return [];
      return [{
        articleId,
        importRunId: link.importRunId ?? null,
        feedSourceId: link.feedSourceId ?? null,
        sourceLine: d.line,
        suggestions: d.suggestions,
        labs: d.labs,
        models: d.models,
      }];
    }),
  });
  counts.created = created.length;
  return counts;
}
