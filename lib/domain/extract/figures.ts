/** The money, percentage and headcount that belong to a proposal. */
import { parseAmounts, parseHeadcounts, parsePercents, signedPercentFromContext } from "../amounts";
import { AMOUNT_ROLES, amountRole, defaultAmountKind, scaledRange } from "./amount-roles";
import type { Currency } from "../amounts/types";
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

/**
 * The currency the article names for each figure it gives with one ("5,5 Milliarden Euro"); a
 * figure given in two currencies ("$2 billion" and "2 Milliarden Euro") has none here.
 */
export function currencyByValue(text: string, lang: "de" | "en"): Map<number, Currency> {
  const named = new Map<number, Currency | null>();
  for (const a of parseAmounts(text, lang)) {
    if (a.currency === null) continue;
    const seen = named.get(a.value);
    named.set(a.value, seen === undefined || seen === a.currency ? a.currency : null);
  }
  return new Map([...named].filter((e): e is [number, Currency] => e[1] !== null));
}

/**
 * "Google investiert 5,5 Milliarden in Deutschland" in an article that says "5,5 Milliarden Euro":
 * a figure that names no currency is in the one the article names for the same figure, not in
 * dollars. `named` is asked only when a figure without a currency is there.
 */
export function inNamedCurrency(amounts: Amount[], named: () => Map<number, Currency>): Amount[] {
  if (amounts.every((a) => a.currency !== null)) return amounts;
  return amounts.map((a) => (a.currency === null ? { ...a, currency: named().get(a.value) ?? null } : a));
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
  const roles = all.map((a) => amountRole(text, a.index, a.text.length));
  const usable = all
    .map((a, i) => {
      // "380 billion yuan (US$53 billion)": the dollar figure in brackets plays the first one's role
      const converted = isConversion(text, all[i - 1], a);
      return {
        a: converted && a.qualifier === "exact" ? { ...a, qualifier: all[i - 1]!.qualifier } : a,
        i,
        role: converted ? (roles[i - 1] ?? roles[i] ?? null) : (roles[i] ?? null),
      };
    })
    .filter(
      ({ a }) =>
        a.currency === "USD" ||
        (a.currency === null &&
          type !== "stock_move" &&
          !NOT_MONEY_AFTER.test(text.slice(a.index + a.text.length)) &&
          !OTHER_CURRENCY_AFTER.test(text.slice(a.index + a.text.length))),
    );
  // a figure that names no currency is a dollar figure only when the sentence gives no explicit one
  const hasUsd = usable.some(({ a }) => a.currency === "USD");
  const candidates = usable
    .filter(({ a }) => !hasUsd || a.currency === "USD")
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
    const range = scaledRange(text, a);
    if (range) ({ value, max } = range);
  }
  return { value, max, qualifier: a.qualifier, kind: best.role ?? defaultAmountKind(type) };
}

/** The roles that name a type's own amount without doubt: "Vergütungspaket", "market value", "settlement". */
const OWN_ROLES: Partial<Record<ExtractEventType, ExtractAmountKind[]>> = {
  investment: ["investment"],
  acquisition: ["deal_value"],
  hiring: ["compensation"],
  stock_move: ["market_cap"],
  other: ["settlement", "fine"],
  controversy: ["settlement", "fine"],
};

/**
 * The amount a neighbouring sentence of the paragraph gives the event when its own sentence gives
 * none: "Laut Bloomberg umfasst das Vergütungspaket über 200 Millionen US-Dollar. Diese Summe …".
 * Only a dollar amount whose words name the type's own role, the sentence before first.
 */
export function amountNearby(
  type: ExtractEventType,
  neighbours: string[],
  lang: "de" | "en",
  n: Numbers,
): AmountPick | null {
  const own = OWN_ROLES[type];
  if (!own) return null;
  for (const text of neighbours) {
    const pick = amountFor(type, text, 0, lang, n);
    if (
      pick &&
      pick.kind &&
      own.includes(pick.kind) &&
      n.amounts(text, lang).some((a) => a.currency === "USD")
    )
      return pick;
  }
  return null;
}

export type Amount = ReturnType<typeof parseAmounts>[number];

/** "yuan", "Yen", "Franken": the number before is money, but not dollars */
const OTHER_CURRENCY_AFTER =
  /^\s*(?:yuan|renminbi|RMB|yen|Yen|won|Won|rupees?|Rupien|pounds?|Pfund|francs?|Franken|CHF|kronor|Kronen|rubles?|Rubel|euros?|Euro|EUR|GBP|JPY|CNY|HK\$|S\$|A\$|C\$)(?![\p{L}])/u;

