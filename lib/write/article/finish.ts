import "server-only";
import { tags } from "@/lib/data/cache";
import { writeAudit } from "@/lib/write/audit";
import { recomputeFirstReported } from "@/lib/write/first-reported";
import type { SaveStep } from "./step";
import { createdLabTags } from "./tags";
import { slugSelect } from "@/lib/data/mappers";

/**
 * Step 6: first-report dates of every event the save touched, the cache tags that follow from
 * them, and the audit entries — all inside the save's transaction.
 */
export async function finishSave({ tx, audit, touched, affectedEvents }: SaveStep) {
  await recomputeFirstReported(tx, affectedEvents);
  if (affectedEvents.size > 0) {
    touched.add(tags.events).add(tags.labs);
    for (const e of await tx.event.findMany({
      where: { id: { in: [...affectedEvents] } },
      select: { lab: slugSelect, model: slugSelect },
    })) {
      touched.add(tags.lab(e.lab.slug));
      if (e.model) touched.add(tags.model(e.model.slug));
    }
  }
  // Labs and models created from the knowledge base show up in the lists too.
  if (audit.some((e) => e.entity === "lab" && e.action === "create")) touched.add(tags.labs);
  for (const tag of createdLabTags(audit)) touched.add(tag);
  if (audit.some((e) => e.entity === "model" && e.action === "create")) touched.add(tags.models);
  await writeAudit(tx, audit);
}
