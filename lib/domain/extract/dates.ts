/**
 * Finds date phrases inside running text ("Ende April", "Herbst oder später", "Q3 2025",
 * "am Donnerstag", "early 2026") and reads each with parseFuzzyDate against the article's day.
 * The candidate patterns only cut phrases out; whether a phrase is a date is parseFuzzyDate's call.
 */
import { daysBetween, orLater, parseFuzzyDate } from "../fuzzy-date";
import type { DatePrecision, FuzzyDate, IsoDay } from "../fuzzy-date.types";
import { RELATIVE_SHAPES, readRelative } from "./relative-dates";

export interface DateHit {
  date: FuzzyDate;
  /** offsets in the searched text */
  start: number;
  end: number;
  /** "seit Anfang März", "since January": a starting point, not when something happened */
  anchor: boolean;
}

// Month names are matched case-sensitively so the English modal "may" is not May.
const MONTH =
  "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)";
const PART =
  "(?:Anfang|Mitte|Ende|Beginn|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Mm]iddle of)";
const YEAR = "(?:19|20)\\d{2}(?!\\d)";
const SEASON = "(?:Frühjahr|Frühling|Sommer|Herbst|Winter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)";
const ORD = "(?:[1-4]\\.|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|first|second|third|fourth)";
// German capitals at a sentence's start: "Vergangene Woche kündigte … an"
const REL =
  "(?:[Dd]iese[srm]?|[Nn]ächste[srnm]?|[Kk]ommende[srnm]?|[Ll]etzte[srnm]?|[Vv]ergangene[srnm]?|[Vv]orige[srnm]?|[Tt]his|[Nn]ext|[Ll]ast)";
/** "Nov. 17", "Sept. 5, 2025": the abbreviated months of English news style */
const MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const WEEKDAY =
  "(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DAYTIME = "(?:morgen|vormittag|mittag|nachmittag|abend|nacht)";
const OPEN =
  "(?<open>,?\\s+(?:oder|or)\\s+(?:sogar\\s+|even\\s+|noch\\s+|possibly\\s+|vielleicht\\s+)*(?:später|later))?";

const SHAPES = [
  RELATIVE_SHAPES,
  `\\d{1,2}\\.\\s?${MONTH}(?:\\s+${YEAR})?`,
  `${MONTH_ABBR}\\s+\\d{1,2}(?!\\d)(?:,\\s*${YEAR})?`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:,\\s*${YEAR})?`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s+${YEAR})?`,
  `${PART}[ -]${MONTH}(?:\\s+${YEAR})?`,
  `${PART}[ -](?:${YEAR}|(?:des |dieses |nächsten |kommenden |this |next |the )?(?:Jahres|year))`,
  `(?:Jahresende|Jahresanfang|Jahresmitte|year-end)`,
  // "Intel May Slash Gaudi 3 Shipment Targets": in a headline's capitals the modal is "May" too;
  // it is the month after a preposition or before a year, a comma or a small word
  `(?:(?<=\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Oo]f|[Ff]rom|[Tt]o|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hrough|[Bb]efore|[Aa]fter)\\s)May|May(?!\\s+\\p{Lu}\\p{Ll})|${MONTH.replace("|May|", "|")})(?:\\s+${YEAR})?`,
  `${SEASON}(?:\\s+${YEAR})?`,
  // English "fall" is also a verb ("shares fall"); only the season after a preposition.
  `(?<=\\b(?:in|this|by|until|next|last|the)\\s)fall(?:\\s+${YEAR})?`,
  `Q[1-4](?:[ /-]?${YEAR})?`,
  `H[12][ /-]?${YEAR}`,
  `${ORD}\\s+(?:Quartal|quarter)(?:\\s+(?:of\\s+)?${YEAR})?`,
  `${ORD}\\s+(?:Jahreshälfte|Halbjahr|half)(?:\\s+(?:of\\s+)?${YEAR})?`,
  `${REL}\\s+(?:Jahr(?:es)?|Monat|Quartal|Woche|year|month|quarter|week)`,
  // "am Mittwochmorgen", "Dienstagabend": the day, whatever the time of day
  `(?:(?:am|on|last|letzten|vergangenen)\\s+)?${WEEKDAY}${DAYTIME}?`,
  `(?:heute|gestern|today|yesterday)`,
  YEAR,
];

const DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<phrase>${SHAPES.join("|")})${OPEN}(?![\\p{L}\\p{N}]|[.,]\\d)`,
  "gu",
);
const ANCHOR_BEFORE = /(?:^|[^\p{L}])(?:seit|since|ab|from)\s+(?:dem\s+|der\s+|den\s+)?$/iu;
/** "Founded in 2017, Wayve raised …", "Das 2017 gegründete Wayve": a company's birth year dates no fact of it */
const FOUNDED_BEFORE = /(?:founded|established|gegründet|Gründung)\s+(?:in\s+|im\s+(?:Jahr\s+)?)?$/iu;
const FOUNDED_AFTER = /^\s*(?:gegründete[nmrs]?|-?founded)\b/iu;

const DAYTIME_TAIL = new RegExp(`(${WEEKDAY})${DAYTIME}$`, "u");
/** "in dieser Woche", "Ende vergangener Woche", "Mittwochmorgen": the forms parseFuzzyDate reads */
function normalise(phrase: string): string {
  return phrase
    .replace(/\b(diese|nächste|kommende|letzte|vergangene|vorige)r\b/gu, "$1")
    .replace(DAYTIME_TAIL, "$1");
}

/**
 * All date phrases in `text`. Without a reference day only phrases that name a year are read,
 * since "Juni" alone cannot be placed.
 */
export function findDates(text: string, reference: IsoDay | undefined): DateHit[] {
  const out: DateHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const phrase = m.groups?.phrase ?? "";
    const open = m.groups?.open !== undefined;
    const namedYear = /(?:19|20)\d{2}/.exec(phrase)?.[0];
    const ref = reference ?? (namedYear ? `${namedYear}-07-01` : null);
    if (!ref) continue;
    const parsed =
      (reference ? readRelative(phrase, reference) : null) ??
      parseFuzzyDate(normalise(phrase), { reference: ref });
    if (!parsed) continue;
    const words = m[0].trim();
    const date = open ? orLater(parsed, words) : { ...parsed, text: words };
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const end = m.index + m[0].length;
    if (FOUNDED_BEFORE.test(before) || FOUNDED_AFTER.test(text.slice(end, end + 16))) continue;
    out.push({ date, start: m.index, end: m.index + m[0].length, anchor: ANCHOR_BEFORE.test(before) });
  }
  return joinSpans(text, out);
}

/**
 * "zwischen März und Juni", "between March and June", "from May to August": one span from the
 * first to the second, not two dates (the first alone made a study's period background)
 */
function joinSpans(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1];
    if (
      b &&
      SPAN_OPEN.test(text.slice(Math.max(0, a.start - 12), a.start)) &&
      SPAN_JOIN.test(text.slice(a.end, b.start)) &&
      a.date.from <= b.date.from
    ) {
      const words = text.slice(a.start, b.end);
      out.push({
        date: { from: a.date.from, to: b.date.to, precision: "range", openEnd: false, text: words },
        start: a.start,
        end: b.end,
        anchor: a.anchor,
      });
      k++;
    } else out.push(a);
  }
  return out;
}
const SPAN_OPEN = /(?:zwischen|between|from|von)\s+$/iu;
const SPAN_JOIN = /^\s+(?:und|and|bis|to|until|through)\s+$/iu;

const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 0,
  week: 1,
  month_part: 2,
  month: 3,
  quarter: 4,
  season: 5,
  half: 6,
  year: 7,
  range: 8,
};

/** A span of days ("Ende vergangener Woche", "am Wochenende") ranks with the period it fits in. */
function rank(d: FuzzyDate): number {
  if (d.precision !== "range") return PRECISION_RANK[d.precision];
  const days = daysBetween(d.from, d.to) + 1;
  return days <= 7 ? PRECISION_RANK.week : days <= 31 ? PRECISION_RANK.month : PRECISION_RANK.range;
}

/**
 * The most precise of the hits (earliest on a tie): the best guess for when something happened.
 * With `latest` (the article's day), dates that start after it are skipped: what happened has
 * happened by publication ("verlässt Apple im Frühjahr 2026" is when he goes, not when it was
 * decided), and a bare "November" read into the future is last year's.
 */
export function mostPrecise(hits: DateHit[], latest?: IsoDay, sentence?: string): DateHit | null {
  let best: DateHit | null = null;
  // a sentence in the past ("raised in October" in a March article) names last year's month;
  // one about what will come ("will stop working on Feb. 28") names this year's, and so does the
  // German present that tells the future ("verlässt OpenAI am 15. November")
  const past = sentence !== undefined && PAST.test(sentence) && !FUTURE.test(sentence);
  for (const found of hits) {
    let h = found;
    if (latest && h.date.from > latest) {
      const earlier = past ? lastYears(h) : null;
      if (!earlier || earlier.date.from > latest) continue;
      h = earlier;
    }
    if (!best || rank(h.date) < rank(best.date)) best = h;
  }
  return best;
}

/** words of what is still to come */
const FUTURE =
  /\b(?:will|would|wird|werde|werden|würde|soll|sollen|sollte|plans?|planned|plant|geplant|is set (?:to|for)|are set (?:to|for)|scheduled|due|to be|going to|expected|erwartet|until|bis|by|ab|from|starting|next|nächste\p{L}*|kommende\p{L}*|upcoming)\b/iu;

/** a verb in the past: English "-ed" and the common irregular forms, German Präteritum or Perfekt */
const PAST =
  /\b(?:was|were|had|did|said|raised|left|took|made|paid|spent|lost|sold|bought|won|began|became|fell|rose|quit|\p{L}{2,}ed)\b|\b(?:hatte|hatten|war|waren|wurde|wurden|sagte|verließ|kündigte|gab|nahm|kaufte|sammelte|\p{L}{3,}te[nt]?)\b|\b(?:hat|haben|ist|sind)\b(?:\s+\S+){0,10}\s+ge\p{L}+(?:t|en)\b/iu;

/** "raised in October" in a March article: a month or day named without its year, a year back */
function lastYears(h: DateHit): DateHit | null {
  if (/\d{4}/u.test(h.date.text) || (h.date.precision !== "month" && h.date.precision !== "day")) return null;
  const back = (d: string) =>
    `${String(Number(d.slice(0, 4)) - 1).padStart(4, "0")}${d.slice(4) === "-02-29" ? "-02-28" : d.slice(4)}`;
  return { ...h, date: { ...h.date, from: back(h.date.from), to: back(h.date.to) } };
}
