import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/data/cache";
import { findPublishedCopies, type DuplicateArticle } from "@/lib/data/admin-articles";
import { AcceptError, acceptSuggestions } from "@/lib/write/accept-suggestions";
import { articleSaveTransaction } from "@/lib/write/article/save-lock";
import { isBusy } from "@/lib/write/article/errors";
import { citedEventsChanged, commitmentTags, createdLabTags } from "@/lib/write/article/tags";
import { writeAudit, type AuditEntry } from "@/lib/write/audit";
import type { ReviewDecision } from "@/lib/validation/review-decision";

/**
 * Publish or discard a queued draft, for an editor the action has already checked and with input it
 * has already parsed: one transaction changes the article, turns the suggestions the editor
 * accepted into events and citations, and writes the audit entries (naming `user`). Returns the
 * cache tags a publish touched, for the action to expire.
 */

export type DecideOutcome =
  | { kind: "decided"; tags: string[] }
  /** a concurrent decision or edit got there first */
  | { kind: "stale" }
  /** an accepted suggestion could not be turned into an event; nothing was written */
  | { kind: "refused"; reason: string }
  /** the draft's text is a near-identical copy of a stored article; nothing was written */
  | { kind: "duplicate"; duplicates: DuplicateArticle[] }
  /** other saves held the article-save lock for too long; nothing was written */
  | { kind: "busy" };

export async function decideDraft(user: { id: number }, input: ReviewDecision): Promise<DecideOutcome> {
  const { articleId, version, decision, accept } = input;
  const userId = user.id;
  let outcome: { tags: string[] } | { duplicates: DuplicateArticle[] } | false;
  // The article form refuses a near-identical copy on save; an imported or feed-watched draft
  // meets the same check on publish, under the same lock (and in the same queue), before it
  // becomes visible. A discard cannot make a copy and needs no lock.
  const transaction =
    decision === "publish"
      ? articleSaveTransaction
      : <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => db.$transaction(work);
  try {
    outcome = await transaction(async (tx) => {
      if (decision === "publish") {
        const draft = await tx.article.findFirst({
          where: { id: articleId, version, status: "draft", deletedAt: null },
          select: { body: true },
        });
        if (!draft) return false;
        const duplicates = await findPublishedCopies(tx, articleId, draft.body);
        if (duplicates.length > 0) return { duplicates };
      }
      // Only a draft still in the version the editor saw: a concurrent decision wins, not both.
      const result = await tx.article.updateMany({
        where: { id: articleId, version, status: "draft", deletedAt: null },
        data:
          decision === "publish"
            ? { status: "published", version: { increment: 1 } }
            : { deletedAt: new Date(), version: { increment: 1 } },
      });
      if (result.count === 0) return false;
      const audit: AuditEntry[] = [];
      let accepted: { eventIds: number[]; tags: string[] } = { eventIds: [], tags: [] };
      if (decision === "publish" && accept.length > 0) {
        const article = await tx.article.findUniqueOrThrow({
          where: { id: articleId },
          select: { id: true, publishedFrom: true, reviewItem: { select: { suggestions: true } } },
        });
        // Same transaction as the status change: the publish keeps everything accepted, or fails whole.
        accepted = await acceptSuggestions(
          tx,
          article,
          article.reviewItem?.suggestions ?? null,
          accept,
          audit,
          userId,
        );
      }
      if (decision === "publish") {
        // Events the draft already cited (saved from the article form) become visible with it:
        // their first-report dates count this article from now on.
        const citedTags = await citedEventsChanged(tx, articleId);
        // Its plans become visible with it (on the models' and their labs' pages).
        citedTags.push(...(await commitmentTags(tx, articleId)), ...createdLabTags(audit));
        accepted = { ...accepted, tags: [...new Set([...accepted.tags, ...citedTags])] };
      }
      audit.push({
        userId,
        action: `review.${decision}`,
        entity: "article",
        entityId: articleId,
        after: {
          version: version + 1,
          ...(decision === "publish" ? { acceptedSuggestions: accept, events: accepted.eventIds } : {}),
        },
      });
      await writeAudit(tx, audit);
      return { tags: accepted.tags };
    });
  } catch (error) {
    if (error instanceof AcceptError) return { kind: "refused", reason: error.message };
    if (isBusy(error)) return { kind: "busy" };
    throw error;
  }
  if (!outcome) return { kind: "stale" };
  if ("duplicates" in outcome) return { kind: "duplicate", duplicates: outcome.duplicates };
  // Drafts are invisible to readers, so a discard touches no cached read; a publish does.
  return {
    kind: "decided",
    tags: decision === "publish" ? [tags.articles, tags.article(articleId), ...outcome.tags] : [],
  };
}
