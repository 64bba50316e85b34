import "server-only";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import type { SaveStep } from "./step";

/** Step 3: the article's citations of existing events — the form holds the full list. */
export async function syncCitations(
  { tx, userId, audit, affectedEvents }: SaveStep,
  articleId: number,
  citations: ArticleFormValues["citations"],
) {
  // Remove the dropped, update the kept, add the new.
  const existing = await tx.citation.findMany({ where: { articleId } });
  const wanted = new Map(citations.map((c) => [`${c.eventId}:${c.role}`, c]));
  for (const c of existing) {
    const keep = wanted.get(`${c.eventId}:${c.role}`);
    if (!keep) {
      await tx.citation.delete({ where: { id: c.id } });
      audit.push({ userId, action: "delete", entity: "citation", entityId: c.id, before: c });
      affectedEvents.add(c.eventId);
    } else if (
      keep.quote !== c.quote ||
      keep.attribution !== c.attribution ||
      keep.attributedTo !== c.attributedTo
    ) {
      const after = await tx.citation.update({
        where: { id: c.id },
        data: { quote: keep.quote, attribution: keep.attribution, attributedTo: keep.attributedTo },
      });
      audit.push({
        userId,
        action: "update",
        entity: "citation",
        entityId: c.id,
        before: c,
        after,
      });
      affectedEvents.add(c.eventId);
    }
    wanted.delete(`${c.eventId}:${c.role}`);
  }
  for (const c of wanted.values()) {
    const created = await tx.citation.create({
      data: {
        eventId: c.eventId,
        articleId,
        role: c.role,
        quote: c.quote,
        attribution: c.attribution,
        attributedTo: c.attributedTo,
      },
    });
    audit.push({
      userId,
      action: "create",
      entity: "citation",
      entityId: created.id,
      after: created,
    });
    affectedEvents.add(c.eventId);
  }
}
