/** Reading German and English date phrases ("Ende April", "Herbst oder später", "Q3 2025") into FuzzyDates. */
import type { DatePrecision, FuzzyDate, IsoDay } from "../fuzzy-date.types";
import { alternation } from "../regex-alternation";
import {
  addDays,
  assertYear,
  isoOf,
  isoWeekday,
  MAX_YEAR,
  MIN_YEAR,
  monthLength,
  ymdOf,
  type Ymd,
} from "./calendar";
import * as construct from "./construct";
import {
  DEADLINE_PREFIX,
  DEADLINE_SUFFIX,
  normalisePhrase,
  OPEN_END_PREFIX,
  OPEN_END_SUFFIX,
  OPEN_START,
  stripPrefixes,
} from "./parse-phrase";
import {
  MONTH_RE,
  MONTH_WORDS,
  ORDINAL_RE,
  PART_RE,
  PART_WORDS,
  QUARTER_ORDINALS,
  SEASON_PHRASES,
  SEASON_RE,
  WEEKDAY_RE,
  WEEKDAYS,
  YEAR_PART_COMPOUNDS,
} from "./parse-words";
import type { Half, ParseFuzzyDateOptions, Quarter } from "./types";

interface Ctx {
  ref: Ymd;
  refIso: IsoDay;
  /** year for a phrase that names none: the reference's, except inside a range */
  defaultYear: number;
}

interface Span {
  from: IsoDay;
  to: IsoDay;
  precision: DatePrecision;
}

function span(d: FuzzyDate): Span {
  return { from: d.from, to: d.to, precision: d.precision };
}

/** Builders throw on impossible input; the parser's contract is to return null instead. */
function attempt(f: () => FuzzyDate): Span | null {
  try {
    return span(f());
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * Reads what may follow a period word: nothing, a year, or a relative year phrase.
 * Returns null for anything else so the whole phrase is rejected rather than half-read.
 */
function yearTail(tail: string, ctx: Ctx): number | null {
  const t = tail.trim().replace(/^,\s*/, "");
  if (t === "") return ctx.defaultYear;
  const explicit = /^(?:of |des jahres |im jahr )?(\d{4})$/.exec(t);
  if (explicit) return Number(explicit[1]);
  if (/^(?:(?:des|dieses|diesen) jahres|(?:of )?(?:the|this) year)$/.test(t)) return ctx.ref.y;
  if (/^(?:(?:des )?(?:nächsten|kommenden|folgenden) jahres|(?:of )?next year)$/.test(t))
    return ctx.ref.y + 1;
  if (/^(?:(?:des )?(?:letzten|vergangenen|vorigen) jahres|des vorjahres|(?:of )?last year)$/.test(t)) {
    return ctx.ref.y - 1;
  }
  return null;
}

function weekdayBefore(ctx: Ctx, weekday: number, strictlyBefore: boolean): IsoDay {
  let back = (isoWeekday(ctx.refIso) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(ctx.refIso, -back);
}

function monthShift(ctx: Ctx, delta: number): Span | null {
  const index = ctx.ref.y * 12 + (ctx.ref.m - 1) + delta;
  return attempt(() => construct.fuzzyMonth(Math.floor(index / 12), (index % 12) + 1, ""));
}

function quarterShift(ctx: Ctx, delta: number): Span | null {
  const index = ctx.ref.y * 4 + Math.floor((ctx.ref.m - 1) / 3) + delta;
  return attempt(() => construct.fuzzyQuarter(Math.floor(index / 4), ((index % 4) + 1) as Quarter, ""));
}

/** A single calendar day in any supported spelling, or null. */
function parseDayPhrase(s: string, ctx: Ctx): IsoDay | null {
  let rest = s;
  let weekday: number | undefined;
  const wd = new RegExp(`^(${WEEKDAY_RE}),? (?:den |the )?(.+)$`).exec(rest);
  if (wd) {
    weekday = WEEKDAYS[wd[1]!];
    rest = wd[2]!;
  }
  let y: number | null = null;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(rest))) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(rest))) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = match[3] ? Number(match[3]) : ctx.defaultYear;
  } else if (
    (match = new RegExp(`^(\\d{1,2})(?:\\.|st|nd|rd|th)? (?:of )?(${MONTH_RE})\\.?,?(.*)$`).exec(rest))
  ) {
    d = Number(match[1]);
    m = MONTH_WORDS[match[2]!];
    y = yearTail(match[3]!, ctx);
  } else if (
    (match = new RegExp(`^(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`).exec(rest))
  ) {
    m = MONTH_WORDS[match[1]!];
    d = Number(match[2]);
    y = match[3] ? Number(match[3]) : ctx.defaultYear;
  } else {
    return null;
  }
  if (y === null || m === undefined || d === undefined) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return null;
  const iso = isoOf(y, m, d);
  // "Donnerstag, 16. Mai 2025" contradicts itself; refuse rather than pick one half.
  if (weekday !== undefined && isoWeekday(iso) !== weekday) return null;
  return iso;
}

