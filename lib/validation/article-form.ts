import "@/lib/validation/zod-config";
import { z } from "zod";
import { ATTRIBUTIONS, CITATION_ROLES } from "@/lib/domain/vocabulary";
import { formDateText } from "@/lib/domain/extract/form-date";
import type { ExtractedEvent } from "@/lib/domain/extract/types";
import { idSchema, slugSchema } from "@/lib/validation/params";
import {
  cleanString,
  optionalIsoDay,
  optionalText,
  readFuzzyDate,
  requiredText,
  textContains,
} from "@/lib/validation/form-fields";
import { amountRangeIssues, eventFactFields } from "@/lib/validation/event-facts";

/**
 * The article form: one schema for the browser (before sending) and the server action (before
 * writing). Input is the form's string state; output is typed. Cross-field rules (quotes must be
 * in the text, relative dates need the article's date) are checked here too, so both sides agree.
 */

export const ARTICLE_LANGUAGES = ["de", "en"] as const;
export const PUBLISHED_PRECISIONS = ["day", "month", "year"] as const;

/** How the article supports an event: its role, the quote and who it attributes the claim to. */
const citationFields = {
  role: z.enum(CITATION_ROLES, "Choose a role"),
  quote: requiredText(2000, "Paste the sentence that supports the event"),
  attribution: z.enum(ATTRIBUTIONS, "Choose an attribution"),
  attributedTo: optionalText(200),
};

export const CitationRowSchema = z.object({
  eventId: idSchema,
  /** shown in the form only; the server reads the event itself */
  eventTitle: z.string().max(300).optional(),
  ...citationFields,
});

export const NewEventRowSchema = z.object({
  /** client-side key so errors stay on the right row */
  key: z.string().max(40),
  ...eventFactFields({
    lab: slugSchema.or(z.literal("").refine(() => false, "Choose a lab")),
    occurredText: requiredText(120, 'Write when it happened, e.g. "Ende April" or "Q3 2025"'),
  }),
  ...citationFields,
});

export const CommitmentRowSchema = z.object({
  key: z.string().max(40),
  /** an existing commitment kept on edit */
  id: idSchema.optional(),
  model: slugSchema.or(z.literal("").refine(() => false, "Choose a model")),
  plannedText: requiredText(120, 'Write the planned date, e.g. "Juni" or "Herbst oder später"'),
  quote: optionalText(2000),
});

export const ArticleFormSchema = z
  .object({
    id: idSchema.optional(),
    /** the version the editor loaded, for optimistic locking */
    version: idSchema.optional(),
    url: cleanString()
      .pipe(z.string().trim().max(2000))
      .refine(
        (v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v),
        "Enter a full web address starting with https://",
      )
      .transform((v) => (v === "" ? null : v)),
    title: requiredText(300, "Enter the article's title"),
    publisher: optionalText(120),
    publishedDate: optionalIsoDay,
    publishedPrecision: z.enum(PUBLISHED_PRECISIONS),
    language: z.enum(ARTICLE_LANGUAGES, "Choose the article's language"),
    originalReporter: optionalText(120),
    author: optionalText(200),
    body: requiredText(200_000, "Paste the article's full text"),
    summaryEn: optionalText(4000),
    status: z.enum(["draft", "published"]),
    citations: z.array(CitationRowSchema).max(100),
    newEvents: z.array(NewEventRowSchema).max(50),
    commitments: z.array(CommitmentRowSchema).max(50),
  })
  .superRefine((a, ctx) => {
    const quoteMustBeInText = (quote: string, path: (string | number)[]) => {
      if (quote && !textContains(a.body, quote)) {
        ctx.addIssue({
          code: "custom",
          path,
          message: "This quote is not in the article's text; copy it verbatim",
        });
      }
    };
    // Relative phrases ("Ende April") are read against the publication date, so it must be set.
    const dateMustRead = (text: string, path: (string | number)[], examples: string) => {
      if (!a.publishedDate) {
        ctx.addIssue({
          code: "custom",
          path,
          message: "Set the publication date first: dates are read relative to it",
        });
      } else if (!readFuzzyDate(text, a.publishedDate)) {
        ctx.addIssue({ code: "custom", path, message: `Not a date we can read; try ${examples}` });
      }
    };
    a.citations.forEach((c, i) => quoteMustBeInText(c.quote, ["citations", i, "quote"]));
    const seen = new Set<string>();
    a.citations.forEach((c, i) => {
      const k = `${c.eventId}:${c.role}`;
      if (seen.has(k))
        ctx.addIssue({
          code: "custom",
          path: ["citations", i, "role"],
          message: "This event is already cited with this role",
        });
      seen.add(k);
    });
    a.newEvents.forEach((e, i) => {
      quoteMustBeInText(e.quote, ["newEvents", i, "quote"]);
      dateMustRead(
        e.occurredText,
        ["newEvents", i, "occurredText"],
        '"Ende April 2025", "Herbst oder später" or "Q3 2025"',
      );
      if (e.amountQualifier && e.amountUsd === null) {
        ctx.addIssue({
          code: "custom",
          path: ["newEvents", i, "amountUsd"],
          message: "Enter the amount this qualifier belongs to",
        });
      }
      for (const issue of amountRangeIssues(e))
        ctx.addIssue({ code: "custom", path: ["newEvents", i, issue.field], message: issue.message });
    });
    a.commitments.forEach((c, i) => {
      if (c.quote) quoteMustBeInText(c.quote, ["commitments", i, "quote"]);
      dateMustRead(c.plannedText, ["commitments", i, "plannedText"], '"Juni 2025" or "Herbst oder später"');
    });
  });

