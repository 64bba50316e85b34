"use server";

import { requireEditor } from "@/lib/auth/require-editor";
import { decideDraft } from "@/lib/write/review-queue";
import { invalidate } from "@/lib/write/invalidate";
import { BUSY_MESSAGE } from "@/lib/write/transaction";
import { asFormData, fieldErrorsOf, type ActionState } from "@/lib/validation/action-result";
import { ReviewDecisionSchema, reviewDecisionInput } from "@/lib/validation/review-decision";

/** Publish or discard a queued draft (form: articleId, version, decision, accept…). Editors only. */
export async function decideDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // The acting user is written to the audit entry (never NULL).
  const user = await requireEditor();
  const parsed = ReviewDecisionSchema.safeParse(reviewDecisionInput(asFormData(formData)));
  if (!parsed.success)
    return { fieldErrors: fieldErrorsOf(parsed.error), message: "The decision could not be read." };
  const outcome = await decideDraft(user, parsed.data);
  switch (outcome.kind) {
    case "refused":
      return { message: `Nothing was published: ${outcome.reason}` };
    case "duplicate":
      return {
        message: "Nothing was published: this text is a near-identical copy of an article already in Slipwatch.",
        duplicates: outcome.duplicates.map(({ id, title, deleted }) => ({ id, title, deleted })),
      };
    case "busy":
      return { message: BUSY_MESSAGE };
    case "stale":
      return { message: "This draft was changed or decided by someone else meanwhile. Reload the queue." };
    case "decided": {
      invalidate(outcome.tags);
      const { decision, accept } = parsed.data;
      if (decision === "discard") return { ok: true, message: "Discarded." };
      const events = accept.length > 0 ? ` ${accept.length} accepted suggestion(s) recorded.` : "";
      return { ok: true, message: `Published.${events}` };
    }
  }
}
