/**
 * Share-price moves: a share word plus a fall, a doubt or (less sure) a rise; the labels keep rises
 * too. "Broadcom schloss … im Minus und Microsoft gab … nach" moves two prices (moveWordsAt).
 */
import type { CueHit } from "./cue-pattern";

export const SHARE =
  /(?:Aktie\p{L}*|Aktienkurs\p{L}*|(?<![\p{L}-])Kurs(?:e|es)?(?![\p{L}-])|Börsenwert|Marktkapitalisierung|Marktbewertung|(?:seines|ihres) (?:Börsen)?Wert(?:es|s)\b|Papiere|Anteilsschein\p{L}*|Wert der Anteile|of (?:its|their) (?:market )?value|(?<!\bto )\bshares?\b(?!\s+(?:the|its|their|his|her|details|information|data|how|what|any|more|further|specifics)\b)|\bstock\b|share price|market (?:cap|value|capitali[sz]ation))/giu;
/** every form SHARE accepts contains one of these: a cheap test before it */
export const SHARE_HINT =
  /aktie|kurs|börsenwert|marktkapital|marktbewertung|s wert|papiere|anteilsschein|wert der anteile|share|stock|market|(?:its|their) value/iu;
const FALL =
  /(?:rutsch\p{L}*|\bverbilligt(?:e|en)?\b|\bbergab\b|\bfiel(?:en)?\b|gefallen|\bsank(?:en)?\b|gesunken|verlor(?:en)?|brach(?:en)? (?:\S+ ){0,16}ein\b|\bbrich(?:t)? (?:\S+ ){0,16}ein\b|\bfällt\b|\bfallen (?:\S+ ){0,6}(?:(?:um|auf) (?:\S+ )?\d|(?:\S+ ){0,3}zurück\b)|\bGewinnmitnahmen\b|\bfalls? (?:as much as |more than |nearly |almost |about )?\d|\beinbr(?:ach|achen|icht)\b|\bnachgab(?:en)?\b|\babsack\p{L}*|Kurssturz|Kursrutsch|Kurseinbruch|\b(?:ein|das) Minus\b|Kursrückgang\p{L}*|Kursverlust\p{L}*|im Minus|eingebrochen|gab(?:en)? (?:\S+ ){0,14}nach\b|\bsink(?:t|en)\b|\btauch(?:t|te|ten) (?:\S+ ){0,8}ab\b|abgetaucht|\b(?:ging|gingen|geht|gehen) (?:\S+ ){0,14}zurück\b|zurückgegangen|\b(?:\d[\d.,]* ?)?(?:%|percent|per cent) lower\b|\bfell\b|\bfalling\b|\bfalls (?:by|to)\b|dropped|\bdrops?\b|\bslid\b|\bdeclin(?:ed|ing|es)\b|\bshed\b|wiped|erased|\bsank\b|\bslump(?:s|ed|ing)?\b|\bslid(?:es|ing)?\b|\bsink(?:s|ing)?\b|tumbl\p{L}*|plung\p{L}*|\b(?:opened|debuted|started|began trading) (?:\S+ ){0,3}lower\b|plummet\p{L}*|\btank(?:ed|s|ing)\b|\bcrater(?:ed|s|ing)\b|\bnosediv\p{L}*|\bsank\b|lost|verlier(?:t|en)\b|\blos(?:es|ing)\b|\bdown (?:\S+ ){0,2}\d|\bdip(?:ped|s)?\b|\bsackt\p{L}*|abgesackt|\bbüßt\p{L}*|eingebüßt|\bstürzt\p{L}*|abgestürzt|\bknickt\p{L}*|eingeknickt|\btank(?:ed|s)\b|\bcratered\b|\bnosedived?\b|\bAbschlag\b|\btiefer (?:\S+ ){0,2}(?:gehandelt|notiert\p{L}*|geschlossen|eröffnet)|\bschwächer (?:\S+ ){0,2}(?:gehandelt|notiert\p{L}*)|\bpush(?:ed|es|ing)? down\b|\b(?:geht|ging) es (?:\S+ ){0,10}(?:abwärts|bergab|nach unten)\b|\bsent (?:\S+ ){0,3}(?:lower|tumbling|plunging|sliding)\b|\bknock(?:ed|s)? (?:\S+ ){0,3}off\b|\ban? (?:\S+ )?\d[\d.,]* ?(?:%|percent|per cent) (?:fall|decline|loss|slide)\b|\ba (?:fall|decline|slide) of (?:\S+ )?\d)/giu;