/** `a` restates `prev` in another currency: "€1.7 billion ($2 billion)", "€600 million, or about $640 million" */
function isConversion(text: string, prev: Amount | undefined, a: Amount): boolean {
  if (!prev || a.currency !== "USD" || prev.currency === "USD") return false;
  const gap = text.slice(prev.index + prev.text.length, a.index);
  return /^\s*(?:\p{L}+\s*)?(?:\(\s*|,\s*(?:or|oder|rund|about|roughly|umgerechnet|equivalent to)?\s*|–\s*|-\s*)(?:umgerechnet\s+|rund\s+|etwa\s+|about\s+|roughly\s+)?$/u.test(
    gap,
  );
}

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

const OTHER_PERIOD =
  /(?:from|below|off) (?:a|an|its|their|the) (?:[\p{L}-]+ ){0,2}(?:high|peak|record)|(?:unter|seit) (?:dem|ihrem|seinem) (?:\p{L}+ )?(?:Rekordhoch|Allzeithoch|Höchststand|Hoch)|vom (?:\p{L}+ )?(?:Rekordhoch|Allzeithoch|Höchststand|Hoch)|seit (?:dem|seinem|ihrem) (?:\p{L}+ )?(?:Rekordhoch|Allzeithoch|Höchststand|Hoch)|last year|previous year|this year|year to date|year-to-date|since the (?:start|beginning) of|over the (?:past|last)|in the (?:past|last) \S+ (?:years|months)|in (?:19|20)\d\d|im (?:vergangenen|letzten) Jahr|in den (?:vergangenen|letzten) \S+ (?:Jahren|Monaten)|seit Jahresbeginn|seit Jahresanfang|seit Anfang des Jahres|in diesem Jahr|im Jahr (?:19|20)\d\d/iu;

const NOT_PRICE_BEFORE =
  /(?:market share|share of the market|stake|revenue|sales|profit|earnings|growth|margin|workforce|staff|Marktanteil\p{L}*|Anteil(?!sschein)\p{L}* (?:von|an)|Beteiligung|Umsatz\p{L}*|Erlös\p{L}*|Gewinn\p{L}*|Wachstum\p{L}*|Marge|Belegschaft)\b(?:\s+\p{L}+){0,4}\s+(?:of|von|um|by|at|bei|auf|to|rose|grew|fell|stieg|wuchs|sank)?\s*(?:about|around|rund|etwa|knapp|fast|nearly|almost)?\s*$/iu;
const NOT_PRICE_AFTER =
  /^\s*(?:stake|share of|market share|of (?:its|the) (?:workforce|staff|employees|revenue|sales|market)|Anteil|Marktanteil|der (?:Belegschaft|Mitarbeiter|Stellen)|des (?:Umsatzes|Marktes)|mehr Umsatz|more revenue)/iu;

export function percentFor(
  type: ExtractEventType,
  text: string,
  cueAt: number,
  lang: "de" | "en",
  n: Numbers,
): number | null {
  if (!PERCENT_TYPES.has(type)) return null;
  // "had lost 40 percent of its value last year": a move over another period is context; a
  // market share, a stake or a growth rate beside the move is not the share price's move. Each
  // percent is read with its own words only, up to the percent before and after it.
  const all = n.percents(text, lang);
  const own = all.filter((x, k) => {
    if (type !== "stock_move") return true;
    const end = x.index + x.text.length;
    const prevEnd = k > 0 ? all[k - 1]!.index + all[k - 1]!.text.length : 0;
    const nextStart = all[k + 1]?.index ?? text.length;
    const before = text.slice(Math.max(prevEnd, x.index - 45), x.index);
    const after = text.slice(end, Math.min(nextStart, end + 45));
    // the period is read within the percent's clause: "which has risen 40% this year, dropped 5%"
    const clauseBefore = before.split(",").at(-1) ?? "";
    const clauseAfter = after.split(",")[0] ?? "";
    return (
      !OTHER_PERIOD.test(`${clauseBefore.slice(-40)}${x.text}${clauseAfter}`) &&
      !NOT_PRICE_BEFORE.test(before) &&
      !NOT_PRICE_AFTER.test(after.slice(0, 30))
    );
  });
  // "lays off 200 employees after its shares fall more than 40%": a job cut's share of the
  // staff is never the share price's move beside it
  const staffShare =
    type === "layoff"
      ? own.filter((x) => !SHARE_MOVE_BEFORE.test(text.slice(Math.max(0, x.index - 40), x.index)))
      : own;
  const p = nearest(staffShare, cueAt);
  if (!p) return null;
  if (type !== "stock_move") return p.value;
  // "closed 4.5% lower", "schloss 2 Prozent schwächer": the direction stands after the number
  const tail = text.slice(p.index + p.text.length, p.index + p.text.length + 16);
  if (LOWER_AFTER.test(tail)) return -Math.abs(p.value);
  if (HIGHER_AFTER.test(tail)) return Math.abs(p.value);
  return signedPercentFromContext(text, p.value);
}

/** a share price's words just before a percent: "its shares fall more than", "die Aktie verlor" */
const SHARE_MOVE_BEFORE = /\b(?:shares?|stock|Aktie\p{L}*|Kurs\p{L}*|Papiere)\b(?:\s+\S+){0,4}\s*$/iu;

const LOWER_AFTER = /^\s*(?:lower|weaker|down|im Minus|schwächer|tiefer|niedriger|leichter)\b/iu;
const HIGHER_AFTER = /^\s*(?:higher|stronger|up|im Plus|fester|höher|stärker)\b/iu;

/** Significant digits of an amount: 53000000000 has two, 50000000000 one. */
function digits(value: number): number {
  return String(Math.round(value)).replace(/0+$/, "").length;
}

/**
 * Of two statements of one amount, the one to keep: the figure that is there, and of two, the
 * more precise — a headline rounds ("$50b"), the body gives the figure ("US$53 billion").
 */
export function preciseAmount<T extends { amountUsd: number | null }>(primary: T, other: T): T {
  if (primary.amountUsd === null) return other;
  if (other.amountUsd === null) return primary;
  return digits(other.amountUsd) > digits(primary.amountUsd) ? other : primary;
}
