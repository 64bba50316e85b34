import "server-only";
import { updateTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/data/cache";
import { ReviewDecisionSchema } from "@/lib/validation/review-decision";

/**
 * Publish or discard a queued draft. The caller passes its authorisation check (the page's
 * requireEditor): it runs first, then the input is validated, then one transaction changes the
 * article and writes the audit entry, then exactly the touched tags are invalidated.
 */

export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

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
  const { articleId, version, decision } = parsed.data;
  const changed = await db.$transaction(async (tx) => {
    // Only a draft still in the version the editor saw: a concurrent decision wins, not both.
    const result = await tx.article.updateMany({
      where: { id: articleId, version, status: "draft", deletedAt: null },
      data:
        decision === "publish"
          ? { status: "published", version: { increment: 1 } }
          : { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (result.count === 0) return false;
    await tx.auditLog.create({
      data: {
        userId: user.id,
        action: `review.${decision}`,
        entity: "article",
        entityId: String(articleId),
        after: { version: version + 1 },
      },
    });
    return true;
  });
  if (!changed)
    return { message: "This draft was changed or decided by someone else meanwhile. Reload the queue." };
  // Drafts are invisible to readers, so a discard touches no cached read; a publish does.
  if (decision === "publish" && process.env.NEXT_RUNTIME) {
    updateTag(tags.articles);
    updateTag(tags.article(articleId));
  }
  return { ok: true, message: decision === "publish" ? "Published." : "Discarded." };
}
