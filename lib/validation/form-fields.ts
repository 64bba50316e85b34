import { z } from "zod";
import "@/lib/validation/zod-config";
import { parseFuzzyDate, type FuzzyDate } from "@/lib/domain/fuzzy-date";
import { stripControlCharacters } from "@/lib/domain/input-bounds";
import { isoDaySchema } from "@/lib/validation/params";

/**
 * Building blocks for the admin forms. Inputs arrive as strings (what the form holds, so nothing
 * the editor typed is lost on an error) and leave as typed values. Pure: runs in the browser too.
 */

/** A string with control characters stripped first (PostgreSQL refuses NUL; none belongs in an article). */
export const cleanString = () => z.string().transform(stripControlCharacters);

export const optionalText = (max: number) =>
  cleanString()
    .pipe(z.string().trim().max(max, `At most ${max} characters`))
    .transform((v) => (v === "" ? null : v));

export const requiredText = (max: number, message: string) =>
  cleanString().pipe(z.string().trim().min(1, message).max(max, `At most ${max} characters`));

/** A field left empty (a select at "—", a blank date) means "none": "" → null, else the schema's value. */
export const blankOr = <T extends z.ZodType<string>>(schema: T) =>
  z.union([z.literal(""), schema]).transform((v) => (v === "" ? null : (v as z.output<T>)));

export const optionalIsoDay = blankOr(isoDaySchema);

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, t: 1e12 };

/** "72B", "14.3 bn", "500m", "40000000000", "1,500,000" → dollars; null for empty; NaN for nonsense. */
export function parseUsdInput(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/^\$/, "").replace(/\s+/g, "");
  if (s === "") return null;
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|bn|b|t)?$/.exec(s);
  if (!m) return Number.NaN;
  const value =
    Number(`${(m[1] ?? "").replaceAll(",", "")}.${m[2] ?? "0"}`) * (m[3] ? (SCALE[m[3]] ?? 1) : 1);
  return Math.round(value * 100) / 100;
}

/**
 * A number typed as text, read by `read`: null for an empty field, undefined for text that is not
 * such a number (the field then shows `message`).
 */
const numberInput = (maxLength: number, read: (v: string) => number | null | undefined, message: string) =>
  z
    .string()
    .max(maxLength)
    .transform((v, ctx) => {
      const n = read(v);
      if (n !== undefined) return n;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });

export const usdInput = numberInput(
  40,
  (v) => {
    const n = parseUsdInput(v);
    return n !== null && (!Number.isFinite(n) || n < 0 || n >= 1e18) ? undefined : n;
  },
  'Write an amount in US dollars, e.g. "72B", "500m" or "14300000000"',
);

/** A signed percentage ("-2.2", "49", "−2,2"); empty → null. */
export const percentInput = numberInput(
  20,
  (v) => {
    const s = v.trim().replace("−", "-").replace(",", ".").replace(/%$/, "").trim();
    if (s === "") return null;
    const n = Number(s);
    return /^-?\d+(\.\d+)?$/.test(s) && Math.abs(n) <= 100000 ? n : undefined;
  },
  "Write a percentage as a number, e.g. 49 or -2.2",
);

/** A number of people; empty → null. */
export const headcountInput = numberInput(
  10,
  (v) => {
    const s = v.trim();
    if (s === "") return null;
    return /^\d+$/.test(s) && Number(s) <= 10_000_000 ? Number(s) : undefined;
  },
  "Write a whole number of people",
);

/** Whitespace-insensitive containment: quotes must be words the article really contains. */
export function textContains(body: string, quote: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  return norm(body).includes(norm(quote));
}

/** Reads "Herbst oder später" against the article's date; null when not understood. */
export function readFuzzyDate(text: string, reference: string | null): FuzzyDate | null {
  if (!reference) return null;
  return parseFuzzyDate(text, { reference });
}
