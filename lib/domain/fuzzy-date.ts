/**
 * Fuzzy dates: construction, parsing of German and English phrases, formatting and comparison.
 *
 * All arithmetic is done on UTC day numbers so that a server in Berlin and a browser in
 * San Francisco agree on which calendar day "2025-05-15" is.
 */
import { DATE_PRECISIONS, type DatePrecision, type FuzzyDate, type IsoDay } from "./fuzzy-date.types";

export { DATE_PRECISIONS };
export type { DatePrecision, FuzzyDate, IsoDay };

export type MonthPart = "early" | "mid" | "late";
export type Season = "spring" | "summer" | "fall" | "winter";
export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;
export type DateLocale = "en" | "de";

export interface ParseFuzzyDateOptions {
  /** the day the source was published; relative and year-less phrases are read against it */
  reference: IsoDay;
  /**
   * Accepted for symmetry with the other parsers. The German and English vocabularies do not
   * collide, so both are always tried; ambiguous forms (e.g. "05/06/2025") are rejected in
   * either language rather than resolved by a locale guess.
   */
  lang?: "de" | "en";
}

const DAY_MS = 86_400_000;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Calendar primitives
// ---------------------------------------------------------------------------------------------

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function monthLength(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST edges.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be an integer between ${MIN_YEAR} and ${MAX_YEAR}: ${year}`);
  }
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer between 1 and 12: ${month}`);
  }
}

function ymdOf(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return null;
  return { y, m: mo, d };
}

function requireYmd(iso: string): Ymd {
  const parts = typeof iso === "string" ? ymdOf(iso) : null;
  if (!parts) throw new RangeError(`not a valid calendar day (YYYY-MM-DD): ${String(iso)}`);
  return parts;
}

function isoOf(y: number, m: number, d: number): IsoDay {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function dayNumber(iso: IsoDay): number {
  const { y, m, d } = requireYmd(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDay(x: unknown): x is IsoDay {
  return typeof x === "string" && ymdOf(x) !== null;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return fromDayNumber(dayNumber(day) + days);
}

/** Signed number of days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  const js = new Date(dayNumber(day) * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Today's calendar day in UTC; the server's time zone must not shift it. */
export function todayIso(now: Date = new Date()): IsoDay {
  if (Number.isNaN(now.getTime())) throw new RangeError("invalid Date");
  return now.toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  assertYear(year);
  assertMonth(month);
  return monthLength(year, month);
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

function build(
  from: IsoDay,
  to: IsoDay,
  precision: DatePrecision,
  text: string | undefined,
  openEnd: boolean,
): FuzzyDate {
  const d: FuzzyDate = { from, to, precision, openEnd, text: "" };
  // A value built in code (not read from an article) still needs human words for the UI.
  d.text = text !== undefined ? text.trim() : formatFuzzyDate(d, "en");
  return d;
}

export function fuzzyDay(iso: IsoDay, text?: string, openEnd = false): FuzzyDate {
  requireYmd(iso);
  return build(iso, iso, "day", text ?? iso, openEnd);
}

/** The Monday-to-Sunday week containing `day`. */
export function fuzzyWeek(day: IsoDay, text?: string, openEnd = false): FuzzyDate {
  const monday = addDays(day, 1 - isoWeekday(day));
  return build(monday, addDays(monday, 6), "week", text, openEnd);
}

export function fuzzyMonth(year: number, month: number, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  assertMonth(month);
  return build(isoOf(year, month, 1), isoOf(year, month, monthLength(year, month)), "month", text, openEnd);
}

const MONTH_PART_DAYS: Record<MonthPart, [number, number | null]> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, null], // null: to the month's last day
};

export function fuzzyMonthPart(
  year: number,
  month: number,
  part: MonthPart,
  text?: string,
  openEnd = false,
): FuzzyDate {
  assertYear(year);
  assertMonth(month);
  const days = MONTH_PART_DAYS[part];
  if (!days) throw new RangeError(`unknown month part: ${String(part)}`);
  const [first, last] = days;
  return build(
    isoOf(year, month, first),
    isoOf(year, month, last ?? monthLength(year, month)),
    "month_part",
    text,
    openEnd,
  );
}

const SEASON_START_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/**
 * Meteorological northern-hemisphere seasons. Winter `year` runs from December of `year`
 * to the end of February of `year + 1`, because that is how "Winter 2025/26" is written.
 */
export function fuzzySeason(year: number, season: Season, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  const startMonth = SEASON_START_MONTH[season];
  if (!startMonth) throw new RangeError(`unknown season: ${String(season)}`);
  if (season === "winter") {
    assertYear(year + 1);
    return build(isoOf(year, 12, 1), isoOf(year + 1, 2, monthLength(year + 1, 2)), "season", text, openEnd);
  }
  const endMonth = startMonth + 2;
  return build(
    isoOf(year, startMonth, 1),
    isoOf(year, endMonth, monthLength(year, endMonth)),
    "season",
    text,
    openEnd,
  );
}

export function fuzzyQuarter(year: number, quarter: Quarter, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`quarter must be 1–4: ${quarter}`);
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return build(isoOf(year, first, 1), isoOf(year, last, monthLength(year, last)), "quarter", text, openEnd);
}

export function fuzzyHalf(year: number, half: Half, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  if (half !== 1 && half !== 2) throw new RangeError(`half must be 1 or 2: ${String(half)}`);
  return half === 1
    ? build(isoOf(year, 1, 1), isoOf(year, 6, 30), "half", text, openEnd)
    : build(isoOf(year, 7, 1), isoOf(year, 12, 31), "half", text, openEnd);
}

export function fuzzyYear(year: number, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  return build(isoOf(year, 1, 1), isoOf(year, 12, 31), "year", text, openEnd);
}

const YEAR_PART_MONTHS: Record<MonthPart, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};

