import { z } from "zod";
import { ArticleQuerySchema } from "@/lib/validation/article-filters";
import { first, idSchema, isoDaySchema, searchTextSchema, slugSchema } from "@/lib/validation/params";
import { EXPORT_FORMATS } from "@/lib/export/encode";
import { SCORECARD_SORTS } from "@/lib/domain/scorecard";

/**
 * Query and path schemas of the /api/v1 routes that are not page filters. The routes parse with
 * them and lib/openapi describes them, so the document cannot drift from what is enforced.
 */

export const AsOfQuerySchema = z.object({
  asOf: z.preprocess(first, isoDaySchema.optional()).describe("only what had been reported by this day"),
});

export const ScorecardQuerySchema = AsOfQuerySchema.extend({
  sort: z
    .preprocess(first, z.enum(SCORECARD_SORTS).default("kept"))
    .describe("kept (best record first), missed, slip, overdue (worst first) or lab (by name)"),
});

export const IdParamSchema = idSchema;
export const SlugParamSchema = slugSchema;

export const ArticleListQuerySchema = ArticleQuerySchema.omit({ q: true });

export const SearchQuerySchema = ArticleQuerySchema.extend({
  q: z.preprocess(first, searchTextSchema(200).pipe(z.string().min(1, "is required"))),
});

export const ExportQuerySchema = z.object({
  format: z.preprocess(first, z.enum(EXPORT_FORMATS).default("csv")).describe("csv, ndjson (one JSON object per line) or json"),
});
