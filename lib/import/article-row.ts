import { z } from "zod";

/**
 * One article as the import accepts it, from an NDJSON line, a CSV record or a feed item. The
 * same schema checks every format, so a bad row gets the same reason whatever file it came from.
 */

// Column names other tools use for the same thing.
const ALIASES: Record<string, string> = {
  text: "body",
  content: "body",
  link: "url",
  date: "published",
  publishedAt: "published",
  published_at: "published",
  pubDate: "published",
  lang: "language",
  source: "publisher",
};

function normaliseKeys(value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const name = ALIASES[key] ?? key;
    // An empty CSV cell means "not given", not an empty string.
    if (v === "" || v === null || v === undefined) continue;
    if (!(name in out)) out[name] = v;
  }
  return out;
}

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A calendar day, or a timestamp whose UTC day is taken. */
const publishedSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null;
    const d = new Date(day ? `${day}T00:00:00Z` : s);
    if (Number.isNaN(d.getTime()) || (day && d.toISOString().slice(0, 10) !== day)) {
      ctx.addIssue({ code: "custom", message: `"${s.slice(0, 40)}" is not a date` });
      return z.NEVER;
    }
    return d.toISOString().slice(0, 10);
  });

export const ImportArticleSchema = z.preprocess(
  normaliseKeys,
  z.object({
    url: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).optional()),
    title: z.string({ error: "is missing" }).trim().min(1, "is empty").max(500, "is longer than 500 characters"),
    body: z.string({ error: "is missing" }).min(1, "is empty").max(500_000, "is longer than 500,000 characters"),
    published: publishedSchema.optional(),
    language: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase().slice(0, 2) : v),
      z.enum(["de", "en"], { error: "must be de or en" }).optional(),
    ),
    author: z.string().trim().max(300).optional(),
    publisher: z.string().trim().max(200).optional(),
  }),
);
export type ImportArticle = z.output<typeof ImportArticleSchema>;

/** "title: is missing; url: must be an http(s) URL" — one line for the bad-row report. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}
