/** The money, percentage and headcount that belong to a proposal. */
import { parseAmounts, parseHeadcounts, parsePercents, signedPercentFromContext } from "../amounts";
import { AMOUNT_ROLES, amountRole, defaultAmountKind, rangeLowerBound } from "./amount-roles";
import type { ExtractAmountKind, ExtractEventType, ExtractQualifier } from "./types";
import { NOT_MONEY_AFTER, PERCENT_TYPES } from "./rules";

export function qualifier(q: string): ExtractQualifier {
  return q as ExtractQualifier;
}

export function nearest<T extends { index: number }>(items: T[], at: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
}

export function memo<T>(fn: (text: string, lang: "de" | "en") => T): (text: string, lang: "de" | "en") => T {
  const cache = new Map<string, T>();
  return (text, lang) => {
    const key = `${lang}\u0000${text}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(text, lang);
      cache.set(key, v);
    }
    return v;
  };
}

export interface Numbers {
  amounts: (text: string, lang: "de" | "en") => ReturnType<typeof parseAmounts>;
  percents: (text: string, lang: "de" | "en") => ReturnType<typeof parsePercents>;
  headcounts: (text: string, lang: "de" | "en") => ReturnType<typeof parseHeadcounts>;
}

export interface AmountPick {
  value: number;
  max: number | null;
  qualifier: string;
  kind: ExtractAmountKind | null;
}

/**
 * The event's own amount: of the sentence's dollar amounts, the one whose role (read from the
 * words around it) fits the event type best, then the nearest to the cue. A valuation or a share
 * price is never a deal's amount; a range keeps both bounds.
 */
export function amountFor(
  type: ExtractEventType,
  text: string,
  cueAt: number,
  lang: "de" | "en",
  n: Numbers,
): AmountPick | null {
  const allowed = AMOUNT_ROLES[type];
  if (!allowed || allowed.length === 0) return null;
  const all = n.amounts(text, lang);
  const candidates = all
    .map((a, i) => ({ a, i, role: amountRole(text, a.index, a.text.length) }))
    .filter(
      ({ a }) =>
        a.currency === "USD" ||
        (a.currency === null &&
          type !== "stock_move" &&
          !NOT_MONEY_AFTER.test(text.slice(a.index + a.text.length))),
    )
    .filter(({ role }) => allowed.includes(role))
    // the lower end of "between $2 billion and $3 billion" is read with the upper one
    .filter(({ a, i }) => !isRangeStart(text, a, all[i + 1]));
  const best = candidates.sort(
    (x, y) =>
      allowed.indexOf(x.role) - allowed.indexOf(y.role) ||
      Math.abs(x.a.index - cueAt) - Math.abs(y.a.index - cueAt),
  )[0];
  if (!best) return null;
  const { a, i } = best;
  const prev = all[i - 1];
  let value = a.value;
  let max: number | null = null;
  if (prev && isRangeStart(text, prev, a)) {
    value = prev.value;
    max = a.value;
  } else {
    const lower = rangeLowerBound(text, a.index, a.value);
    if (lower !== null) {
      value = lower;
      max = a.value;
    }
  }
  return { value, max, qualifier: a.qualifier, kind: best.role ?? defaultAmountKind(type) };
}

export type Amount = ReturnType<typeof parseAmounts>[number];

/** "between $2 billion and $3 billion", "zwischen 2 und 3 Milliarden Dollar": `a` opens a range. */
export function isRangeStart(text: string, a: Amount, next: Amount | undefined): boolean {
  if (!next) return false;
  const gap = text.slice(a.index + a.text.length, next.index);
  if (!/^\s*(?:and|und|to|bis|-|–)\s*$/u.test(gap)) return false;
  return (
    /(?:between|zwischen|from|von)\s*$/iu.test(text.slice(Math.max(0, a.index - 12), a.index)) ||
    /bis|to|-|–/u.test(gap)
  );
}

export function percentFor(
  type: ExtractEventType,
  text: string,
  cueAt: number,
  lang: "de" | "en",
  n: Numbers,
): number | null {
  if (!PERCENT_TYPES.has(type)) return null;
  const p = nearest(n.percents(text, lang), cueAt);
  if (!p) return null;
  return type === "stock_move" ? signedPercentFromContext(text, p.value) : p.value;
}
