import { emptyNewEvent } from "@/lib/validation/article-form";
import type { EventFormInput } from "@/lib/validation/event-form";

/**
 * What the event form posts to the saveEvent action for an event "in 2025" with no figures, as the
 * security and soak runs send it over HTTP; each names the event and what it changes.
 */
export function eventFormBody(
  event: Pick<EventFormInput, "id" | "version" | "type" | "lab" | "title" | "summary" | "status">,
): EventFormInput {
  // No figures: the blanks of an empty new-event row of the article form.
  const { amountUsd, amountQualifier, amountKind, percent, headcount, headcountQualifier } =
    emptyNewEvent("");
  return {
    ...event,
    model: "",
    counterparty: "",
    occurredText: "2025",
    occurredOriginal: "2025",
    referenceDate: "2025-05-01",
    amountUsd,
    amountQualifier,
    amountKind,
    percent,
    headcount,
    headcountQualifier,
  };
}
