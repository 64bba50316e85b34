import "server-only";
import { updateTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/data/cache";
import { AcceptError, acceptSuggestions } from "@/lib/write/accept-suggestions";
import { commitmentTags, createdLabTags } from "@/lib/write/article/tags";
import { writeAudit, type AuditEntry } from "@/lib/write/audit";
import { recomputeFirstReported } from "@/lib/write/first-reported";
import type { ActionState } from "@/lib/validation/action-result";
import { ReviewDecisionSchema } from "@/lib/validation/review-decision";

/**
 * Publish or discard a queued draft. The caller passes its authorisation check (the page's
 * requireEditor): it runs first, then the input is validated, then one transaction changes the
 * article, turns the suggestions the editor accepted into events and citations, and writes the
 * audit entries; then exactly the touched tags are invalidated.
 */


export async function decideDraft(
  authorise: () => Promise<{ id: number }>,
  input: unknown,
): Promise<ActionState> {
  // The check returns the acting user, who is written to the audit entry (never NULL).
  const user = await authorise();
  const parsed = ReviewDecisionSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { fieldErrors, message: "The decision could not be read." };
  }
  const { articleId, version, decision, accept } = parsed.data;
  const userId = user.id;
  let outcome: { tags: string[] } | false;
  try {
    outcome = await db.$transaction(async (tx) => {
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
        const cited = await tx.citation.findMany({
          where: { articleId },
          select: {
            eventId: true,
            event: { select: { lab: { select: { slug: true } }, model: { select: { slug: true } } } },
          },
        });
        await recomputeFirstReported(
          tx,
          cited.map((c) => c.eventId),
        );
        const citedTags = cited.flatMap((c) => [
          tags.lab(c.event.lab.slug),
          ...(c.event.model ? [tags.model(c.event.model.slug)] : []),
        ]);
        if (cited.length > 0) citedTags.push(tags.events, tags.labs);
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
    if (error instanceof AcceptError) return { message: `Nothing was published: ${error.message}` };
    throw error;
  }
  if (!outcome)
    return { message: "This draft was changed or decided by someone else meanwhile. Reload the queue." };
  // Drafts are invisible to readers, so a discard touches no cached read; a publish does.
  if (decision === "publish" && process.env.NEXT_RUNTIME) {
    updateTag(tags.articles);
    updateTag(tags.article(articleId));
    for (const tag of outcome.tags) updateTag(tag);
  }
  const events =
    accept.length > 0 && decision === "publish" ? ` ${accept.length} accepted suggestion(s) recorded.` : "";
  return { ok: true, message: decision === "publish" ? `Published.${events}` : "Discarded." };
}
