import "@/lib/validation/zod-config";
import { z } from "zod";
import { idSchema, isoDaySchema, slugSchema } from "@/lib/validation/params";
import { amountRangeIssues, eventFactFields } from "@/lib/validation/event-facts";
import { readFuzzyDate, requiredText } from "@/lib/validation/form-fields";

/** Editing one event on its own (/admin/events/[id]); optimistic locking through `version`. */

export const EventFormSchema = z
  .object({
    id: idSchema,
    version: idSchema,
    ...eventFactFields({ lab: slugSchema, occurredText: requiredText(120, "Write when it happened") }),
    /** the stored text: left as it is, the stored dates are kept (curated seed phrases need not parse) */
    occurredOriginal: z.string().max(200),
    /** the day relative phrases are read against: when the event was first reported */
    referenceDate: isoDaySchema,
  })
  .superRefine((e, ctx) => {
    for (const issue of amountRangeIssues(e))
      ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
    if (e.occurredText !== e.occurredOriginal.trim() && !readFuzzyDate(e.occurredText, e.referenceDate)) {
      ctx.addIssue({
        code: "custom",
        path: ["occurredText"],
        message: 'Not a date we can read; try "Ende April 2025" or "Q3 2025"',
      });
    }
  });

export type EventFormInput = z.input<typeof EventFormSchema>;
export type EventFormValues = z.output<typeof EventFormSchema>;
