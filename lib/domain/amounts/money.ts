/** Money in German and English news: "72 Mrd. US-Dollar", "$1.5bn", "2 Billionen Euro" (10^12). */
import {
  collectFigures,
  NUM,
  QUAL,
  readNumber,
  scaleNumber,
  SP,
  START,
  WORD_NUM,
  wordNumber,
} from "./numbers";
import { alternation } from "../regex-alternation";
import type { AmountMatch, Currency, NumberLang } from "./types";

interface ScaleWord {
  exponent: number;
  /** the convention the word implies for "1,5" vs "1.5", when it implies one */
  lang: NumberLang | null;
}

// prettier-ignore
const SCALE_WORDS: Record<string, ScaleWord> = {
  billionen: { exponent: 12, lang: "de" }, "bio.": { exponent: 12, lang: "de" }, bio: { exponent: 12, lang: "de" },
  milliarden: { exponent: 9, lang: "de" }, milliarde: { exponent: 9, lang: "de" },
  "mrd.": { exponent: 9, lang: "de" }, mrd: { exponent: 9, lang: "de" },
  millionen: { exponent: 6, lang: "de" }, million: { exponent: 6, lang: null },
  "mio.": { exponent: 6, lang: "de" }, mio: { exponent: 6, lang: "de" },
  // Austrian and Swiss papers: "100 Mill. Dollar", "1,3 Mia. Franken"
  "mill.": { exponent: 6, lang: "de" }, "mia.": { exponent: 9, lang: "de" },
  tausend: { exponent: 3, lang: "de" }, "tsd.": { exponent: 3, lang: "de" }, tsd: { exponent: 3, lang: "de" },
  trillion: { exponent: 12, lang: "en" }, trillions: { exponent: 12, lang: "en" }, tn: { exponent: 12, lang: "en" },
  billions: { exponent: 9, lang: "en" }, bn: { exponent: 9, lang: "en" }, bln: { exponent: 9, lang: "en" },
  millions: { exponent: 6, lang: "en" }, mn: { exponent: 6, lang: "en" }, mln: { exponent: 6, lang: "en" },
  thousand: { exponent: 3, lang: "en" },
  // Malaysian and Singaporean English: "US$619mil", "RM1.2bil"
  mil: { exponent: 6, lang: "en" }, bil: { exponent: 9, lang: "en" },
  // "billion" is resolved separately: 10^12 in German, 10^9 in English
  billion: { exponent: 9, lang: null },
};
const SCALE_LETTERS: Record<string, number> = { t: 12, b: 9, m: 6, k: 3 };

const CURRENCY_PREFIX: Record<string, Currency> = {
  us$: "USD",
  $: "USD",
  usd: "USD",
  "€": "EUR",
  eur: "EUR",
};
const CURRENCY_SUFFIX = "US-Dollars?|US\\s+Dollars?|U\\.S\\.\\s+dollars?|Dollars?|USD|US\\$|\\$|Euros?|EUR|€";

function currencyOf(raw: string | undefined): Currency | null {
  if (!raw) return null;
  const s = raw.toLowerCase();
  if (s in CURRENCY_PREFIX) return CURRENCY_PREFIX[s] ?? null;
  return /euro|eur|€/.test(s) ? "EUR" : "USD";
}

/** the scale words a spelled-out number may take: words only, not "bn" or "Mrd." */
const SCALE_WORD_NAMES = alternation(
  Object.keys(SCALE_WORDS).filter((w) => /^\p{L}{5,}$/u.test(w) && w !== "tausend" && w !== "thousand"),
);

const AMOUNT_RE = new RegExp(
  START +
    QUAL +
    "(?:" +
    // $14.3 billion · $72B · US$ 5 Mio. · €40bn · $1.25-billion
    `(?<curA>US\\$|\\$|€|USD|EUR)${SP}?(?<numA>${NUM})(?:(?<letterA>[TBMK])(?![\\p{L}\\p{N}])|(?:${SP}|-)?(?<scaleA>${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}]))?` +
    "|" +
    // 72 Milliarden US-Dollar · 1,5 Mrd. Dollar · 14,3 Mrd. $ · 100 Millionen · 1.5 billion dollars
    `(?<numB>${NUM})(?:${SP}|-)*(?<scaleB>${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}])(?:(?:${SP}|-)*(?<curB>${CURRENCY_SUFFIX})(?![\\p{L}]))?` +
    "|" +
    // 500 Dollar · 40 €
    `(?<numC>${NUM})${SP}*(?<curC>${CURRENCY_SUFFIX})(?![\\p{L}])` +
    "|" +
    // zwei Milliarden Euro · halbe Milliarde Dollar · two billion dollars: a spelled-out number
    // is money only with both a scale word and a currency after it
    `(?<wordD>${WORD_NUM})${SP}+(?<scaleD>${SCALE_WORD_NAMES})(?![\\p{L}])(?:${SP}|-)*(?<curD>${CURRENCY_SUFFIX})(?![\\p{L}])` +
    ")",
  "giu",
);

