import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/require-user";
import { tags } from "@/lib/data/cache";
import { findDuplicateArticles, type DuplicateArticle } from "@/lib/data/admin-articles";
import { deletionAudit, writeAudit } from "@/lib/write/audit";
import { isUniqueViolation } from "./errors";
import { Abort } from "./step";
import { citedEventsChanged, commitmentTags } from "./tags";
import { articleAuditSelect } from "./upsert-article";

/** Soft delete (deleted = true) or restore; first-report dates of its events follow. */
export async function setArticleDeleted(
  user: SessionUser,
  id: number,
  deleted: boolean,
): Promise<
  | { kind: "saved"; tags: string[] }
  | { kind: "not_found" }
  | { kind: "duplicate"; duplicates: DuplicateArticle[] }
> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id }, select: articleAuditSelect });
      if (!before || (before.deletedAt !== null) === deleted) throw new Abort({ kind: "not_found" });
      const after = await tx.article.update({
        where: { id },
        data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
        select: articleAuditSelect,
      });
      const citedTags = await citedEventsChanged(tx, id);
      await writeAudit(tx, [deletionAudit(user, "article", id, deleted, { before, after })]);
      const touched = new Set<string>([tags.articles, tags.article(id), ...citedTags]);
      for (const tag of await commitmentTags(tx, id)) touched.add(tag);
      return { kind: "saved" as const, tags: [...touched] };
    });
  } catch (error) {
    if (error instanceof Abort) {
      const o = error.outcome;
      if (o.kind === "not_found" || o.kind === "duplicate") return o;
    }
    // Restoring an article whose text is live again as another article.
    if (!deleted && isUniqueViolation(error)) {
      const row = await db.article.findUnique({ where: { id }, select: { url: true, contentHash: true } });
      const duplicates = row
        ? await findDuplicateArticles({ url: row.url, contentHash: row.contentHash, excludeId: id })
        : [];
      return { kind: "duplicate", duplicates };
    }
    throw error;
  }
}
