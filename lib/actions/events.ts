"use server";

import { z } from "zod";
import { idSchema } from "@/lib/validation/params";
import { asFormData } from "@/lib/validation/action-result";
import { requireEditor } from "@/lib/auth/require-editor";
import { mergeEventInto, setEventDeleted, writeEvent } from "@/lib/write/event-write";
import { invalidate } from "@/lib/write/invalidate";
import { BUSY_MESSAGE } from "@/lib/write/transaction";
import { failResult, fieldErrorsOf, okResult, type ActionResult } from "@/lib/validation/action-result";
import { EventFormSchema, type EventFormInput } from "@/lib/validation/event-form";

export interface SaveEventResult extends ActionResult {
  version?: number;
  conflict?: { current: EventFormInput; currentVersion: number };
}

export async function saveEvent(input: EventFormInput): Promise<SaveEventResult> {
  const user = await requireEditor();
  const parsed = EventFormSchema.safeParse(input);
  if (!parsed.success) return failResult("Please correct the marked fields.", fieldErrorsOf(parsed.error));
  const outcome = await writeEvent(user, parsed.data);
  switch (outcome.kind) {
    case "saved":
      invalidate(outcome.tags);
      return { ...okResult("Saved."), version: outcome.version };
    case "invalid":
      return failResult("Please correct the marked fields.", outcome.fieldErrors);
    case "conflict":
      return {
        ...failResult(
          "Someone else saved this event after you opened it. Nothing was overwritten; compare below.",
        ),
        conflict: { current: outcome.current, currentVersion: outcome.currentVersion },
      };
    case "not_found":
      return failResult("This event no longer exists or was deleted.");
    case "busy":
      return failResult(BUSY_MESSAGE);
  }
}

export async function deleteEvent(id: number): Promise<ActionResult> {
  return toggle(id, true);
}
export async function restoreEvent(id: number): Promise<ActionResult> {
  return toggle(id, false);
}

async function toggle(rawId: number, deleted: boolean): Promise<ActionResult> {
  const user = await requireEditor();
  const id = idSchema.safeParse(rawId);
  if (!id.success) return failResult("Unknown event.");
  const outcome = await setEventDeleted(user, id.data, deleted);
  if (outcome.kind === "busy") return failResult(BUSY_MESSAGE);
  if (outcome.kind !== "saved") return failResult("Nothing to change.");
  invalidate(outcome.tags);
  return okResult(deleted ? "Event deleted." : "Event restored.");
}

const MergeSchema = z.object({ from: idSchema, into: idSchema });

/** Merge a duplicate event into another (form: from, into). Editors only; audited. */
export async function mergeEvent(_prev: ActionResult | null, rawForm: FormData): Promise<ActionResult> {
  const formData = asFormData(rawForm);
  const user = await requireEditor();
  const parsed = MergeSchema.safeParse({ from: formData.get("from"), into: formData.get("into") });
  if (!parsed.success)
    return failResult("Give the number of the event to merge into.", fieldErrorsOf(parsed.error));
  const outcome = await mergeEventInto(user, parsed.data.from, parsed.data.into);
  if (outcome.kind === "invalid") return failResult(outcome.message);
  if (outcome.kind === "busy") return failResult(BUSY_MESSAGE);
  invalidate(outcome.tags);
  return okResult(
    `Merged into event #${parsed.data.into}; ${outcome.moved} citation(s) moved. The old address now redirects.`,
  );
}
