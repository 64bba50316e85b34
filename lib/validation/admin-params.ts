import { z } from "zod";
import { idSchema, searchTextSchema } from "@/lib/validation/params";

/**
 * Lenient search params of the admin lists: a bad URL shows the default list, never an error.
 * Every admin list takes words to search for, and `deleted=1` to list the deleted ones.
 */
const listBase = {
  q: searchTextSchema(200).catch("").default(""),
  deleted: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
};

export const AdminArticleListSchema = z.object(listBase);

export const AdminEventListSchema = z.object({
  ...listBase,
  lab: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
});

export const AuditListSchema = z.object({
  before: idSchema.optional().catch(undefined),
});

export const IdParamSchema = idSchema;

export const AUDIT_ENTITIES = [
  "article",
  "event",
  "citation",
  "release_commitment",
  "user",
  "publisher",
] as const;
export const AuditEntitySchema = z.enum(AUDIT_ENTITIES);
