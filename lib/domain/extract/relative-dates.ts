/**
 * Date phrases that count back from the article's day and that parseFuzzyDate does not read:
 * "two weeks ago" / "vor zwei Wochen", "over the weekend" / "am Wochenende", "late last week" /
 * "Ende vergangener Woche", "earlier this month" / "Anfang des Monats". Each becomes the span of
 * days the words allow, relative to the reference day.
 */
import {
  addDays,
  fuzzyDay,
  fuzzyMonth,
  fuzzyRange,
  fuzzyWeek,
  isoOf,
  isoWeekday,
  requireYmd,
} from "../fuzzy-date";
import type { FuzzyDate, IsoDay } from "../fuzzy-date.types";

const COUNT =
  "(?:a|an|one|two|three|four|five|six|a few|few|einer|einem|zwei|drei|vier|fünf|sechs|ein paar|wenigen|\\d{1,2})";
const PART_DE = "(?:Anfang|Beginn|Mitte|Ende)";
const REL_DE = "(?:dieser|der|vergangener|letzter|voriger|vergangenen|letzten|vorigen|des|diesen)";
const PART_EN = "(?:early|earlier|mid|late|later|the end of|the start of|the beginning of)";

/** The regex source of the phrases read here; dates.ts puts it before its own shapes. */
export const RELATIVE_SHAPES = [
  `(?:[Vv]or\\s+${COUNT}\\s+(?:Tag|Tagen|Woche|Wochen|Monat|Monaten)|(?:${COUNT})\\s+(?:days?|weeks?|months?)\\s+ago)`,
  `(?:(?:[Aa]m|[Üü]bers|[Üü]ber das|[Zz]um)\\s+(?:vergangenen\\s+|letzten\\s+)?Wochenende|(?:[Oo]ver|[Dd]uring|[Oo]n|[Aa]t)\\s+the\\s+weekend|(?:[Tt]his|[Ll]ast|[Pp]ast)\\s+weekend)`,
  `(?:${PART_DE}\\s+${REL_DE}\\s+(?:Woche|Monats)|[Zz]u(?:m)?\\s+(?:Wochenbeginn|Monatsbeginn|Wochenanfang|Monatsanfang)|[Zz]u(?:m)?\\s+(?:Wochenende|Monatsende)\\s+(?:hin)?)`,
  `(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)\\s*-?\\s*(?:this|last)\\s+(?:week|month)`,
  `${PART_EN}\\s+(?:this|last|the)\\s+(?:week|month)`,
].join("|");

const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  einer: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
};

function previousMonth(day: IsoDay): IsoDay {
  const { y, m } = requireYmd(day);
  return m === 1 ? isoOf(y - 1, 12, 1) : isoOf(y, m - 1, 1);
}

/** The Monday of the week holding `day`. */
function monday(day: IsoDay): IsoDay {
  return addDays(day, 1 - isoWeekday(day));
}

/** A part of a week (Mon–Sun) or month: early = first third, mid = middle, late = last third. */
function partOf(
  kind: "week" | "month",
  start: IsoDay,
  part: "early" | "mid" | "late",
  text: string,
): FuzzyDate {
  if (kind === "week") {
    const [a, b] = part === "early" ? [0, 2] : part === "mid" ? [2, 4] : [3, 6];
    return fuzzyRange(addDays(start, a), addDays(start, b), text);
  }
  const { y, m } = requireYmd(start);
  const last = fuzzyMonth(y, m).to;
  const from = part === "early" ? start : part === "mid" ? addDays(start, 10) : addDays(start, 20);
  const to = part === "early" ? addDays(start, 9) : part === "mid" ? addDays(start, 19) : last;
  return fuzzyRange(from, to, text);
}

function partWord(w: string): "early" | "mid" | "late" | "before" {
  if (/^(?:earlier)$/iu.test(w)) return "before";
  if (
    /^(?:anfang|beginn|early|the start of|the beginning of|zu(?:m)? (?:wochen|monats)(?:beginn|anfang))$/iu.test(
      w,
    )
  )
    return "early";
  if (/^(?:mitte|mid)$/iu.test(w)) return "mid";
  return "late";
}

/** The phrase read against `ref`, or null when it is not one of the shapes above. */
export function readRelative(phrase: string, ref: IsoDay): FuzzyDate | null {
  const text = phrase.trim();
  const p = text.toLowerCase().replace(/\s+/g, " ");
  const ago =
    /^vor (\S+(?: paar)?) (tag|tagen|woche|wochen|monat|monaten)$/u.exec(p) ??
    /^(\S+(?: few)?) (days?|weeks?|months?) ago$/u.exec(p);
  if (ago) {
    const word = ago[1]!;
    const n = NUMBER[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
    const unit = ago[2]!;
    if (/tag|day/.test(unit)) {
      // "a few days ago": the week before the article's day
      if (n === null) return fuzzyRange(addDays(ref, -6), addDays(ref, -2), text);
      return fuzzyDay(addDays(ref, -n), text);
    }
    if (/woche|week/.test(unit)) return fuzzyWeek(addDays(ref, -7 * (n ?? 2)), text);
    let start = `${ref.slice(0, 7)}-01`;
    for (let k = 0; k < (n ?? 2); k++) start = previousMonth(start);
    const { y, m } = requireYmd(start);
    return fuzzyMonth(y, m, text);
  }
  if (/wochenende|weekend/u.test(p) && !/^zu/u.test(p)) {
    // the last Saturday–Sunday on or before the article's day
    const wd = isoWeekday(ref);
    const saturday = wd >= 6 ? addDays(ref, 6 - wd) : addDays(ref, -wd - 1);
    return fuzzyRange(saturday, addDays(saturday, 1), text);
  }
  const de =
    /^(?:(anfang|beginn|mitte|ende) (\S+) (woche|monats)|zu(?:m)? (wochen|monats)(beginn|anfang|ende)(?: hin)?)$/u.exec(
      p,
    );
  const en =
    /^(earlier|later|early|late|mid|the end of|the start of|the beginning of) ?-? ?(this|last|the) (week|month)$/u.exec(
      p,
    );
  if (!de && !en) return null;
  const kind: "week" | "month" = /woche|week|wochen/u.test(p) ? "week" : "month";
  const last = /vergangen|letzt|vorig|last/u.test(p);
  const start =
    kind === "week"
      ? monday(last ? addDays(ref, -7) : ref)
      : last
        ? previousMonth(ref)
        : `${ref.slice(0, 7)}-01`;
  const word = de ? (de[1] ?? `zu ${de[5] === "ende" ? "ende" : `${de[4]}${de[5]}`}`) : en![1]!;
  const part = partWord(word === "zu ende" ? "ende" : word);
  // "earlier this week": from the start of the period to the article's day
  if (part === "before") return fuzzyRange(start, ref > start ? ref : start, text);
  return partOf(kind, start, part, text);
}
