import { z } from "zod";
import "@/lib/validation/zod-config";

/** An editor's decision on a queued draft; `version` guards against deciding on a stale copy. */
export const ReviewDecisionSchema = z.object({
  articleId: z.coerce.number({ error: "is missing" }).int().positive().max(2_147_483_647),
  version: z.coerce.number({ error: "is missing" }).int().positive(),
  decision: z.enum(["publish", "discard"], { error: "must be publish or discard" }),
});
export type ReviewDecision = z.output<typeof ReviewDecisionSchema>;