function resolveBillion(
  word: string,
  lang: NumberLang | undefined,
  textLang: NumberLang | null,
  prefixed: boolean,
): number {
  // German capitalises its noun "Billion"; a lower-case "billion" is English, even quoted in a
  // German article ("OpenAI acquires Statsig for $1.1 billion")
  if (word[0] === "b") return 9;
  if (lang) return lang === "de" ? 12 : 9;
  if (prefixed) return 9; // "$2 billion" is English typography
  if (textLang) return textLang === "de" ? 12 : 9;
  // German capitalises nouns; an English "billion" mid-sentence is lower case.
  return word[0] === "B" ? 12 : 9;
}

/**
 * Finds money amounts. A bare number is not an amount; it needs a currency ("500 Dollar") or a
 * scale word ("100 Millionen", then currency null). `lang` fixes the number convention; without
 * it the scale word, a currency prefix or the surrounding text decides.
 */
export function parseAmounts(text: string, lang?: NumberLang): AmountMatch[] {
  return collectFigures(text, AMOUNT_RE, (g, m, textLang) => {
    // "150 Milliarden Yuan", "£5 billion", "HK$4.35 billion": money in another currency is no
    // dollar figure, and without this it was read as one (a figure naming no currency is taken
    // for dollars when the sentence names none)
    const foreign = foreignCurrency(text, m);
    if (g.wordD !== undefined) {
      const n = wordNumber(g.wordD);
      const word = SCALE_WORDS[(g.scaleD ?? "").toLowerCase()];
      if (!n || !word) return null;
      const key = (g.scaleD ?? "").toLowerCase();
      const exponent = key === "billion" ? resolveBillion(g.scaleD!, lang, textLang, false) : word.exponent;
      return { value: scaleNumber(n, exponent), currency: foreign ? "OTHER" : currencyOf(g.curD) };
    }
    const numRaw = g.numA ?? g.numB ?? g.numC;
    if (numRaw === undefined) return null;
    const scaleRaw = g.scaleA ?? g.scaleB;
    const prefixed = g.curA !== undefined;
    let exponent = 0;
    let scaleLang: NumberLang | null = null;
    if (g.letterA) {
      exponent = SCALE_LETTERS[g.letterA.toLowerCase()] ?? 0;
      scaleLang = "en";
    } else if (scaleRaw) {
      const key = scaleRaw.toLowerCase();
      const word = SCALE_WORDS[key];
      if (!word) return null;
      exponent = key === "billion" ? resolveBillion(scaleRaw, lang, textLang, prefixed) : word.exponent;
      scaleLang = word.lang;
    }
    const numberLang = lang ?? scaleLang ?? (prefixed ? "en" : null) ?? textLang;
    const n = readNumber(numRaw, numberLang);
    if (!n) return null;
    return {
      value: scaleNumber(n, exponent),
      currency: foreign ? "OTHER" : currencyOf(g.curA ?? g.curB ?? g.curC),
    };
  });
}

/** currencies other than the dollar and the euro, as news writes them after a figure */
const FOREIGN_AFTER =
  /^[\s\u00a0-]*(?:Yuan|yuan|Renminbi|renminbi|RMB|CNY|Yen|yen|JPY|Franken|[Ff]rancs?|CHF|Pfund|pounds?(?: sterling)?|GBP|£|Won|KRW|Rupien|rupees?|INR|Rubel|roubles?|rubles?|Kronen|kronor|kroner|SEK|NOK|DKK|Zloty|PLN|Lira|TRY|Real|Reais|BRL|Ringgit|ringgit|MYR|Rand|ZAR|Dirham|AED|Riyal|SAR|CAD|AUD|NZD|SGD|HKD|TWD|(?:Hongkong|Hong[- ]Kong|Taiwan|Singapur|Singapore|australische[n]?|Australian|kanadische[n]?|Canadian|neuseeländische[n]?|New Zealand)[-\s]*[Dd]ollars?|Canadian|Australian)(?![\p{L}])/u;
/** the same before a figure: "£5 billion", "¥1 trillion", "HK$4.35 billion", "RM1.2bil", "CHF 3 Mrd." */
const FOREIGN_BEFORE =
  /(?:[£¥₹₩₽]|\b(?:CHF|GBP|JPY|CNY|RMB|INR|KRW|SEK|NOK|DKK|RM|Rs\.?|HK|NT|A|C|S|NZ|R)\$?)\s?$/u;

function foreignCurrency(text: string, m: RegExpExecArray): boolean {
  const at = m.index + (m[0].length - m[0].trimStart().length);
  // a "$" the match starts with, preceded by letters: "HK$", "A$", "S$"
  const dollarAt = m[0].indexOf("$");
  if (
    dollarAt >= 0 &&
    !/US\$/.test(m[0]) &&
    /[A-Z]$/.test(text.slice(Math.max(0, m.index + dollarAt - 2), m.index + dollarAt))
  )
    return true;
  if (FOREIGN_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return true;
  return FOREIGN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
}
