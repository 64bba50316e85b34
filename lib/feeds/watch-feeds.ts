import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ImportArticleSchema } from "@/lib/import/article-row";
import { loadImportContext, type ImportContext } from "@/lib/import/context";
import { insertDrafts, prepareDraft, type PreparedDraft } from "@/lib/import/drafts";
import { FeedFetchError, fetchFeed, type FetchFeedOptions } from "@/lib/feeds/fetch-feed";
import { FeedParseError, parseFeed } from "@/lib/import/parse-feed";

/**
 * `npm run watch-feeds`: polls the configured publishers' feeds, keeps the items that name a
 * tracked lab or model, and queues them as drafts with suggestions — the same drafts the bulk
 * import makes. Each poll's outcome is stored on the feed source for the admin status page.
 */

export interface FeedPollResult {
  slug: string;
  status: "ok" | "not_modified" | "error";
  attempts: number;
  items: number;
  queued: number;
  unrelated: number;
  known: number;
  invalid: number;
  error?: string;
}

export type PollOptions = Omit<FetchFeedOptions, "etag" | "lastModified"> & { context?: ImportContext; now?: () => Date };

type Source = { id: number; slug: string; name: string; url: string; language: string | null; etag: string | null; lastModified: string | null };

export async function pollFeedSource(prisma: PrismaClient, source: Source, options: PollOptions = {}): Promise<FeedPollResult> {
  const now = options.now ?? (() => new Date());
  const ctx = options.context ?? (await loadImportContext(prisma));
  const result: FeedPollResult = { slug: source.slug, status: "ok", attempts: 0, items: 0, queued: 0, unrelated: 0, known: 0, invalid: 0 };
  try {
    const fetched = await fetchFeed(source.url, { ...options, etag: source.etag, lastModified: source.lastModified });
    result.attempts = fetched.attempts;
    if (fetched.status === "not_modified") {
      result.status = "not_modified";
      await prisma.feedSource.update({
        where: { id: source.id },
        data: { lastPolledAt: now(), lastSuccessAt: now(), lastStatus: "ok", lastError: null, lastAttempts: fetched.attempts, consecutiveFailures: 0 },
      });
      return result;
    }
    const feed = parseFeed(fetched.body);
    result.items = feed.items.length;
    const drafts: PreparedDraft[] = [];
    for (const [i, item] of feed.items.entries()) {
      const haystack = `${item.title}\n${item.text}`;
      if (ctx.labMentions(haystack).length === 0 && ctx.modelMentions(haystack).length === 0) {
        result.unrelated++;
        continue;
      }
      const link = item.link ?? (item.guid && /^https?:\/\//.test(item.guid) ? item.guid : undefined);
      const parsed = ImportArticleSchema.safeParse({
        url: link,
        title: item.title,
        body: item.text || item.title,
        published: item.published ?? undefined,
        author: item.author ?? undefined,
        language: source.language ?? feed.language ?? undefined,
        publisher: source.name,
      });
      const draft = parsed.success ? prepareDraft(parsed.data, i + 1, ctx, `feed:${source.slug}`) : null;
      if (!draft || "error" in draft) {
        result.invalid++;
        continue;
      }
      drafts.push(draft);
    }
    // Drafts and the feed's new status commit together: a crash never queues half a feed.
    await prisma.$transaction(async (tx) => {
      const counts = await insertDrafts(tx, drafts, { feedSourceId: source.id });
      result.queued = counts.created;
      result.known = counts.skippedKnown + counts.skippedDuplicate;
      await tx.feedSource.update({
        where: { id: source.id },
        data: {
          lastPolledAt: now(),
          lastSuccessAt: now(),
          lastStatus: "ok",
          lastError: null,
          lastAttempts: fetched.attempts,
          consecutiveFailures: 0,
          itemsSeen: { increment: feed.items.length },
          itemsQueued: { increment: counts.created },
          etag: fetched.etag,
          lastModified: fetched.lastModified,
        },
      });
    });
    return result;
  } catch (error) {
    const known = error instanceof FeedFetchError || error instanceof FeedParseError;
    result.status = "error";
    result.attempts = error instanceof FeedFetchError ? error.attempts : Math.max(result.attempts, 1);
    result.error = known ? error.message : `unexpected: ${(error as Error).message}`;
    await prisma.feedSource.update({
      where: { id: source.id },
      data: {
        lastPolledAt: now(),
        lastStatus: "error",
        lastError: result.error.slice(0, 500),
        lastAttempts: result.attempts,
        consecutiveFailures: { increment: 1 },
      },
    });
    return result;
  }
}

/** Polls every enabled feed, one after another (publishers are not in a hurry; we are polite). */
export async function pollAllFeeds(prisma: PrismaClient, options: PollOptions = {}): Promise<FeedPollResult[]> {
  const sources = await prisma.feedSource.findMany({
    where: { enabled: true },
    orderBy: { id: "asc" },
    select: { id: true, slug: true, name: true, url: true, language: true, etag: true, lastModified: true },
  });
  const context = options.context ?? (await loadImportContext(prisma));
  const results: FeedPollResult[] = [];
  for (const source of sources) results.push(await pollFeedSource(prisma, source, { ...options, context }));
  return results;
}
