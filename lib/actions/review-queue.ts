"use server";

import { decideDraft } from "@/lib/write/review-queue";
import type { ActionState } from "@/lib/validation/action-result";
import { asFormData } from "@/lib/validation/action-result";
import { requireEditor } from "@/lib/auth/require-editor";
import { reviewDecisionInput } from "@/lib/validation/review-decision";

/** Publish or discard a queued draft; authorised by requireEditor inside decideDraft. */
export async function decideDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return decideDraft(requireEditor, reviewDecisionInput(asFormData(formData)));
}
