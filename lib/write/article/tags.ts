import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tags } from "@/lib/data/cache";
import type { AuditEntry } from "@/lib/write/audit";
import { slugSelect } from "@/lib/data/mappers";

/**
 * The tags of the models an article plans releases for, and of their labs (a lab page shows its
 * models' plans): for a change that makes the article's plans appear or disappear.
 */
export async function commitmentTags(tx: Prisma.TransactionClient, articleId: number): Promise<string[]> {
  const commitments = await tx.releaseCommitment.findMany({
    where: { articleId },
    select: { model: { select: { slug: true, lab: slugSelect } } },
  });
  return commitments.flatMap((c) => [tags.models, tags.model(c.model.slug), tags.lab(c.model.lab.slug)]);
}

/** A lab created by this write: its page was a cached "not found" until now. */
export function createdLabTags(audit: readonly AuditEntry[]): string[] {
  return audit.flatMap((e) => {
    const slug = (e.after as { slug?: unknown } | undefined)?.slug;
    return e.entity === "lab" && e.action === "create" && typeof slug === "string" ? [tags.lab(slug)] : [];
  });
}
