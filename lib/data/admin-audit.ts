import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditRow {
  id: number;
  at: string;
  user: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export const AUDIT_PAGE_SIZE = 50;

const auditSelect = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  user: { select: { email: true } },
} satisfies Prisma.AuditLogSelect;

function toAuditRow(r: Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>): AuditRow {
  return {
    id: r.id,
    at: r.at.toISOString(),
    user: r.user?.email ?? null,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
  };
}

/** The audit log, newest first; filtered to one record for its history view. */
export async function findAuditEntries(opts: {
  entity?: string;
  entityId?: string;
  beforeId?: number;
  limit?: number;
}): Promise<{ items: AuditRow[]; nextBeforeId: number | null }> {
  const limit = opts.limit ?? AUDIT_PAGE_SIZE;
  const where: Prisma.AuditLogWhereInput = {
    ...(opts.entity ? { entity: opts.entity } : {}),
    ...(opts.entityId ? { entityId: opts.entityId } : {}),
    ...(opts.beforeId ? { id: { lt: opts.beforeId } } : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: limit + 1,
    select: auditSelect,
  });
  const items = rows.slice(0, limit).map(toAuditRow);
  return { items, nextBeforeId: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** Audit entries of an article and of the citations, events and commitments its saves wrote. */
export async function findArticleHistory(articleId: number): Promise<AuditRow[]> {
  const citationIds = await db.citation.findMany({ where: { articleId }, select: { id: true } });
  const commitmentIds = await db.releaseCommitment.findMany({ where: { articleId }, select: { id: true } });
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { entity: "article", entityId: String(articleId) },
        { entity: "citation", entityId: { in: citationIds.map((c) => String(c.id)) } },
        { entity: "release_commitment", entityId: { in: commitmentIds.map((c) => String(c.id)) } },
        // Deleted citations are gone from the table; their audit rows still name the article.
        { entity: { in: ["citation", "release_commitment"] }, before: { path: ["articleId"], equals: articleId } },
        { entity: { in: ["citation", "release_commitment"] }, after: { path: ["articleId"], equals: articleId } },
      ],
    },
    orderBy: { id: "desc" },
    take: 200,
    select: auditSelect,
  });
  return rows.map(toAuditRow);
}