export type ArticleFormInput = z.input<typeof ArticleFormSchema>;
export type ArticleFormValues = z.output<typeof ArticleFormSchema>;
export type CitationRowInput = z.input<typeof CitationRowSchema>;
export type NewEventRowInput = z.input<typeof NewEventRowSchema>;
export type CommitmentRowInput = z.input<typeof CommitmentRowSchema>;

export function emptyNewEvent(key: string): NewEventRowInput {
  return {
    key,
    type: "delay",
    lab: "",
    model: "",
    counterparty: "",
    title: "",
    summary: "",
    occurredText: "",
    amountUsd: "",
    amountUsdMax: "",
    amountQualifier: "",
    amountKind: "",
    percent: "",
    headcount: "",
    headcountQualifier: "",
    status: "reported",
    role: "first_report",
    quote: "",
    attribution: "own_reporting",
    attributedTo: "",
  };
}

export function emptyArticleForm(): ArticleFormInput {
  return {
    url: "",
    title: "",
    publisher: "",
    publishedDate: "",
    publishedPrecision: "day",
    language: "en",
    originalReporter: "",
    author: "",
    body: "",
    summaryEn: "",
    status: "draft",
    citations: [],
    newEvents: [],
    commitments: [],
  };
}

/**
 * An accepted suggestion as a new-event row that passes this form's own checks: its date in words
 * the form reads back (an inferred month becomes "April 2025", not the extractor's note), a title
 * and summary to start from, the amount with its bound, kind and "about"/"up to" qualifier.
 */
export function suggestionToNewEventRow(
  s: ExtractedEvent,
  opts: { key: string; publishedDate: string | null; language: "de" | "en"; typeLabel: string },
): NewEventRowInput {
  const subject = [s.lab ?? s.labName, s.model ?? s.modelName].filter(Boolean).join(" ");
  const quote = s.quote.replace(/\s+/g, " ").trim();
  const occurredText = s.occurred
    ? opts.publishedDate
      ? formDateText(s.occurred, opts.publishedDate, opts.language)
      : s.occurred.text
    : "";
  const whole = (n: number | null) => (n === null ? "" : String(Math.round(n)));
  return {
    ...emptyNewEvent(opts.key),
    type: s.type,
    lab: s.lab ?? "",
    model: s.model ?? "",
    counterparty: s.counterparty ?? "",
    title: `${opts.typeLabel}: ${subject}`.slice(0, 200),
    summary: quote.length > 2000 ? `${quote.slice(0, 1996)} …` : quote,
    occurredText,
    amountUsd: whole(s.amountUsd),
    amountUsdMax: s.amountUsd === null ? "" : whole(s.amountUsdMax ?? null),
    amountQualifier: s.amountUsd === null ? "" : (s.amountQualifier ?? ""),
    amountKind: s.amountUsd === null ? "" : (s.amountKind ?? ""),
    percent: s.percent === null ? "" : String(s.percent),
    headcount: whole(s.headcount),
    headcountQualifier: s.headcount === null ? "" : (s.headcountQualifier ?? ""),
    quote: s.quote,
    attribution: s.reportedBy ? "relays_outlet" : "own_reporting",
    attributedTo: s.reportedBy ?? "",
  };
}
