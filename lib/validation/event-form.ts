import "@/lib/validation/zod-config";
import { z } from "zod";
import { AMOUNT_KINDS, CLAIM_STATUSES, EVENT_TYPES, QUALIFIERS } from "@/lib/domain/vocabulary";
import { idSchema, isoDaySchema, slugSchema } from "@/lib/validation/params";
import {
  headcountInput,
  percentInput,
  readFuzzyDate,
  requiredText,
  usdInput,
} from "@/lib/validation/form-fields";

/** Editing one event on its own (/admin/events/[id]); optimistic locking through `version`. */

const qualifier = z.union([z.literal(""), z.enum(QUALIFIERS)]).transform((v) => (v === "" ? null : v));
const optionalSlug = z.union([z.literal(""), slugSchema]).transform((v) => (v === "" ? null : v));

export const EventFormSchema = z
  .object({
    id: idSchema,
    version: idSchema,
    type: z.enum(EVENT_TYPES, "Choose a type"),
    lab: slugSchema,
    model: optionalSlug,
    counterparty: optionalSlug,
    title: requiredText(200, "Give the event a short title"),
    summary: requiredText(2000, "Summarise the event in a sentence"),
    occurredText: requiredText(120, "Write when it happened"),
    /** the stored text: left as it is, the stored dates are kept (curated seed phrases need not parse) */
    occurredOriginal: z.string().max(200),
    /** the day relative phrases are read against: when the event was first reported */
    referenceDate: isoDaySchema,
    amountUsd: usdInput,
    amountQualifier: qualifier,
    amountKind: z.union([z.literal(""), z.enum(AMOUNT_KINDS)]).transform((v) => (v === "" ? null : v)),
    percent: percentInput,
    headcount: headcountInput,
    headcountQualifier: qualifier,
    status: z.enum(CLAIM_STATUSES, "Choose a claim status"),
  })
  .superRefine((e, ctx) => {
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
