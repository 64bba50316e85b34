import { z } from "zod";
import { idSchema } from "@/lib/validation/params";

/** An editor's decision on a queued draft; `version` guards against deciding on a stale copy. */
export const ReviewDecisionSchema = z.object({
  articleId: idSchema,
  version: idSchema,
  decision: z.enum(["publish", "discard"], { error: "must be publish or discard" }),
});
export type ReviewDecision = z.output<typeof ReviewDecisionSchema>;
