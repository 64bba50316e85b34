/** Pieces every amount parser shares: bounding words ("bis zu", "more than"), the shape of a written
 * number, and reading "1.500" or "1,5" by the conventions of the text's language. */
import { alternation } from "../regex-alternation";
import type { AmountQualifier, NumberLang } from "./types";

/**
 * Words before a number that bound it. "weniger als"/"less than"/"unter" are read as up_to:
 * our qualifier set has no strict upper bound, and "at most" is the nearest honest reading.
 */
// prettier-ignore
export const QUALIFIERS: Record<string, AmountQualifier> = {
  "bis zu": "up_to", "up to": "up_to", "höchstens": "up_to", "maximal": "up_to", "at most": "up_to",
  "no more than": "up_to", "nicht mehr als": "up_to", "weniger als": "up_to", "less than": "up_to",
  "unter": "up_to", "under": "up_to", "as much as": "up_to",
  "mehr als": "more_than", "more than": "more_than", "über": "more_than", "over": "more_than",
  "upwards of": "more_than", "in excess of": "more_than", "knapp über": "more_than", "just over": "more_than",
  "mindestens": "at_least", "wenigstens": "at_least", "at least": "at_least", "no less than": "at_least",
  "nicht weniger als": "at_least",
  "fast": "almost", "knapp": "almost", "beinahe": "almost", "nahezu": "almost", "annähernd": "almost",
  "knapp unter": "almost", "nearly": "almost", "almost": "almost", "close to": "almost", "just under": "almost",
  "rund": "about", "etwa": "about", "in etwa": "about", "ungefähr": "about", "circa": "about", "zirka": "about",
  "ca.": "about", "schätzungsweise": "about", "geschätzte": "about", "um die": "about", "about": "about",
  "around": "about", "roughly": "about", "approximately": "about", "approx.": "about", "some": "about",
  "an estimated": "about", "estimated": "about", "geschätzt": "about", "geschätzten": "about", "gut": "about",
  "gute": "about", "grob": "about", "some estimated": "about",
};

export const QUAL = `(?:(?<qual>${alternation(Object.keys(QUALIFIERS))})\\s+)?`;
/** digits with optional grouping (1.000 / 1,000 / 1 000 with a no-break space) and decimals */
export const NUM = "\\d{1,3}(?:[.,\\u00a0\\u202f']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
/** a number may not continue a word, another number, or a model name ("GPT-5") */
export const START = "(?<![\\p{L}\\p{N}.,\\-−$€])";

export function qualifierOf(raw: string | undefined): AmountQualifier {
  if (!raw) return "exact";
  return QUALIFIERS[raw.toLowerCase().replace(/\s+/g, " ")] ?? "exact";
}

// prettier-ignore
const DE_HINTS = new Set([
  "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine", "zu",
  "für", "auf", "sich", "im", "bei", "als", "auch", "hat", "wird", "dass", "oder", "über", "sind",
]);
// prettier-ignore
const EN_HINTS = new Set([
  "the", "and", "to", "of", "for", "is", "are", "with", "that", "has", "have", "it", "its", "on", "at",
  "by", "from", "this", "be", "was", "were", "or", "than",
]);

/** Which language's number conventions a text follows, or null when it gives no hint. */
export function detectNumberLang(text: string): NumberLang | null {
  let de = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DE_HINTS.has(w)) de++;
    if (EN_HINTS.has(w)) en++;
  }
  if (de === en) return null;
  return de > en ? "de" : "en";
}

/**
 * Splits a written number into digits and decimal places. With both marks present the last one
 * is the decimal mark. A lone mark follows `lang`; when the language is unknown, a lone mark
 * before exactly three digits is read as grouping ("1.500 Euro", "3,600 employees"), since
 * amounts and headcounts are rarely written to three decimals.
 */