/**
 * "Anfang 2026" / "late 2025". No source defines these, so we use thirds of the year (the same
 * split as month parts) and mark the value as a plain range rather than pretend it is a quarter.
 */
export function fuzzyYearPart(year: number, part: MonthPart, text?: string, openEnd = false): FuzzyDate {
  assertYear(year);
  const months = YEAR_PART_MONTHS[part];
  if (!months) throw new RangeError(`unknown year part: ${String(part)}`);
  const [first, last] = months;
  return build(isoOf(year, first, 1), isoOf(year, last, monthLength(year, last)), "range", text, openEnd);
}

export function fuzzyRange(from: IsoDay, to: IsoDay, text?: string, openEnd = false): FuzzyDate {
  requireYmd(from);
  requireYmd(to);
  if (from > to) throw new RangeError(`range ends before it starts: ${from} > ${to}`);
  return build(from, to, "range", text, openEnd);
}

/** The same period with "or later" attached. */
export function orLater(d: FuzzyDate, text?: string): FuzzyDate {
  return { ...d, openEnd: true, text: text !== undefined ? text.trim() : d.text };
}

// ---------------------------------------------------------------------------------------------
// Comparison and queries
// ---------------------------------------------------------------------------------------------

/** Orders by earliest day, then latest day; a closed period sorts before its open-ended twin. */
export function compareFuzzyDate(a: FuzzyDate, b: FuzzyDate): number {
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  if (a.openEnd !== b.openEnd) return a.openEnd ? 1 : -1;
  return 0;
}

/** The middle day of the named period (rounded down); charts plot a fuzzy date here. */
export function fuzzyMidpoint(d: FuzzyDate): IsoDay {
  const a = dayNumber(d.from);
  const b = dayNumber(d.to);
  return fromDayNumber(Math.floor((a + b) / 2));
}

