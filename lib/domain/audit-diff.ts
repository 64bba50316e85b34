/**
 * The fields an audit entry changed: top-level keys whose JSON values differ between the record
 * before and after a write. A create has no "before", a delete no "after".
 */
export interface AuditFieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

// Bookkeeping that changes on every write and would drown the real changes.
const IGNORED = new Set(["updatedAt", "version"]);

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function diffRecords(before: unknown, after: unknown): AuditFieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out: AuditFieldChange[] = [];
  for (const field of keys) {
    if (IGNORED.has(field)) continue;
    const x = show(b[field]);
    const y = show(a[field]);
    if (x !== y) out.push({ field, before: x, after: y });
  }
  return out;
}
