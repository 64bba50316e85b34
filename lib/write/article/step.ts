import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DuplicateArticle } from "@/lib/data/admin-articles";
import type { AuditEntry } from "@/lib/write/audit";
import type { ArticleFormInput } from "@/lib/validation/article-form";

/** What one article save answers. */
export type ArticleWriteOutcome =
  | { kind: "saved"; id: number; version: number; tags: string[] }
  | { kind: "invalid"; fieldErrors: Record<string, string[]>; message: string }
  | { kind: "duplicate"; duplicates: DuplicateArticle[] }
  | { kind: "conflict"; current: ArticleFormInput; currentVersion: number }
  | { kind: "not_found" }
  /** the database could not take the save now (no connection in time, serialisation failure) */
  | { kind: "busy" };

/** Thrown inside the transaction to roll it back and answer with an outcome. */
export class Abort extends Error {
  constructor(readonly outcome: ArticleWriteOutcome) {
    super(outcome.kind);
  }
}

/**
 * What the steps of one save share: the transaction, the acting user, the audit entries to write
 * at the end, the cache tags the save touched, and the events whose first-report date may move.
 */
export interface SaveStep {
  tx: Prisma.TransactionClient;
  userId: number;
  audit: AuditEntry[];
  touched: Set<string>;
  affectedEvents: Set<number>;
}
