/**
 * A server action call is a POST with a `Next-Action` header whose body React decodes into the
 * arguments. A body that is not what React's client sends (not JSON, not an argument list, or
 * references to parts a plain-text body cannot have) makes the framework throw before our
 * action runs: a 500. The proxy refuses such bodies with a 400 instead.
 *
 * Plain-text bodies are JSON argument lists. React escapes a string that starts with "$" as
 * "$$…"; the other "$" forms it sends inline are the values below. Anything else starting with
 * "$" refers to another part of a multipart body, which a plain-text body does not have.
 * Multipart bodies (forms) are left to React, which reads them field by field.
 */
const INLINE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-\d{2}-\d{2}T[\d:.]+Z$|n-?\d+$)/;

function wellFormedValue(value: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return !value.startsWith("$") || INLINE.test(value);
  if (Array.isArray(value)) return value.every((v) => wellFormedValue(v, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => !k.startsWith("$") && wellFormedValue(v, depth + 1));
  }
  return true;
}

export function isWellFormedActionBody(contentType: string | null, body: string): boolean {
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) return true;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && wellFormedValue(parsed, 0);
}