/** rises are labelled stock moves too (a rebound, a multi-year high), with less confidence */
const RISE =
  /(?:\bstieg(?:en)?\b|\bsteig(?:t|en)\b(?! (?:\S+ ){0,16}ein\b)|\blegt (?:\S+ ){0,12}zu\b|\brises? (?:by |as much as |more than |nearly |almost |about )?\d|\bverteuert(?:e|en)?\b|\b(?:Kurs)?[Aa]nstieg\b|\bKurssprung\b|gestiegen|legte(?:n)? (?:\S+ ){0,12}zu\b|kletter\p{L}*|Höchststand|Rekordhoch|\brose\b|\bjump(?:ed|s)\b|\bsurg(?:ed|es)\b|\bsoar(?:ed|s)\b|\brall(?:ied|ies)\b|\brally in\b|\ba spike of\b|\b(?:opened|debuted|started|began trading) (?:\S+ ){0,3}higher\b|\banzog(?:en)?\b|\bangezogen\b|\brebound\p{L}*|(?:four|five|multi|\d+)-year high|record high|\bgain(?:ed|s)\b|\bup (?:almost |nearly |about |more than |over )?\d|höchsten (?:Stand|Wert|Niveau)|höchste Niveau|\bclimb(?:ed|s|ing)\b|\b(?:blasted|rocketed|shot|charged|catapulted|vaulted) (?:\S+ ){0,2}higher\b|\brocket(?:ed|s|ing)\b|\bspik(?:ed|es)\b|\bzog(?:en)? (?:\S+ ){0,10}an\b|\bsprang(?:en)?\b|\bzugelegt\b|in die Höhe|\bpush(?:ed|es|ing)? up\b|\b(?:geht|ging) es (?:\S+ ){0,10}(?:aufwärts|bergauf|nach oben)\b|\bsent (?:\S+ ){0,3}(?:higher|soaring|surging)\b|\blift(?:ed|s)\b|\b(?:ein|das) Plus\b|\b(?:Kurs)?[Ss]chub\b|\b(?:%|percent|per cent) higher\b|\ban? (?:\S+ )?\d[\d.,]* ?(?:%|percent|per cent) (?:gain|jump|rise|surge|climb|increase)\b|\ba (?:gain|jump|rise|surge|climb) of (?:\S+ )?\d)/giu;
const MARKET =
  /(?:schloss|closed|Handel|trading|Börse|Wall Street|Nasdaq|im Minus|im Plus|debut|offer price|Ausgabepreis|Börsendebüt)/u;
/** a percent in digits or in words ("um sieben Prozent", "five percent") */
const PERCENT =
  /(?:\d|\b(?:ein|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s?(?:%|Prozent|percent|per cent)/iu;
/** a percent by a name in a list of moves, in digits or in words: "7,4 Prozent", "neun Prozent", "9%" */
export const PERCENT_FIGURE = String.raw`(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?(?:%|Prozent|percent)`;

/**
 * a capitalised name that falls or rises by a percentage: "Nvidia verlor um 3,2 Prozent", "…,
 * Palantir büßte 7,4 Prozent ein", "Nvidia fell 3%". It opens its clause: a German noun after an
 * adjective or in a genitive ("die Genauigkeit von GPT-4 sank", "der … ausführbaren Skripte sank")
 * is no company.
 */
const NAME_MOVES = new RegExp(
  String.raw`(?:^|[,;:–(]\s*|\b(?:und|and|while|während|whereas|wobei|sowie|aber|but|doch|als|whose)\s+)(?:(?:Shares of|Aktien von)\s+)?\p{Lu}[\p{L}\p{N}.-]*\s+(?:verlor(?:en)?|büßte(?:n)?|gab(?:en)?|fiel(?:en)?|sank(?:en)?|stieg(?:en)?|legte(?:n)?|gewann(?:en)?|rutschte(?:n)?|fell|rose|dropped|slid|gained|jumped|climbed|lost|sank|tumbled|plunged|surged|soared)\s+(?:\S+\s+){0,3}?(?:um\s+|by\s+)?(?:bis zu\s+|knapp\s+|rund\s+|fast\s+|mehr als\s+|about\s+|nearly\s+|more than\s+|as much as\s+)?${PERCENT_FIGURE}`,
  "u",
);
/** what else moves by a percentage: revenue, profit, users, a market share */
const NOT_A_PRICE =
  /(?:Genauigkeit|Anzahl|Quote|Fehlerrate|accuracy|score|Umsatz|Umsätze|Gewinn|Erlös|Ergebnis|Nutzer|Marktanteil|Anteil|Absatz|Verkäufe|Auslieferungen|Prognose|revenue|sales|profit|earnings|income|users|market share|shipments|deliveries|forecast|margin|Marge)/iu;

const DOUBT =
  /(?:Zweifel|zweifel\p{L}*|befürchten|Sorge[n]?\b|skeptisch|doubt\p{L}*|worr\p{L}*|concern\p{L}*|skeptic\p{L}*)/giu;

/**
 * Offsets of the words of a share-price move in a sentence: "Broadcom schloss … im Minus und
 * Microsoft gab … nach" moves two prices.
 */
export function moveWordsAt(sentence: string): number[] {
  return [...sentence.matchAll(FALL), ...sentence.matchAll(RISE)].map((m) => m.index);
}

/** The stock-move cue of a sentence: its first fall (or doubt, or rise) beside a share word. */
export function stockHit(sentence: string): CueHit | null {
  const share = SHARE_HINT.test(sentence) ? [...sentence.matchAll(SHARE)] : [];
  // "schloss mit 17 Prozent im Minus": a market sentence with a percentage names no share word;
  // "Nvidia verlor um 3,2 Prozent": a company's name that loses a percentage is its share price
  const market =
    share.length === 0 &&
    /%|[Pp]ro[cz]ent|per ?cent/u.test(sentence) &&
    PERCENT.test(sentence) &&
    (MARKET.test(sentence) || NAME_MOVES.test(sentence)) &&
    // "Die Erlöse … legten um 10 Prozent zu, lagen jedoch unter den Erwartungen der Wall Street":
    // revenue, profit or users moved, not the share price
    !NOT_A_PRICE.test(sentence);
  if (share.length === 0 && !market) return null;
  const fall = [...sentence.matchAll(FALL)];
  const doubt = share.length > 0 ? [...sentence.matchAll(DOUBT)] : [];
  const rise = [...sentence.matchAll(RISE)];
  const first = fall[0] ?? doubt[0] ?? rise[0];
  if (!first) return null;
  return {
    type: "stock_move",
    confidence: fall[0] ? 0.85 : 0.55,
    index: first.index,
    length: first[0].length,
  };
}
