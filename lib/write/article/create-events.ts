import "server-only";
import { tags } from "@/lib/data/cache";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import { readFuzzyDate } from "@/lib/validation/form-fields";
import { figureData, fuzzyColumns } from "./columns";
import type { References } from "./resolve-references";
import type { SaveStep } from "./step";

/** Step 4: new events, each with this article's citation. */
export async function createEvents(
  { tx, userId, audit, touched, affectedEvents }: SaveStep,
  articleId: number,
  v: ArticleFormValues,
  { labs, models }: References,
) {
  // New events, each with this article's citation.
  for (const e of v.newEvents) {
    const occurred = readFuzzyDate(e.occurredText, v.publishedDate);
    if (!occurred) throw new Error("unreachable: the schema checked the date");
    const created = await tx.event.create({
      data: {
        type: e.type,
        labId: labs.get(e.lab)!,
        modelId: e.model ? models.get(e.model)!.id : null,
        counterpartyLabId: e.counterparty ? labs.get(e.counterparty)! : null,
        title: e.title,
        summary: e.summary,
        ...fuzzyColumns("occurred", occurred),
        ...figureData(e),
        status: e.status,
      },
    });
    audit.push({
      userId,
      action: "create",
      entity: "event",
      entityId: created.id,
      after: created,
    });
    const citation = await tx.citation.create({
      data: {
        eventId: created.id,
        articleId,
        role: e.role,
        quote: e.quote,
        attribution: e.attribution,
        attributedTo: e.attributedTo,
      },
    });
    audit.push({
      userId,
      action: "create",
      entity: "citation",
      entityId: citation.id,
      after: citation,
    });
    affectedEvents.add(created.id);
    touched.add(tags.lab(e.lab));
    if (e.model) touched.add(tags.model(e.model));
  }
}