/** An open end extends a period indefinitely, since the real date may lie anywhere after `to`. */
export function overlaps(a: FuzzyDate, b: FuzzyDate): boolean {
  const aEndsBeforeB = !a.openEnd && a.to < b.from;
  const bEndsBeforeA = !b.openEnd && b.to < a.from;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** Whether `day` is possible under `d` (an open end admits any later day). */
export function fuzzyContains(d: FuzzyDate, day: IsoDay): boolean {
  requireYmd(day);
  return day >= d.from && (d.openEnd || day <= d.to);
}

/** Runtime guard for values coming from JSON or the database. */
export function isFuzzyDate(x: unknown): x is FuzzyDate {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    isIsoDay(r.from) &&
    isIsoDay(r.to) &&
    r.from <= r.to &&
    typeof r.precision === "string" &&
    (DATE_PRECISIONS as readonly string[]).includes(r.precision) &&
    typeof r.openEnd === "boolean" &&
    typeof r.text === "string"
  );
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const MONTHS_EN = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
// prettier-ignore
const MONTHS_DE = [
  "Januar", "Februar", "März", "April", "Mai", "Juni",
  "Juli", "August", "September", "Oktober", "November", "Dezember",
];
const SEASON_WORDS: Record<DateLocale, Record<Season, string>> = {
  en: { spring: "spring", summer: "summer", fall: "fall", winter: "winter" },
  de: { spring: "Frühjahr", summer: "Sommer", fall: "Herbst", winter: "Winter" },
};

function monthName(m: number, locale: DateLocale, short = false): string {
  const name = (locale === "de" ? MONTHS_DE : MONTHS_EN)[m - 1] ?? "";
  return short && locale === "en" ? name.slice(0, 3) : name;
}

function formatDay(day: IsoDay, locale: DateLocale, withYear = true, shortMonth = false): string {
  const { y, m, d } = requireYmd(day);
  const month = monthName(m, locale, shortMonth);
  const base = locale === "de" ? `${d}. ${month}` : `${d} ${month}`;
  return withYear ? `${base} ${y}` : base;
}

function sameSpan(d: FuzzyDate, canonical: FuzzyDate): boolean {
  return d.from === canonical.from && d.to === canonical.to;
}

function isMonthStart(p: Ymd): boolean {
  return p.d === 1;
}

function isMonthEnd(p: Ymd): boolean {
  return p.d === monthLength(p.y, p.m);
}

/** The words for a period, or null when the range does not have the shape its precision claims. */
function formatShaped(d: FuzzyDate, locale: DateLocale): string | null {
  const f = requireYmd(d.from);
  const de = locale === "de";
  switch (d.precision) {
    case "day":
      return d.from === d.to ? formatDay(d.from, locale) : null;
    case "week":
      if (!sameSpan(d, fuzzyWeek(d.from, ""))) return null;
      return de ? `Woche vom ${formatDay(d.from, locale)}` : `week of ${formatDay(d.from, locale)}`;
    case "month_part": {
      const part = (["early", "mid", "late"] as const).find((p) =>
        sameSpan(d, fuzzyMonthPart(f.y, f.m, p, "")),
      );
      if (!part) return null;
      const month = `${monthName(f.m, locale)} ${f.y}`;
      if (de) return `${{ early: "Anfang", mid: "Mitte", late: "Ende" }[part]} ${month}`;
      return { early: `early ${month}`, mid: `mid-${month}`, late: `end of ${month}` }[part];
    }
    case "month":
      return sameSpan(d, fuzzyMonth(f.y, f.m, "")) ? `${monthName(f.m, locale)} ${f.y}` : null;
    case "season": {
      const season = (Object.keys(SEASON_START_MONTH) as Season[]).find((s) => SEASON_START_MONTH[s] === f.m);
      if (!season || !sameSpan(d, fuzzySeason(f.y, season, ""))) return null;
      const word = SEASON_WORDS[locale][season];
      const year = season === "winter" ? `${f.y}/${String((f.y + 1) % 100).padStart(2, "0")}` : `${f.y}`;
      return `${word} ${year}`;
    }
    case "quarter": {
      const q = ((f.m + 2) / 3) as Quarter;
      if (!Number.isInteger(q) || !sameSpan(d, fuzzyQuarter(f.y, q, ""))) return null;
      return de ? `${q}. Quartal ${f.y}` : `Q${q} ${f.y}`;
    }
    case "half": {
      const h: Half = f.m === 1 ? 1 : 2;
      if (!sameSpan(d, fuzzyHalf(f.y, h, ""))) return null;
      return de ? `${h}. Halbjahr ${f.y}` : `H${h} ${f.y}`;
    }
    case "year":
      return sameSpan(d, fuzzyYear(f.y, "")) ? `${f.y}` : null;
    case "range":
      return null;
  }
}

function formatRange(d: FuzzyDate, locale: DateLocale): string {
  const f = requireYmd(d.from);
  const t = requireYmd(d.to);
  const de = locale === "de";
  if (d.from === d.to) return formatDay(d.from, locale);
  if (f.y === t.y && isMonthStart(f) && isMonthEnd(t)) {
    const part = (["early", "mid", "late"] as const).find((p) => sameSpan(d, fuzzyYearPart(f.y, p, "")));
    if (part) {
      if (de) return `${{ early: "Anfang", mid: "Mitte", late: "Ende" }[part]} ${f.y}`;
      return { early: `early ${f.y}`, mid: `mid-${f.y}`, late: `late ${f.y}` }[part];
    }
    if (f.m === 1 && t.m === 12) return `${f.y}`;
  }
  if (isMonthStart(f) && isMonthEnd(t)) {
    if (f.y === t.y && f.m === t.m) return `${monthName(f.m, locale)} ${f.y}`;
    if (f.y === t.y) return `${monthName(f.m, locale)} – ${monthName(t.m, locale)} ${t.y}`;
    return `${monthName(f.m, locale)} ${f.y} – ${monthName(t.m, locale)} ${t.y}`;
  }
  const short = !de;
  if (f.y === t.y && f.m === t.m) {
    return de ? `${f.d}.–${formatDay(d.to, locale)}` : `${f.d}–${formatDay(d.to, locale, true, short)}`;
  }
  if (f.y === t.y) {
    return `${formatDay(d.from, locale, false, short)} – ${formatDay(d.to, locale, true, short)}`;
  }
  return `${formatDay(d.from, locale, true, short)} – ${formatDay(d.to, locale, true, short)}`;
}

/**
 * Human words derived from the range and precision, never from `text`: the source's wording
 * stays available as `text`, while this gives every value the same house style.
 */
export function formatFuzzyDate(d: FuzzyDate, locale: DateLocale): string {
  const base = formatShaped(d, locale) ?? formatRange(d, locale);
  if (!d.openEnd) return base;
  return locale === "de" ? `${base} oder später` : `${base} or later`;
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const MONTH_WORDS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, feber: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

// prettier-ignore
const SEASON_PHRASES: Record<string, Season> = {
  frühjahr: "spring", fruehjahr: "spring", frühling: "spring", fruehling: "spring", spring: "spring",
  sommer: "summer", summer: "summer",
  herbst: "fall", fall: "fall", autumn: "fall",
  winter: "winter",
};

// prettier-ignore
const WEEKDAYS: Record<string, number> = {
  montag: 1, monday: 1,
  dienstag: 2, tuesday: 2,
  mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4,
  freitag: 5, friday: 5,
  samstag: 6, sonnabend: 6, saturday: 6,
  sonntag: 7, sunday: 7,
};

// prettier-ignore
const PART_WORDS: Record<string, MonthPart> = {
  anfang: "early", beginn: "early", early: "early", "beginning of": "early", "start of": "early",
  mitte: "mid", mid: "mid", "middle of": "mid",
  ende: "late", late: "late", "end of": "late",
};

// prettier-ignore
const QUARTER_ORDINALS: Record<string, Quarter> = {
  "1.": 1, erste: 1, ersten: 1, erstes: 1, erster: 1, first: 1, "1st": 1,
  "2.": 2, zweite: 2, zweiten: 2, zweites: 2, zweiter: 2, second: 2, "2nd": 2,
  "3.": 3, dritte: 3, dritten: 3, drittes: 3, dritter: 3, third: 3, "3rd": 3,
  "4.": 4, vierte: 4, vierten: 4, viertes: 4, vierter: 4, fourth: 4, "4th": 4,
};

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

const MONTH_RE = alternation(Object.keys(MONTH_WORDS));
const SEASON_RE = alternation(Object.keys(SEASON_PHRASES));
const WEEKDAY_RE = alternation(Object.keys(WEEKDAYS));
const PART_RE = alternation(Object.keys(PART_WORDS));
const ORDINAL_RE = alternation(Object.keys(QUARTER_ORDINALS));

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

// prettier-ignore
const YEAR_PART_COMPOUNDS: Record<string, MonthPart> = {
  jahresanfang: "early", jahresbeginn: "early",
  jahresmitte: "mid", "mid-year": "mid", midyear: "mid",
  jahresende: "late", "year-end": "late", "year end": "late", yearend: "late",
};

function weekdayBefore(ctx: Ctx, weekday: number, strictlyBefore: boolean): IsoDay {
  let back = (isoWeekday(ctx.refIso) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(ctx.refIso, -back);
}

function monthShift(ctx: Ctx, delta: number): Span | null {
  const index = ctx.ref.y * 12 + (ctx.ref.m - 1) + delta;
  return attempt(() => fuzzyMonth(Math.floor(index / 12), (index % 12) + 1, ""));
}

function quarterShift(ctx: Ctx, delta: number): Span | null {
  const index = ctx.ref.y * 4 + Math.floor((ctx.ref.m - 1) / 3) + delta;
  return attempt(() => fuzzyQuarter(Math.floor(index / 4), ((index % 4) + 1) as Quarter, ""));
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
  if (dayOffset !== undefined) return attempt(() => fuzzyDay(addDays(ctx.refIso, dayOffset), ""));
  if (/^(?:diese|dieser|this) woche$|^this week$/.test(s)) return attempt(() => fuzzyWeek(ctx.refIso, ""));
  if (
    /^(?:letzte|letzten|vergangene|vergangenen|vorige|vorigen) woche$|^(?:last|past|previous) week$/.test(s)
  ) {
    return attempt(() => fuzzyWeek(addDays(ctx.refIso, -7), ""));
  }
  if (/^(?:nächste|nächsten|kommende|kommenden) woche$|^next week$/.test(s)) {
    return attempt(() => fuzzyWeek(addDays(ctx.refIso, 7), ""));
  }

  // Weekdays: the source means the most recent one (news reports on what already happened).
  if ((m = new RegExp(`^(?:(letzten|vergangenen|vorigen|last|past|previous) )?(${WEEKDAY_RE})$`).exec(s))) {
    const day = weekdayBefore(ctx, WEEKDAYS[m[2]!]!, m[1] !== undefined);
    return attempt(() => fuzzyDay(day, ""));
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
    return attempt(() => fuzzyYear(ctx.ref.y, ""));
  }
  if (
    /^(?:letztes|letzten|vergangenes|vergangenen|voriges|vorigen) jahr$|^vorjahr$|^(?:last|past|previous) year$/.test(
      s,
    )
  ) {
    return attempt(() => fuzzyYear(ctx.ref.y - 1, ""));
  }
  if (/^(?:nächstes|nächsten|kommendes|kommenden) jahr$|^next year$/.test(s)) {
    return attempt(() => fuzzyYear(ctx.ref.y + 1, ""));
  }

  // Weeks named by a day
  if ((m = /^(?:(?:die )?woche (?:vom|ab|des)|week of) (.+)$/.exec(s))) {
    const day = parseDayPhrase(m[1]!, ctx);
    return day ? attempt(() => fuzzyWeek(day, "")) : null;
  }

  // Single days
  const day = parseDayPhrase(s, ctx);
  if (day) return attempt(() => fuzzyDay(day, ""));

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
      return fuzzyRange(isoOf(year, month, a), isoOf(year, month, b), "");
    });
  }

  // Parts of a month: "Ende April", "mid-June", "end of April 2025"
  if ((m = new RegExp(`^(${PART_RE})[ -](${MONTH_RE})\\.?(.*)$`).exec(s))) {
    const year = yearTail(m[3]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyMonthPart(year, MONTH_WORDS[m![2]!]!, PART_WORDS[m![1]!]!, ""));
  }

  // Parts of a year: "late 2025", "Anfang nächsten Jahres", "Jahresende"
  if ((m = new RegExp(`^(${PART_RE})[ -](.+)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyYearPart(year, PART_WORDS[m![1]!]!, ""));
  }
  if ((m = new RegExp(`^(${alternation(Object.keys(YEAR_PART_COMPOUNDS))})(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyYearPart(year, YEAR_PART_COMPOUNDS[m![1]!]!, ""));
  }

  // Months: "Juni", "June 2025"
  if ((m = new RegExp(`^(${MONTH_RE})\\.?(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyMonth(year, MONTH_WORDS[m![1]!]!, ""));
  }

  // Seasons: "Herbst", "Frühjahr 2026", "Winter 2025/26"
  if ((m = new RegExp(`^(${SEASON_RE}) (\\d{4})\\s?/\\s?(\\d{2}|\\d{4})$`).exec(s))) {
    const y1 = Number(m[2]);
    const second = Number(m[3]);
    const y2 = m[3]!.length === 2 ? Math.floor(y1 / 100) * 100 + second : second;
    // A split year only makes sense for winter and only when it names consecutive years.
    if (SEASON_PHRASES[m[1]!] !== "winter" || y2 !== y1 + 1) return null;
    return attempt(() => fuzzySeason(y1, "winter", ""));
  }
  if ((m = new RegExp(`^(${SEASON_RE})(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzySeason(year, SEASON_PHRASES[m![1]!]!, ""));
  }

  // Quarters: "Q3 2025", "drittes Quartal 2025", "third quarter of 2025"
  if ((m = /^q([1-4])(?:[ /-]?(\d{4}))?$/.exec(s))) {
    const year = m[2] ? Number(m[2]) : ctx.defaultYear;
    return attempt(() => fuzzyQuarter(year, Number(m![1]) as Quarter, ""));
  }
  if ((m = new RegExp(`^(${ORDINAL_RE}) ?(?:quartal|quartals|quarter)(.*)$`).exec(s))) {
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyQuarter(year, QUARTER_ORDINALS[m![1]!]!, ""));
  }

  // Halves: "H2 2025", "zweite Jahreshälfte 2025", "second half of 2025"
  if ((m = /^h([12])(?:[ /-]?(\d{4}))?$/.exec(s))) {
    const year = m[2] ? Number(m[2]) : ctx.defaultYear;
    return attempt(() => fuzzyHalf(year, Number(m![1]) as Half, ""));
  }
  if ((m = new RegExp(`^(${ORDINAL_RE}) ?(?:jahreshälfte|halbjahr|halbjahres|hälfte|half)(.*)$`).exec(s))) {
    const half = QUARTER_ORDINALS[m[1]!];
    if (half !== 1 && half !== 2) return null;
    const year = yearTail(m[2]!, ctx);
    if (year === null) return null;
    return attempt(() => fuzzyHalf(year, half, ""));
  }

  // Years: "2024", "im Jahr 2024", "das Jahr 2024"
  if ((m = /^(?:(?:das |the )?(?:jahr|geschäftsjahr|year) )?(\d{4})$/.exec(s))) {
    return attempt(() => fuzzyYear(Number(m![1]), ""));
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

const PREFIX_RE =
  /^(?:im|in|in der|in den|den|dem|der|die|das|für|fuer|am|an|um|zum|zur|auf|gegen|etwa|circa|ca\.|noch|während|for|on|the|in the|around|during|by the)\s+/;

function stripPrefixes(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 5; i++) {
    const next = out.replace(PREFIX_RE, "");
    if (next === out) break;
    out = next;
  }
  return out;
}

function normalisePhrase(raw: string): string {
  let s = raw
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010\u2011\u2012]/g, "-")
    .replace(/\s*[–—]\s*/g, " – ")
    .replace(/[„“”"»«]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:!?]+$/, "")
    .trim();
  // A final full stop ends the sentence, except where it is part of "15.05." or "15.".
  if (s.endsWith(".") && !/(?:^|[\s.])\d{1,2}\.(?:\d{1,2}\.)?$/.test(s)) s = s.slice(0, -1).trim();
  return s;
}

const OPEN_END_SUFFIX =
  / (?:oder (?:noch )?später|und später|or (?:even )?later|and later|at the earliest|frühestens)$/;
const OPEN_END_PREFIX = /^(?:frühestens|no earlier than|not before|nicht vor) /;
// "At the latest" bounds the date from above; the named period is still our best reading.
const DEADLINE_SUFFIX = / (?:spätestens|at the latest)$/;
const DEADLINE_PREFIX = /^(?:spätestens|no later than|at the latest) /;
// "or earlier" would need an open start, which FuzzyDate cannot express.
const OPEN_START = / (?:oder früher|or earlier|or sooner|oder eher)$/;

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
