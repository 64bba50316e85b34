import { z } from "zod";

/** Lenient search params of the admin lists: a bad URL shows the default list, never an error. */
export const AdminArticleListSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  deleted: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});

export const AdminEventListSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  lab: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
  deleted: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});

export const AuditListSchema = z.object({
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export const IdParamSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const AUDIT_ENTITIES = [
  "article",
  "event",
  "citation",
  "release_commitment",
  "user",
  "publisher",
] as const;
export const AuditEntitySchema = z.enum(AUDIT_ENTITIES);
