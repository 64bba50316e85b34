/**
 * Money, percentages and headcounts as they are written in German and English news.
 *
 * The traps: German "Billion" is 10^12 while English "billion" is 10^9; "1,5" and "1.500" swap
 * meaning between the languages; and "Llama 4", "GPT-5" or "2025" are numbers but not amounts.
 * We only report a number as money when a currency or a scale word says so.
 */
import { alternation } from "./regex-alternation";

export type Currency = "USD" | "EUR";
export type AmountQualifier = "exact" | "about" | "up_to" | "more_than" | "at_least" | "almost";
export type NumberLang = "de" | "en";
export type NumberLocale = "en" | "de";

export interface AmountMatch {
  /** in units of the currency, e.g. 72e9 for "72 Milliarden US-Dollar" */
  value: number;
  /** null when the text names a scale but no currency ("100 Millionen") */
  currency: Currency | null;
  qualifier: AmountQualifier;
  /** the matched phrase, qualifier included */
  text: string;
  /** offset of `text` in the input */
  index: number;
}

export interface PercentMatch {
  /** signed only when the text writes a sign ("−2,2 %"); see signedPercentFromContext */
  value: number;
  qualifier: AmountQualifier;
  text: string;
  index: number;
}

export interface HeadcountMatch {
  value: number;
  qualifier: AmountQualifier;
  text: string;
  index: number;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/**
 * Words before a number that bound it. "weniger als"/"less than"/"unter" are read as up_to:
 * our qualifier set has no strict upper bound, and "at most" is the nearest honest reading.
 */
// prettier-ignore
const QUALIFIERS: Record<string, AmountQualifier> = {
  "bis zu": "up_to", "up to": "up_to", "höchstens": "up_to", "maximal": "up_to", "at most": "up_to",
  "no more than": "up_to", "nicht mehr als": "up_to", "weniger als": "up_to", "less than": "up_to",
  "unter": "up_to", "under": "up_to",
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

const QUAL = `(?:(?<qual>${alternation(Object.keys(QUALIFIERS))})\\s+)?`;
/** digits with optional grouping (1.000 / 1,000 / 1 000 with a no-break space) and decimals */
const NUM = "\\d{1,3}(?:[.,\\u00a0\\u202f']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
/** a number may not continue a word, another number, or a model name ("GPT-5") */
const START = "(?<![\\p{L}\\p{N}.,\\-−$€])";

function qualifierOf(raw: string | undefined): AmountQualifier {
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
function readNumber(raw: string, lang: NumberLang | null): { mantissa: number; decimals: number } | null {
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
function scaleNumber(n: { mantissa: number; decimals: number }, exponent: number): number {
  const e = exponent - n.decimals;
  return e >= 0 ? n.mantissa * 10 ** e : n.mantissa / 10 ** -e;
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

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
  tausend: { exponent: 3, lang: "de" }, "tsd.": { exponent: 3, lang: "de" }, tsd: { exponent: 3, lang: "de" },
  trillion: { exponent: 12, lang: "en" }, trillions: { exponent: 12, lang: "en" }, tn: { exponent: 12, lang: "en" },
  billions: { exponent: 9, lang: "en" }, bn: { exponent: 9, lang: "en" }, bln: { exponent: 9, lang: "en" },
  millions: { exponent: 6, lang: "en" }, mn: { exponent: 6, lang: "en" }, mln: { exponent: 6, lang: "en" },
  thousand: { exponent: 3, lang: "en" },
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

const SP = "[ \\t\\u00a0\\u202f]";
const AMOUNT_RE = new RegExp(
  START +
    QUAL +
    "(?:" +
    // $14.3 billion · $72B · US$ 5 Mio. · €40bn
    `(?<curA>US\\$|\\$|€|USD|EUR)${SP}?(?<numA>${NUM})(?:(?<letterA>[TBMK])(?![\\p{L}\\p{N}])|${SP}?(?<scaleA>${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}]))?` +
    "|" +
    // 72 Milliarden US-Dollar · 1,5 Mrd. Dollar · 14,3 Mrd. $ · 100 Millionen · 1.5 billion dollars
    `(?<numB>${NUM})(?:${SP}|-)*(?<scaleB>${alternation(Object.keys(SCALE_WORDS))})(?![\\p{L}])(?:(?:${SP}|-)*(?<curB>${CURRENCY_SUFFIX})(?![\\p{L}]))?` +
    "|" +
    // 500 Dollar · 40 €
    `(?<numC>${NUM})${SP}*(?<curC>${CURRENCY_SUFFIX})(?![\\p{L}])` +
    ")",
  "giu",
);

function resolveBillion(
  word: string,
  lang: NumberLang | undefined,
  textLang: NumberLang | null,
  prefixed: boolean,
): number {
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
  const textLang = detectNumberLang(text);
  const out: AmountMatch[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const g = m.groups ?? {};
    const numRaw = g.numA ?? g.numB ?? g.numC;
    if (numRaw === undefined) continue;
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
      if (!word) continue;
      exponent = key === "billion" ? resolveBillion(scaleRaw, lang, textLang, prefixed) : word.exponent;
      scaleLang = word.lang;
    }
    const numberLang = lang ?? scaleLang ?? (prefixed ? "en" : null) ?? textLang;
    const n = readNumber(numRaw, numberLang);
    if (!n) continue;
    out.push({
      value: scaleNumber(n, exponent),
      currency: currencyOf(g.curA ?? g.curB ?? g.curC),
      qualifier: qualifierOf(g.qual),
      text: m[0],
      index: m.index,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------------

const PERCENT_RE = new RegExp(
  START +
    QUAL +
    `(?<sign>[-−+]|minus${SP}+|plus${SP}+)?(?<num>${NUM})${SP}?(?:%|Prozent(?!punkt)|percent(?!age)|per${SP}cent|pct\\.?)(?![\\p{L}])`,
  "giu",
);

/** Finds "49 %", "2,2 Prozent", "12%" …; percentage points are deliberately not percentages. */
export function parsePercents(text: string, lang?: NumberLang): PercentMatch[] {
  const textLang = detectNumberLang(text);
  const out: PercentMatch[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const g = m.groups ?? {};
    const n = readNumber(g.num ?? "", lang ?? textLang);
    if (!n) continue;
    const negative = g.sign !== undefined && /^[-−]|^minus/i.test(g.sign);
    const value = scaleNumber(n, 0);
    out.push({
      value: negative ? -value : value,
      qualifier: qualifierOf(g.qual),
      text: m[0],
      index: m.index,
    });
  }
  return out;
}

const FALL_CUES = [
  /\b(?:ab)?rutsch\w*/giu,
  /\b(?:fiel|fielen|gefallen|fällt)\b/giu,
  /\b(?:sank|sanken|gesunken|sinkt|sinken)\b/giu,
  /\b(?:verlor|verloren|verliert|verlieren|einbußen)\b/giu,
  // "brachen die Papiere des Chipkonzerns Nvidia am Montag um 17 Prozent ein": the verb frames the number
  /\bbrach(?:en)?\b.{0,120}?\bein\b|\beingebrochen\b|\beinbruch\b|kurssturz|kursrutsch|kurseinbruch/giu,
  /\bgab(?:en)?\b.{0,120}?\bnach\b|\bnachgegeben\b/giu,
  /\brückgang\b|\bzurückgegangen\b|\bging(?:en)?\b.{0,40}?\bzurück\b/giu,
  /\bbüßte\w*\b.{0,40}?\bein\b|\beingebüßt\b/giu,
  /\b(?:stürzte|stürzten|abgestürzt|absturz)\b/giu,
  /\bschrumpf\w*/giu,
  /\b(?:fell|falls|falling|dropped|drops|dropping|slid|slides|sliding|slipped|sank|sinks|sinking|lost|loses|losing|shed|shrank)\b/giu,
  /\b(?:declin|slump|tumbl|plung|plummet|decreas)\w*/giu,
  /\bminus\b|\bdown\b/giu,
];

const RISE_CUES = [
  /\b(?:stieg|stiegen|gestiegen|steigt|steigen|anstieg)\b/giu,
  /\blegte\w*\b.{0,40}?\bzu\b|\bzugelegt\b|\blegt\b.{0,40}?\bzu\b/giu,
  /\bkletter\w*/giu,
  /\b(?:gewann|gewannen|gewonnen|gewinnt)\b/giu,
  /\b(?:sprang|sprangen|zuwachs|wuchs|gewachsen|wächst)\b/giu,
  /\berhöh\w*/giu,
  /\b(?:rose|rises|risen|rising|gained|gains|gaining|jumped|jumps|climbed|climbs|surged|surges|soared|soars|grew|rallied)\b/giu,
  /\b(?:increas|advanc)\w*/giu,
  /\bplus\b|\bup\b(?!\s+to\b)/giu,
];

function nearestCue(sentence: string, cues: RegExp[], at: number, end: number): number {
  let best = Infinity;
  for (const re of cues) {
    for (const m of sentence.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      const d = b < at ? at - b : a > end ? a - end : 0;
      best = Math.min(best, d);
    }
  }
  return best;
}

/**
 * Gives a percentage the direction its sentence states: negative for "rutschte … ab", "fiel",
 * "fell", positive for "stieg", "legte zu", "rose". The cue nearest the number wins, so
 * "stieg zunächst, rutschte dann um 2,2 Prozent ab" is a fall. Without a cue (or with a tie)
 * the value comes back unchanged.
 */
export function signedPercentFromContext(sentence: string, value: number): number {
  const magnitude = Math.abs(value);
  const match = parsePercents(sentence).find((p) => Math.abs(Math.abs(p.value) - magnitude) < 1e-9);
  const at = match ? match.index : 0;
  const end = match ? match.index + match.text.length : sentence.length;
  const fall = nearestCue(sentence, FALL_CUES, at, end);
  const rise = nearestCue(sentence, RISE_CUES, at, end);
  if (fall === rise) return value;
  return fall < rise ? -magnitude : magnitude;
}

// ---------------------------------------------------------------------------------------------
// Headcounts
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, einhundert: 100, tausend: 1000,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, "a hundred": 100, "one hundred": 100,
  thousand: 1000, "a thousand": 1000, dozen: 12, "a dozen": 12, dutzend: 12, "ein dutzend": 12,
};

const PEOPLE = [
  "von ihnen",
  "davon",
  "Mitarbeiter(?:innen|in|n)?",
  "Mitarbeitende[n]?",
  "Beschäftigte[n]?",
  "Angestellte[n]?",
  "Stellen?",
  "Jobs",
  "Arbeitsplätze",
  "Personen",
  "Person",
  "Leute",
  "Menschen",
  "Forscher(?:innen|in|n)?",
  "Forschende[n]?",
  "Entwickler(?:innen|in|n)?",
  "Ingenieur(?:e|en|innen|in)?",
  "Manager(?:innen|in|n)?",
  "Führungskräfte[n]?",
  "Köpfe",
  "Talente",
  "Wissenschaftler(?:innen|in|n)?",
  "Mitbegründer(?:innen|in|n)?",
  "Gründer(?:innen|in|n)?",
  "Programmierer(?:innen|in|n)?",
  "Experten",
  "Expertinnen",
  "of them",
  "employees?",
  "staff(?:ers)?",
  "people",
  "persons?",
  "workers?",
  "researchers?",
  "engineers?",
  "scientists?",
  "jobs?",
  "positions?",
  "roles?",
  "members?",
  "executives?",
  "co-?founders?",
  "founders?",
  "developers?",
  "hires?",
].join("|");
/** one word allowed between number and noun: "sieben weitere Mitarbeiter", "20 senior researchers" */
const PEOPLE_ADJECTIVES = [
  "weiteren?",
  "neuen?",
  "zusätzlichen?",
  "ehemaligen?",
  "leitenden?",
  "führenden?",
  "hochrangigen?",
  "erfahrenen?",
  "festen?",
  "bisherigen?",
  "wichtigen?",
  "more",
  "new",
  "additional",
  "former",
  "senior",
  "key",
  "top",
  "full-time",
  "other",
  "of its",
  "of the",
  "of their",
].join("|");

const HEADCOUNT_RE = new RegExp(
  START +
    QUAL +
    `(?<num>${NUM}|${alternation(Object.keys(NUMBER_WORDS))})(?:${SP}+(?<adj>${PEOPLE_ADJECTIVES}))?${SP}+(?<noun>${PEOPLE})(?![\\p{L}])`,
  "giu",
);

/**
 * Finds counts of people: "mindestens sieben von ihnen", "mehr als 600 Stellen", "600 jobs".
 * Number words cover eins–zwölf, the tens to fünfzig/fifty, hundert and tausend.
 */
export function parseHeadcounts(text: string, lang?: NumberLang): HeadcountMatch[] {
  const textLang = detectNumberLang(text);
  const out: HeadcountMatch[] = [];
  for (const m of text.matchAll(HEADCOUNT_RE)) {
    const g = m.groups ?? {};
    const raw = g.num ?? "";
    const word = NUMBER_WORDS[raw.toLowerCase().replace(/\s+/g, " ")];
    let value: number;
    if (word !== undefined) {
      value = word;
    } else {
      // "im Jahr 2025 neue Stellen": a year followed by people, not 2025 people.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (
        /^(?:19|20)\d{2}$/.test(raw) &&
        /\b(?:im|in|jahr|year|bis|seit|since|until|by|ab)\s+$/i.test(before)
      )
        continue;
      const n = readNumber(raw, lang ?? textLang);
      if (!n || n.decimals > 0) continue;
      value = n.mantissa;
    }
    out.push({ value, qualifier: qualifierOf(g.qual), text: m[0], index: m.index });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const MINUS = "−";

const QUALIFIER_WORDS: Record<NumberLocale, Record<AmountQualifier, string>> = {
  en: {
    exact: "",
    about: "about ",
    up_to: "up to ",
    more_than: "more than ",
    at_least: "at least ",
    almost: "almost ",
  },
  de: {
    exact: "",
    about: "rund ",
    up_to: "bis zu ",
    more_than: "mehr als ",
    at_least: "mindestens ",
    almost: "fast ",
  },
};

/** Up to `digits` decimals, trailing zeros dropped, in the locale's decimal mark. */
function decimal(value: number, locale: NumberLocale, digits: number): string {
  const fixed = value.toFixed(digits).replace(/\.?0+$/, "");
  return locale === "de" ? fixed.replace(".", ",") : fixed;
}

function grouped(value: number, locale: NumberLocale): string {
  const [int = "0", frac] = decimal(value, "en", 2).split(".");
  const sep = locale === "de" ? "." : ",";
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac ? `${body}${locale === "de" ? "," : "."}${frac}` : body;
}

const USD_UNITS: { exponent: number; en: string; de: string }[] = [
  { exponent: 12, en: "T", de: "Bio." },
  { exponent: 9, en: "B", de: "Mrd." },
  { exponent: 6, en: "M", de: "Mio." },
];

/** "$72B" / "72 Mrd. US-Dollar"; amounts under a million are written out in full. */
export function formatUsd(value: number, locale: NumberLocale, qualifier: AmountQualifier = "exact"): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  const sign = value < 0 ? MINUS : "";
  const abs = Math.abs(value);
  let body: string | null = null;
  for (let u = 0; u < USD_UNITS.length; u++) {
    const unit = USD_UNITS[u]!;
    if (abs < 10 ** unit.exponent) continue;
    let scaled = Number((abs / 10 ** unit.exponent).toFixed(2));
    let label = unit[locale];
    // 999.999e9 rounds to 1000 B; say 1 T instead.
    const bigger = USD_UNITS[u - 1];
    if (scaled >= 1000 && bigger) {
      scaled = Number((abs / 10 ** bigger.exponent).toFixed(2));
      label = bigger[locale];
    }
    const n = decimal(scaled, locale, 2);
    body = locale === "de" ? `${n} ${label} US-Dollar` : `$${n}${label}`;
    break;
  }
  body ??= locale === "de" ? `${grouped(abs, "de")} US-Dollar` : `$${grouped(abs, "en")}`;
  return `${QUALIFIER_WORDS[locale][qualifier]}${sign}${body}`;
}

/** "−2.2%" / "−2,2 %" with a true minus sign. */
export function formatPercent(
  value: number,
  locale: NumberLocale,
  qualifier: AmountQualifier = "exact",
): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite percentage: ${value}`);
  const sign = value < 0 ? MINUS : "";
  const n = decimal(Math.abs(value), locale, 2);
  return `${QUALIFIER_WORDS[locale][qualifier]}${sign}${n}${locale === "de" ? " %" : "%"}`;
}
