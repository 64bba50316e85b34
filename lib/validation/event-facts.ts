import "@/lib/validation/zod-config";
import { z } from "zod";
import { AMOUNT_KINDS, CLAIM_STATUSES, EVENT_TYPES, QUALIFIERS } from "@/lib/domain/vocabulary";
import { slugSchema } from "@/lib/validation/params";
import { blankOr, headcountInput, percentInput, requiredText, usdInput } from "@/lib/validation/form-fields";

const qualifier = blankOr(z.enum(QUALIFIERS));
export const optionalSlug = blankOr(slugSchema);

/**
 * An event's facts as the admin forms hold them: the same fields in a new event of the article
 * form and in the event form. The two differ only in how the lab and the date are asked for.
 */
export const eventFactFields = <L extends z.ZodType, O extends z.ZodType>(fields: {
  lab: L;
  occurredText: O;
}) => ({
  type: z.enum(EVENT_TYPES, "Choose a type"),
  lab: fields.lab,
  model: optionalSlug,
  counterparty: optionalSlug,
  title: requiredText(200, "Give the event a short title"),
  summary: requiredText(2000, "Summarise the event in a sentence"),
  occurredText: fields.occurredText,
  amountUsd: usdInput,
  amountQualifier: qualifier,
  amountKind: blankOr(z.enum(AMOUNT_KINDS)),
  percent: percentInput,
  headcount: headcountInput,
  headcountQualifier: qualifier,
  status: z.enum(CLAIM_STATUSES, "Choose a claim status"),
});
