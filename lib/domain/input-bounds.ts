/**
 * The ranges input may take before it reaches date maths or the database. Pure; shared by the
 * validation schemas, the cursor decoder and the property tests.
 */

/** Years a date in Slipwatch can have: nothing the tracker records is older or newer. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The largest value of a Postgres `integer` column: ids above it cannot exist. */
export const INT4_MAX = 2_147_483_647;

/** A real calendar day as YYYY-MM-DD within MIN_YEAR..MAX_YEAR. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A positive int4 record id. */
export function isRecordId(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= INT4_MAX;
}

/**
 * Control characters (C0 and C1, except tab and line breaks) have no business in text a person
 * typed, and PostgreSQL refuses NUL outright; lone surrogates cannot be stored as UTF-8.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControlCharacters(s: string): string {
  return s.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}