/** One period without range separators or open-end words. */
function parseCore(s: string, ctx: Ctx): Span | null {
  let m: RegExpExecArray | null;

  // Relative days and weeks
  const relDay: Record<string, number> = {
    heute: 0,
    today: 0,
    gestern: -1,
    yesterday: -1,
    vorgestern: -2,
    morgen: 1,
    tomorrow: 1,
  };
  const dayOffset = Object.hasOwn(relDay, s) ? relDay[s] : undefined;
  if (dayOffset !== undefined) return attempt(() => construct.fuzzyDay(addDays(ctx.refIso, dayOffset), ""));
  if (/^(?:diese|dieser|this) woche$|^this week$/.test(s))
    return attempt(() => construct.fuzzyWeek(ctx.refIso, ""));
  if (
    /^(?:letzte|letzten|vergangene|vergangenen|vorige|vorigen) woche$|^(?:last|past|previous) week$/.test(s)
  ) {
    return attempt(() => construct.fuzzyWeek(addDays(ctx.refIso, -7), ""));
  }
  if (/^(?:nächste|nächsten|kommende|kommenden) woche$|^next week$/.test(s)) {
    return attempt(() => construct.fuzzyWeek(addDays(ctx.refIso, 7), ""));
  }

  // Weekdays: the source means the most recent one (news reports on what already happened).
  if ((m = new RegExp(`^(?:(letzten|vergangenen|vorigen|last|past|previous) )?(${WEEKDAY_RE})$`).exec(s))) {
    const day = weekdayBefore(ctx, WEEKDAYS[m[2]!]!, m[1] !== undefined);
    return attempt(() => construct.fuzzyDay(day, ""));
  }

  // Relative months, quarters, years
  if (/^(?:diesen|dieser|this) monat$|^this month$/.test(s)) return monthShift(ctx, 0);
  if (/^(?:letzten|vergangenen|vorigen) monat$|^vormonat$|^(?:last|past|previous) month$/.test(s)) {
    return monthShift(ctx, -1);
  }
  if (/^(?:nächsten|kommenden) monat$|^next month$/.test(s)) return monthShift(ctx, 1);
  if (/^(?:dieses|diesem|this) (?:quartal|quarter)$/.test(s)) return quarterShift(ctx, 0);
  if (
    /^(?:letzten|letztes|vergangenen|vergangenes|vorigen|voriges) quartal$|^vorquartal$|^(?:last|previous) quarter$/.test(
      s,
    )
  ) {
    return quarterShift(ctx, -1);
  }
  if (/^(?:nächsten|nächstes|kommenden|kommendes) quartal$|^next quarter$/.test(s))
    return quarterShift(ctx, 1);
  if (/^(?:dieses|diesem|laufenden|laufendes) jahr(?:es)?$|^this year$|^the current year$/.test(s)) {
    return attempt(() => construct.fuzzyYear(ctx.ref.y, ""));
  }
  if (
    /^(?:letztes|letzten|vergangenes|vergangenen|voriges|vorigen) jahr$|^vorjahr$|^(?:last|past|previous) year$/.test(
      s,
    )
  ) {
    return attempt(() => construct.fuzzyYear(ctx.ref.y - 1, ""));
  }
  if (/^(?:nächstes|nächsten|kommendes|kommenden) jahr$|^next year$/.test(s)) {
    return attempt(() => construct.fuzzyYear(ctx.ref.y + 1, ""));
  }

  // Weeks named by a day
  if ((m = /^(?:(?:die )?woche (?:vom|ab|des)|week of) (.+)$/.exec(s))) {
    const day = parseDayPhrase(m[1]!, ctx);
    return day ? attempt(() => construct.fuzzyWeek(day, "")) : null;
  }

  // Single days
  const day = parseDayPhrase(s, ctx);
  if (day) return attempt(() => construct.fuzzyDay(day, ""));

  // "1–15 May 2025" / "1.–15. Mai 2025"
  if ((m = new RegExp(`^(\\d{1,2})\\.? – (\\d{1,2})\\.? (${MONTH_RE})\\.?(.*)$`).exec(s))) {
    const year = yearTail(m[4]!, ctx);
    const month = MONTH_WORDS[m[3]!]!;
    if (year === null) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    return attempt(() => {
      assertYear(year);
      if (a < 1 || b > monthLength(year, month)) throw new RangeError("day out of month");
      return construct.fuzzyRange(isoOf(year, month, a), isoOf(year, month, b), "");
    });
  }

  // Parts of a month: "Ende April", "mid-June", "end of April 2025"
  if ((m = new RegExp(`^(${PART_RE})[ -](${MONTH_RE})\\.?(.*)$`).exec(s))) {
    const year = yearTail(m[3]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyMonthPart(year, MONTH_WORDS[m![2]!]!, PART_WORDS[m![1]!]!, ""));
  }

  // Parts of a year: "late 2025", "Anfang nächsten Jahres", "Jahresende"
  if ((m = new RegExp(`^(${PART_RE})[ -](.+)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyYearPart(year, PART_WORDS[m![1]!]!, ""));
  }
  if ((m = new RegExp(`^(${alternation(Object.keys(YEAR_PART_COMPOUNDS))})(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyYearPart(year, YEAR_PART_COMPOUNDS[m![1]!]!, ""));
  }

  // Months: "Juni", "June 2025"
  if ((m = new RegExp(`^(${MONTH_RE})\\.?(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyMonth(year, MONTH_WORDS[m![1]!]!, ""));
  }

  // Seasons: "Herbst", "Frühjahr 2026", "Winter 2025/26"
  if ((m = new RegExp(`^(${SEASON_RE}) (\\d{4})\\s?/\\s?(\\d{2}|\\d{4})$`).exec(s))) {
    const y1 = Number(m[2]);
    const second = Number(m[3]);
    const y2 = m[3]!.length === 2 ? Math.floor(y1 / 100) * 100 + second : second;
    // A split year only makes sense for winter and only when it names consecutive years.
    if (SEASON_PHRASES[m[1]!] !== "winter" || y2 !== y1 + 1) return null;
    return attempt(() => construct.fuzzySeason(y1, "winter", ""));
  }
  if ((m = new RegExp(`^(${SEASON_RE})(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzySeason(year, SEASON_PHRASES[m![1]!]!, ""));
  }

  // Quarters: "Q3 2025", "drittes Quartal 2025", "third quarter of 2025"
  if ((m = /^q([1-4])(?:[ /-]?(\d{4}))?$/.exec(s))) {
    const year = m[2] ? Number(m[2]) : ctx.defaultYear;
    return attempt(() => construct.fuzzyQuarter(year, Number(m![1]) as Quarter, ""));
  }
  if ((m = new RegExp(`^(${ORDINAL_RE}) ?(?:quartal|quartals|quarter)(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyQuarter(year, QUARTER_ORDINALS[m![1]!]!, ""));
  }

  // Halves: "H2 2025", "zweite Jahreshälfte 2025", "second half of 2025"
  if ((m = /^h([12])(?:[ /-]?(\d{4}))?$/.exec(s))) {
    const year = m[2] ? Number(m[2]) : ctx.defaultYear;
    return attempt(() => construct.fuzzyHalf(year, Number(m![1]) as Half, ""));
  }
  if ((m = new RegExp(`^(${ORDINAL_RE}) ?(?:jahreshälfte|halbjahr|halbjahres|hälfte|half)(.*)$`).exec(s))) {
    const half = QUARTER_ORDINALS[m[1]!];
    if (half !== 1 && half !== 2) return null;
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => construct.fuzzyHalf(year, half, ""));
  }

  // Years: "2024", "im Jahr 2024", "das Jahr 2024"
  if ((m = /^(?:(?:das |the )?(?:jahr|geschäftsjahr|year) )?(\d{4})$/.exec(s))) {
    return attempt(() => construct.fuzzyYear(Number(m![1]), ""));
  }

  return null;
}

/** Two periods joined by "bis", "to", "–" …, read as one span from the first to the second. */
function parseRangePhrase(s: string, ctx: Ctx): Span | null {
  const forms = [
    /^(?:zwischen|between) (.+?) (?:und|and) (.+)$/,
    /^(?:von|vom|from) (.+?) (?:bis(?: zum| zur)?|to|until|till|through) (.+)$/,
    /^(.+?) (?:bis(?: zum| zur)?|to|until|till|through|–|-) (.+)$/,
  ];
  for (const re of forms) {
    const m = re.exec(s);
    if (!m) continue;
    const leftText = stripPrefixes(m[1]!);
    const rightText = stripPrefixes(m[2]!);
    const leftHasYear = /\d{4}/.test(leftText);
    const rightHasYear = /\d{4}/.test(rightText);

    let right: Span | null;
    let left: Span | null;
    if (rightHasYear || !leftHasYear) {
      right = parseCore(rightText, ctx);
      if (!right) return null;
      const y = rightHasYear ? Number(right.from.slice(0, 4)) : ctx.defaultYear;
      left = parseCore(leftText, { ...ctx, defaultYear: y });
      // "Dezember bis Februar 2026": the left end belongs to the year before.
      if (left && !leftHasYear && left.from > right.from) {
        left = parseCore(leftText, { ...ctx, defaultYear: y - 1 });
      }
    } else {
      left = parseCore(leftText, ctx);
      if (!left) return null;
      const y = Number(left.from.slice(0, 4));
      right = parseCore(rightText, { ...ctx, defaultYear: y });
      if (right && right.from < left.from) right = parseCore(rightText, { ...ctx, defaultYear: y + 1 });
    }
    if (!left || !right || left.from > right.from || left.to > right.to) return null;
    return { from: left.from, to: right.to, precision: "range" };
  }
  return null;
}

/**
 * Reads a German or English date phrase. Missing years default to the reference's year;
 * anything not understood in full yields null — a wrong date is worse than none.
 */
export function parseFuzzyDate(text: string, opts: ParseFuzzyDateOptions): FuzzyDate | null {
  const ref = ymdOf(opts.reference);
  if (!ref) throw new RangeError(`reference must be a valid YYYY-MM-DD day: ${String(opts.reference)}`);
  if (typeof text !== "string") return null;
  const original = text.trim();
  if (original === "" || original.length > 120) return null;

  let s = normalisePhrase(original);
  if (OPEN_START.test(s)) return null;
  let openEnd = false;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = stripPrefixes(s);
    if (OPEN_END_SUFFIX.test(s) || OPEN_END_PREFIX.test(s)) {
      openEnd = true;
      s = s.replace(OPEN_END_SUFFIX, "").replace(OPEN_END_PREFIX, "");
    }
    s = s.replace(DEADLINE_SUFFIX, "").replace(DEADLINE_PREFIX, "").trim();
    if (s === before) break;
  }
  if (s === "") return null;

  const ctx: Ctx = { ref, refIso: opts.reference, defaultYear: ref.y };
  const found = parseCore(s, ctx) ?? parseRangePhrase(s, ctx);
  if (!found) return null;
  return { from: found.from, to: found.to, precision: found.precision, openEnd, text: original };
}
