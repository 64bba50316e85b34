import "server-only";
import { tags } from "@/lib/data/cache";
import { dayToDate, slugSelect } from "@/lib/data/mappers";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import { readFuzzyDate } from "@/lib/validation/form-fields";
import { fuzzyColumns } from "./columns";
import type { References } from "./resolve-references";
import type { SaveStep } from "./step";

/** Step 5: release commitments — kept rows stay, dropped rows go, new rows append to the model's series. */
export async function syncReleaseDates(
  { tx, userId, audit, touched }: SaveStep,
  articleId: number,
  v: ArticleFormValues,
  { models }: References,
) {
  // Release commitments: kept rows stay, dropped rows go, new rows append to the model's series.
  const existingCommitments = await tx.releaseCommitment.findMany({
    where: { articleId },
    include: { model: { select: { slug: true, lab: slugSelect } } },
  });
  // A lab page shows its models' plans: whatever this save does to the article (its
  // status, date, or the plans themselves) shows on the labs of every model it plans.
  for (const c of existingCommitments) touched.add(tags.lab(c.model.lab.slug));
  const keptIds = new Set(v.commitments.map((c) => c.id).filter((id): id is number => !!id));
  for (const c of existingCommitments) {
    if (keptIds.has(c.id)) continue;
    await tx.releaseCommitment.delete({ where: { id: c.id } });
    audit.push({
      userId,
      action: "delete",
      entity: "release_commitment",
      entityId: c.id,
      before: c,
    });
    touched.add(tags.models).add(tags.model(c.model.slug));
  }
  for (const c of v.commitments.filter((c) => !c.id)) {
    const planned = readFuzzyDate(c.plannedText, v.publishedDate);
    const model = models.get(c.model);
    if (!planned || !model) throw new Error("unreachable: the schema and the lookup checked these");
    const last = await tx.releaseCommitment.aggregate({
      where: { modelId: model.id },
      _max: { sequence: true },
    });
    const created = await tx.releaseCommitment.create({
      data: {
        modelId: model.id,
        sequence: (last._max.sequence ?? 0) + 1,
        ...fuzzyColumns("planned", planned),
        articleId,
        reportedAt: v.publishedDate ? dayToDate(v.publishedDate) : null,
        quote: c.quote,
      },
    });
    audit.push({
      userId,
      action: "create",
      entity: "release_commitment",
      entityId: created.id,
      after: created,
    });
    touched.add(tags.models).add(tags.model(c.model)).add(tags.lab(model.lab.slug));
  }
}
