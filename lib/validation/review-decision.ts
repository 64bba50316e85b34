import "@/lib/validation/zod-config";
import { z } from "zod";
import { idSchema } from "@/lib/validation/params";

/**
 * An editor's decision on a queued draft; `version` guards against deciding on a stale copy.
 * `accept` lists the stored suggestions (by position) the editor ticked: publishing turns them
 * into events and citations.
 */
export const ReviewDecisionSchema = z.object({
  articleId: idSchema,
  version: idSchema,
  decision: z.enum(["publish", "discard"], { error: "must be publish or discard" }),
  accept: z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.coerce.number().int().min(0).max(999)).max(200),
    )
    .default([]),
});
export type ReviewDecision = z.output<typeof ReviewDecisionSchema>;

/** FormData → decision input, keeping every ticked `accept` box (Object.fromEntries keeps one). */
export function reviewDecisionInput(formData: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(formData), accept: formData.getAll("accept") };
}
