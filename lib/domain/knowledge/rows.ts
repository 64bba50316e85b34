import { z } from "zod";
import { parseDataFile } from "../data-file";
import type { KnownModel, KnownOrg } from "./types";
import type { KnownOutlet } from "./outlets";

/**
 * The shapes of the knowledge base's data files (data/*.json). They are read once, when the
 * module loads; a malformed entry stops the process with the file and entry named, rather than
 * becoming an organisation the extractor half-understands.
 */
const names = z.array(z.string().min(1));
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const orgRowSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  aliases: names,
  germanForms: names.optional(),
  kind: z.enum(["ai_lab", "big_tech", "chip_maker", "startup", "cloud", "investor", "other"]),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  parent: slug.optional(),
  website: z.url().optional(),
}) satisfies z.ZodType<KnownOrg>;

export const modelRowSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  aliases: names,
  germanForms: names.optional(),
  owner: slug,
  kind: z.enum(["family", "model", "product", "codename"]),
  family: slug.optional(),
  descriptions: names.optional(),
}) satisfies z.ZodType<KnownModel>;

export const outletRowSchema = z.strictObject({
  name: z.string().min(1),
  aliases: names,
  plainWord: z.boolean().optional(),
}) satisfies z.ZodType<KnownOutlet>;

export function parseKnowledgeRows<T>(file: string, schema: z.ZodType<T>, rows: unknown): T[] {
  return parseDataFile(`knowledge base ${file}`, z.array(schema), rows);
}