export function readNumber(
  raw: string,
  lang: NumberLang | null,
): { mantissa: number; decimals: number } | null {
  const s = raw.replace(/[\u00a0\u202f']/g, "");
  let intPart = s;
  let frac = "";
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const cut = s.lastIndexOf(decimal);
    intPart = s.slice(0, cut).replace(/[.,]/g, "");
    frac = s.slice(cut + 1);
  } else if (dots + commas === 1) {
    const sep = dots ? "." : ",";
    const [a = "", b = ""] = s.split(sep);
    // "0,125" can only be a decimal: grouping never leaves a lone leading zero.
    const groupable = b.length === 3 && a !== "0";
    const grouping = lang === null ? groupable : groupable && sep !== (lang === "de" ? "," : ".");
    if (grouping) {
      intPart = a + b;
    } else {
      intPart = a;
      frac = b;
    }
  } else if (dots + commas > 1) {
    intPart = s.replace(/[.,]/g, "");
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  const mantissa = Number(intPart + frac);
  return Number.isFinite(mantissa) ? { mantissa, decimals: frac.length } : null;
}

/** mantissa · 10^(exponent − decimals), computed so that 14,3 Mrd. is exactly 14300000000 */
export function scaleNumber(n: { mantissa: number; decimals: number }, exponent: number): number {
  const e = exponent - n.decimals;
  return e >= 0 ? n.mantissa * 10 ** e : n.mantissa / 10 ** -e;
}

/** a space inside a written amount, including the no-break spaces typesetters use */
export const SP = "[ \\t\\u00a0\\u202f]";

/** a noun of a deal or a sum right before "über": "Runde über", "Auftrag über", "Anleihe über" */
const SUM_NOUN_BEFORE =
  /(?:[Rr]unde|Finanzierung|Anleihe|Kredit|Darlehen|Deal|Vertrag|Verträge|Auftrag|Aufträge|Investition|Vereinbarung|Abkommen|Kauf|Übernahme|Angebot|Scheck|Summe|Betrag|Vergleich|Strafe|Buße|Bußgeld|Zahlung|Rechnung|Paket|Programm|Klage|Sammelklage|Forderung|Schadenersatzforderung|Schadensersatzforderung|Schadenersatzklage)\p{Ll}{0,3}\s+$/u;

/** A figure as the parsers report it: what `read` made of a match, with its qualifier, words and place. */
export type Found<T> = T & { qualifier: AmountQualifier; text: string; index: number };

/**
 * The parsers' one loop: each match of `re` in `text` that `read` makes a figure of (null: not a
 * figure), with the qualifier before it, the matched words and where they start. `read` gets the
 * match's named groups, the match, and the number convention the whole text suggests.
 */
export function collectFigures<T extends object>(
  text: string,
  re: RegExp,
  read: (g: Record<string, string | undefined>, m: RegExpExecArray, textLang: NumberLang | null) => T | null,
): Found<T>[] {
  const textLang = detectNumberLang(text);
  const out: Found<T>[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const figure = read(g, m, textLang);
    // "eine Finanzierungsrunde über 500 Millionen Dollar": "über" after a noun of a deal or a sum
    // says what it is of ("a round of"), not "more than"
    const qual =
      g.qual?.toLowerCase() === "über" && SUM_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
        ? undefined
        : g.qual;
    if (figure) out.push({ ...figure, qualifier: qualifierOf(qual), text: m[0], index: m.index });
  }
  return out;
}

/**
 * Numbers written as words before a scale word or "Prozent" ("zwei Milliarden Euro", "half a
 * billion dollars", "nine percent"). Only the small numbers newsrooms spell out; a bare word is
 * never a figure, the parsers require a scale word, a currency or a percent sign word after it.
 */
// prettier-ignore
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  "half a": 0.5, "one and a half": 1.5, "one-and-a-half": 1.5,
  ein: 1, eine: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, "zwölf": 12, "fünfzehn": 15, zwanzig: 20, "dreißig": 30,
  vierzig: 40, "fünfzig": 50, halbe: 0.5, "eine halbe": 0.5, "einer halben": 0.5, "einen halben": 0.5,
  eineinhalb: 1.5, anderthalb: 1.5, zweieinhalb: 2.5,
};

export const WORD_NUM = alternation(Object.keys(NUMBER_WORDS));

/** The value of a number word matched by WORD_NUM, or null. */
export function wordNumber(raw: string): { mantissa: number; decimals: number } | null {
  const v = NUMBER_WORDS[raw.toLowerCase().replace(/\s+/g, " ")];
  if (v === undefined) return null;
  // kept as mantissa and decimals so scaleNumber stays exact: 0.5 → 5 · 10^−1
  const decimals = Number.isInteger(v) ? 0 : String(v).split(".")[1]!.length;
  return { mantissa: Math.round(v * 10 ** decimals), decimals };
}
