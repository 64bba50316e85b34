/**
 * Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded, so lists
 * page in constant time however deep the reader goes (no OFFSET).
 */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined | null): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === "string" || typeof p === "number")) {
      return parsed as (string | number)[];
    }
    return null;
  } catch {
    return null;
  }
}
