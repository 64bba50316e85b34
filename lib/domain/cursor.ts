import { isIsoDay, isRecordId } from "@/lib/domain/input-bounds";

/**
 * Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded, so lists
 * page in constant time however deep the reader goes (no OFFSET).
 *
 * Every list sorts by (day, id), so a cursor is exactly [day, id]: a real calendar day (or "" for
 * undated rows) and a positive int4 id. Anything else — a forged, truncated or out-of-range
 * cursor — decodes to null, which the API answers with a 400 and the pages with the first page.
 */
export type Cursor = [day: string, id: number];

export function encodeCursor(parts: Cursor): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined | null): Cursor | null {
  if (!cursor || cursor.length > 300 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [day, id] = parsed as unknown[];
  if (typeof day !== "string" || (day !== "" && !isIsoDay(day))) return null;
  if (!isRecordId(id)) return null;
  return [day, id];
}
