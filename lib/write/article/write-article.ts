import "server-only";
import type { SessionUser } from "@/lib/auth/require-user";
import { tags } from "@/lib/data/cache";
import { findDuplicateArticles } from "@/lib/data/admin-articles";
import { contentHash } from "@/lib/domain/text-cleaning";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import { createEvents } from "./create-events";
import { isBusy, isUniqueViolation } from "./errors";
import { finishSave } from "./finish";
import { resolveReferences } from "./resolve-references";
import { articleSaveTransaction } from "./save-lock";
import { Abort, type ArticleWriteOutcome, type SaveStep } from "./step";
import { syncCitations } from "./sync-citations";
import { syncReleaseDates } from "./sync-release-dates";
import { upsertArticle } from "./upsert-article";

/**
 * The article save, as one transaction: article, publishers, citations, new events, release
 * commitments, first-report dates and audit entries — all or nothing. Called by the server
 * action after it has checked the session and validated the input.
 */
export async function writeArticle(user: SessionUser, v: ArticleFormValues): Promise<ArticleWriteOutcome> {
  try {
    // Saves wait their turn before the transaction opens, so waiting does not run out its clock.
    return await articleSaveTransaction(async (tx) => {
      const step: SaveStep = {
        tx,
        userId: user.id,
        audit: [],
        touched: new Set<string>([tags.articles]),
        affectedEvents: new Set<number>(),
      };
      const references = await resolveReferences(step, v);
      const { articleId, version } = await upsertArticle(step, v);
      await syncCitations(step, articleId, v.citations);
      await createEvents(step, articleId, v, references);
      await syncReleaseDates(step, articleId, v, references);
      await finishSave(step);
      return { kind: "saved" as const, id: articleId, version, tags: [...step.touched] };
    });
  } catch (error) {
    if (error instanceof Abort) return error.outcome;
    // A concurrent save of the same URL or text slipped past the check: a unique index refuses it.
    if (isUniqueViolation(error)) {
      const duplicates = await findDuplicateArticles({
        url: v.url,
        contentHash: contentHash(v.body),
        excludeId: v.id,
      });
      if (duplicates.length > 0) return { kind: "duplicate", duplicates };
    }
    if (isBusy(error)) return { kind: "busy" };
    throw error;
  }
}
