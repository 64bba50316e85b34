import { z } from "zod";
import { parseDataFile } from "../../../lib/domain/data-file";
import { EVENT_TYPES } from "../../../lib/domain/event-types";
import { DATE_PRECISIONS } from "../../../lib/domain/fuzzy-date.types";
import {
  AMOUNT_KINDS,
  ATTRIBUTIONS,
  CITATION_ROLES,
  CLAIM_STATUSES,
  MODEL_STATUSES,
  QUALIFIERS,
} from "../../../lib/domain/vocabulary";
import type { StarterPack } from "./types";

/**
 * The shape of a starter-pack data file (de.json, en.json, more.json, tuning-x.json, tuning-m.json,
 * tuning-n.json, tuning-y.json, holdout.json).
 * The packs are labelled data, kept as JSON so they read as data and diff line by line; this schema
 * is their type check. A malformed pack stops the seed with the file and the place named. What a
 * schema cannot check — quotes verbatim in the text, numbers inside their quotes —
 * starter-data.test.ts checks.
 */
const isoDay = z.iso.date();
const fuzzyDate = z.strictObject({
  from: isoDay,
  to: isoDay,
  precision: z.enum(DATE_PRECISIONS),
  text: z.string(),
  openEnd: z.boolean(),
});
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const text = z.string().min(1);

const publisher = z.strictObject({
  slug,
  name: text,
  domain: text.optional(),
  language: text.optional(),
  country: text.optional(),
});
const lab = z.strictObject({
  slug,
  name: text,
  aliases: z.array(text),
  website: z.url().optional(),
  country: text.optional(),
  description: text.optional(),
});
const model = z.strictObject({
  slug,
  name: text,
  lab: slug,
  family: text.optional(),
  aliases: z.array(text),
  status: z.enum(MODEL_STATUSES),
  description: text.optional(),
  history: z.array(
    z.strictObject({
      status: z.enum(MODEL_STATUSES),
      at: fuzzyDate,
      article: text.optional(),
      note: text.optional(),
    }),
  ),
});
const article = z.strictObject({
  key: text,
  file: text,
  title: text,
  author: text.optional(),
  publisher: slug.optional(),
  originalReporter: text.optional(),
  language: z.enum(["de", "en"]),
  published: fuzzyDate,
  summaryEn: text,
  url: z.url(),
  excerpt: z.boolean(),
});
const citation = z.strictObject({
  article: text,
  role: z.enum(CITATION_ROLES),
  quote: text,
  attribution: z.enum(ATTRIBUTIONS),
  attributedTo: text.optional(),
});
const event = z.strictObject({
  key: text,
  type: z.enum(EVENT_TYPES),
  lab: slug,
  model: slug.optional(),
  counterparty: text.optional(),
  title: text,
  summary: text,
  titleDe: text.optional(),
  summaryDe: text.optional(),
  occurred: fuzzyDate,
  amountUsd: z.number().optional(),
  amountUsdMax: z.number().optional(),
  amountQualifier: z.enum(QUALIFIERS).optional(),
  amountKind: z.enum(AMOUNT_KINDS).optional(),
  percent: z.number().optional(),
  headcount: z.number().int().optional(),
  headcountQualifier: z.enum(QUALIFIERS).optional(),
  status: z.enum(CLAIM_STATUSES),
  citations: z.array(citation).min(1),
});
const commitment = z.strictObject({
  model: slug,
  sequence: z.number().int(),
  planned: fuzzyDate,
  article: text,
  quote: text,
});

export const starterPackSchema = z.strictObject({
  publishers: z.array(publisher),
  labs: z.array(lab),
  models: z.array(model),
  articles: z.array(article),
  events: z.array(event),
  commitments: z.array(commitment),
}) satisfies z.ZodType<StarterPack>;

export function parseStarterPack(file: string, data: unknown): StarterPack {
  return parseDataFile(`starter pack ${file}`, starterPackSchema, data);
}
