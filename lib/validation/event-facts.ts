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
  // optional in what a client sends: forms and scripts from before ranges keep working
  amountUsdMax: usdInput.prefault(""),
  amountQualifier: qualifier,
  amountKind: blankOr(z.enum(AMOUNT_KINDS)),
  percent: percentInput,
  headcount: headcountInput,
  headcountQualifier: qualifier,
  status: z.enum(CLAIM_STATUSES, "Choose a claim status"),
});

/**
 * A range ("$60–72 billion") is stored as the amount and its upper bound: the bound needs the
 * amount beside it and must lie above it. The field each problem belongs to, with its message.
 */
export function amountRangeIssues(e: {
  amountUsd: number | null;
  amountUsdMax: number | null;
}): { field: "amountUsd" | "amountUsdMax"; message: string }[] {
  if (e.amountUsdMax === null) return [];
  if (e.amountUsd === null)
    return [{ field: "amountUsd", message: "Enter the lower bound of the range as the amount" }];
  if (e.amountUsdMax <= e.amountUsd)
    return [{ field: "amountUsdMax", message: "The upper bound must be more than the amount" }];
  return [];
}
