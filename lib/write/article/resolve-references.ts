import "server-only";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import { resolveLabs, resolveModels } from "@/lib/write/known-entities";
import { Abort, type SaveStep } from "./step";
import { slugSelect } from "@/lib/data/mappers";

/**
 * Step 1: every lab, model and event the form names, looked up (labs and models the knowledge
 * base knows but the database lacks are created). Unknown ones abort the save with field errors.
 */
export async function resolveReferences({ tx, userId, audit }: SaveStep, v: ArticleFormValues) {
  const errors: Record<string, string[]> = {};
  // Resolve every slug and event id first: unknown ones are field errors, not 500s.
  const labSlugs = new Set(
    v.newEvents.flatMap((e) => [e.lab, e.counterparty].filter((s): s is string => !!s)),
  );
  const modelSlugs = new Set(
    [...v.newEvents.map((e) => e.model), ...v.commitments.map((c) => c.model)].filter(
      (s): s is string => !!s,
    ),
  );
  // A lab or model the knowledge base knows but the database does not is created here, from
  // its entry: accepting a suggestion that names it is enough (rolled back if the save fails).
  const labs = await resolveLabs(tx, labSlugs, audit, userId);
  const eventLabs = new Map(v.newEvents.flatMap((e) => (e.model ? [[e.model, e.lab] as const] : [])));
  const models = await resolveModels(tx, modelSlugs, audit, userId, eventLabs);
  const events = new Map(
    (
      await tx.event.findMany({
        where: { id: { in: v.citations.map((c) => c.eventId) }, deletedAt: null },
        select: { id: true, lab: slugSelect, model: slugSelect },
      })
    ).map((e) => [e.id, e]),
  );
  v.newEvents.forEach((e, i) => {
    if (!labs.has(e.lab)) errors[`newEvents.${i}.lab`] = ["Unknown lab"];
    if (e.counterparty && !labs.has(e.counterparty)) errors[`newEvents.${i}.counterparty`] = ["Unknown lab"];
    const model = e.model ? models.get(e.model) : undefined;
    if (e.model && !model) errors[`newEvents.${i}.model`] = ["Unknown model"];
    if (model && model.lab.slug !== e.lab)
      errors[`newEvents.${i}.model`] = ["This model belongs to another lab"];
  });
  v.commitments.forEach((c, i) => {
    if (!models.has(c.model)) errors[`commitments.${i}.model`] = ["Unknown model"];
  });
  v.citations.forEach((c, i) => {
    if (!events.has(c.eventId)) errors[`citations.${i}.eventId`] = ["This event no longer exists"];
  });
  if (Object.keys(errors).length > 0) {
    throw new Abort({
      kind: "invalid",
      fieldErrors: errors,
      message: "Some references are not known; see the marked fields.",
    });
  }
  return { labs, models };
}

export type References = Awaited<ReturnType<typeof resolveReferences>>;
