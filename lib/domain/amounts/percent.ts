/** Percentages, and their sign from the words around them ("fiel um 2,2 %" is −2.2). */
import { alternation } from "../regex-alternation";
import {
  collectFigures,
  NUM,
  NUMBER_WORDS,
  QUAL,
  readNumber,
  scaleNumber,
  SP,
  START,
  wordNumber,
} from "./numbers";

/** "zehn Prozent", "nine percent": whole spelled-out numbers only ("half a percent" is rare) */
const PERCENT_WORDS = alternation(Object.keys(NUMBER_WORDS).filter((w) => Number.isInteger(NUMBER_WORDS[w])));
import type { NumberLang, PercentMatch } from "./types";

const PERCENT_RE = new RegExp(
  START +
    QUAL +
    `(?<sign>[-−+]|minus${SP}+|plus${SP}+)?(?:(?<num>${NUM})${SP}?|(?<word>${PERCENT_WORDS})${SP}+)(?:%|Prozent(?!punkt)|percent(?!age)|per${SP}cent|pct\\.?|(?<=\\d)pc)(?![\\p{L}])`,
  "giu",
);

/** Finds "49 %", "2,2 Prozent", "12%" …; percentage points are deliberately not percentages. */
export function parsePercents(text: string, lang?: NumberLang): PercentMatch[] {
  return collectFigures(text, PERCENT_RE, (g, _m, textLang) => {
    const n = g.word !== undefined ? wordNumber(g.word) : readNumber(g.num ?? "", lang ?? textLang);
    if (!n) return null;
    const negative = g.sign !== undefined && /^[-−]|^minus/i.test(g.sign);
    const value = scaleNumber(n, 0);
    return { value: negative ? -value : value };
  });
}

const FALL_CUES = [
  /\b(?:ab)?rutsch\w*/giu,
  /\b(?:fiel|fielen|gefallen|fällt)\b|\bfallen\b.{0,80}?\b(?:zurück|um)\b/giu,
  /\b(?:sank|sanken|gesunken|sinkt|sinken)\b/giu,
  /\b(?:verlor|verloren|verliert|verlieren|einbußen)\b/giu,
  // "brachen die Papiere des Chipkonzerns Nvidia am Montag um 17 Prozent ein": the verb frames the number
  /\b(?:brach|brachen|bricht|brechen)\b.{0,120}?\bein\b|\beingebrochen\b|\beinbr(?:uch|ach|achen|icht)\b|kurssturz|kursrutsch|kurseinbruch/giu,
  // "sackten … um bis zu 16 Prozent ab", "mit einem Abschlag von 9,4 Prozent", "vier Prozent tiefer"
  /\b(?:ab)?sack\w*|\babgesackt\b|\babschlag\b|\btiefer\b|\bschwächer\b/giu,
  /\bgab(?:en)?\b.{0,120}?\bnach\b|\bnachgegeben\b|\bnachgab(?:en)?\b/giu,
  // a debut or a session: "opened 3.3% lower than its offer price"
  /\b(?:opened|debuted|started|began trading|closed|ended)\b.{0,30}?\blower\b/giu,
  /rückgang\b|\bzurückgegangen\b|\bging(?:en)?\b.{0,120}?\bzurück\b/giu,
  /\bbüßte\w*\b.{0,100}?\bein\b|\beingebüßt\b/giu,
  /\b(?:stürzte|stürzten|abgestürzt|absturz)\b/giu,
  // "knickten … um 7,28 Prozent ein", "tauchte … um 9 Prozent ab"
  /\bknickt\w*\b.{0,100}?\bein\b|\beingeknickt\b|\btauch(?:t|te|ten)\b.{0,80}?\bab\b|\babgetaucht\b/giu,
  // "was more than 4 per cent lower"
  /(?:%|percent|per cent)\s+lower\b/giu,
  /\bschrumpf\w*/giu,
  /\b(?:fell|falls|falling|dropped|drops|dropping|slid|slides|sliding|slipped|sank|sinks|sinking|lost|loses|losing|shed|shrank)\b/giu,
  /\b(?:declin|slump|tumbl|plung|plummet|decreas|nosediv)\w*/giu,
  /\b(?:tanked|tanks|tanking|cratered|craters|cratering)\b/giu,
  // "geht es um 1,58 Prozent abwärts"
  /\babwärts\b|\bbergab\b/giu,
  // "knocked 3% off Nvidia shares"
  /\bknock(?:ed|s|ing)?\b.{0,30}?\boff\b/giu,
  /\bminus\b|\bdown\b/giu,
  // "a dip in Meta's stock of up to 3.2%", "Talfahrt": nouns of a fall
  /\b(?:dip|dips|dipped|dive|dives|dived|diving|Talfahrt|Kursverlust\w*|Minus)\b/giu,
  // "experienced a 0.7% drop in its stock", "a 5% fall", "a 3% loss"
  /\b(?:drop|fall|loss)\b/giu,
];

const RISE_CUES = [
  /\b(?:stieg|stiegen|gestiegen|steigt|steigen|anstieg)\b/giu,
  /\blegte\w*\b.{0,40}?\bzu\b|\bzugelegt\b|\blegt\b.{0,40}?\bzu\b/giu,
  /\bkletter\w*/giu,
  /\baufschlag\b|\bhöher\b|\bfester\b/giu,
  /\b(?:gewann|gewannen|gewonnen|gewinnt)\b/giu,
  /\b(?:sprang|sprangen|zuwachs|wuchs|gewachsen|wächst|anzog|anzogen|angezogen)\b/giu,
  /\berhöh\w*/giu,
  /\b(?:rose|rises|risen|rising|gained|gains|gaining|jumped|jumps|climbed|climbs|surged|surges|soared|soars|soaring|grew|rallied|rocketed|higher)\b/giu,
  /\b(?:increas|advanc)\w*/giu,
  /\bplus\b|\bup\b(?!\s+to\b)/giu,
  /\b(?:opened|debuted|started|began trading|closed|ended)\b.{0,30}?\bhigher\b/giu,
  /\bspike\b/giu,
  /(?:%|percent|per cent)\s+higher\b/giu,
  /\baufwärts\b|\bbergauf\b/giu,
  // "posted a 4% gain", "a 10% jump", "a 3% rise"
  /\b(?:gain|jump|rise|climb|surge|rally)\b/giu,
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
