import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did what to which record, with the record before and after; written in the same transaction. */
export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | string;
  before?: unknown;
  after?: unknown;
}

/** The audit entry of a soft delete (deleted = true) or of a restore. */
export function deletionAudit(
  user: { id: number },
  entity: string,
  entityId: number,
  deleted: boolean,
  rows: { before: unknown; after: unknown },
): AuditEntry {
  return { userId: user.id, action: deleted ? "delete" : "restore", entity, entityId, ...rows };
}

/** JSON-safe copy: Dates → ISO strings, Decimals → numbers, undefined dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (
        v &&
        typeof v === "object" &&
        "toNumber" in v &&
        typeof (v as { toNumber: unknown }).toNumber === "function"
      ) {
        return (v as { toNumber(): number }).toNumber();
      }
      return v;
    }),
  ) as Prisma.InputJsonValue;
}

export async function writeAudit(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      userId: e.userId,
      action: e.action,
      entity: e.entity,
      entityId: String(e.entityId),
      before: toAuditJson(e.before),
      after: toAuditJson(e.after),
    })),
  });
}
