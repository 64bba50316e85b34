import "@/lib/validation/zod-config";
import { z } from "zod";
import {
  cursorSchema,
  first,
  isoDaySchema,
  listParam,
  searchTextSchema,
  slugSchema,
} from "@/lib/validation/params";

/** Filters for article lists and search: strict for the API, lenient for pages. */

export const LANGUAGES = ["de", "en"] as const;

function build(lenient: boolean) {
  const single = <T extends z.ZodType>(schema: T) =>
    lenient
      ? z.preprocess(first, schema.optional()).catch(undefined)
      : z.preprocess(first, schema.optional());
  return z.object({
    q: single(searchTextSchema(200)),
    lang: listParam(z.enum(LANGUAGES), { lenient }),
    publisher: listParam(slugSchema, { lenient }),
    lab: listParam(slugSchema, { lenient }),
    from: single(isoDaySchema),
    to: single(isoDaySchema),
    asOf: single(isoDaySchema),
    limit: lenient
      ? z.preprocess(first, z.coerce.number().int().min(1).max(100)).catch(20)
      : z.preprocess(first, z.coerce.number().int().min(1).max(100).default(20)),
    cursor: single(cursorSchema),
  });
}

export const ArticleQuerySchema = build(false);
export const ArticleFiltersLenientSchema = build(true);
export type ArticleFilters = z.output<typeof ArticleQuerySchema>;
