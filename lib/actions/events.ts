"use server";

import { idSchema } from "@/lib/validation/params";
import { requireEditor } from "@/lib/auth/require-editor";
import { setEventDeleted, writeEvent } from "@/lib/actions/event-write";
import { invalidate } from "@/lib/actions/invalidate";
import { failResult, fieldErrorsOf, okResult, type ActionResult } from "@/lib/actions/result";
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
  if (outcome.kind !== "saved") return failResult("Nothing to change.");
  invalidate(outcome.tags);
  return okResult(deleted ? "Event deleted." : "Event restored.");
}
