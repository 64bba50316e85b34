import "@/lib/validation/zod-config";
import { z } from "zod";
import { dayParams, listParam, pageParams, searchParam, slugSchema } from "@/lib/validation/params";

/** Filters for article lists and search: strict for the API, lenient for pages. */

export const LANGUAGES = ["de", "en"] as const;

function build(lenient: boolean) {
  return z.object({
    q: searchParam(lenient),
    lang: listParam(z.enum(LANGUAGES), { lenient }),
    publisher: listParam(slugSchema, { lenient }),
    lab: listParam(slugSchema, { lenient }),
    ...dayParams(lenient),
    ...pageParams(lenient),
  });
}

export const ArticleQuerySchema = build(false);
export const ArticleFiltersLenientSchema = build(true);
export type ArticleFilters = z.output<typeof ArticleQuerySchema>;
