/** FuzzyDates in words, English and German, in one house style. */
import type { FuzzyDate, IsoDay } from "../fuzzy-date.types";
import { monthLength, requireYmd, type Ymd } from "./calendar";
// Each precision's period, to tell whether a date is exactly one (and can be named as such).
import * as periods from "./periods";
import type { DateLocale, Half, Quarter, Season } from "./types";

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

function sameSpan(d: FuzzyDate, [from, to]: periods.Span): boolean {
  return d.from === from && d.to === to;
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
      if (!sameSpan(d, periods.weekSpan(d.from))) return null;
      return de ? `Woche vom ${formatDay(d.from, locale)}` : `week of ${formatDay(d.from, locale)}`;
    case "month_part": {
      const part = (["early", "mid", "late"] as const).find((p) =>
        sameSpan(d, periods.monthPartSpan(f.y, f.m, p)),
      );
      if (!part) return null;
      const month = `${monthName(f.m, locale)} ${f.y}`;
      if (de) return `${{ early: "Anfang", mid: "Mitte", late: "Ende" }[part]} ${month}`;
      return { early: `early ${month}`, mid: `mid-${month}`, late: `end of ${month}` }[part];
    }
    case "month":
      return sameSpan(d, periods.monthSpan(f.y, f.m)) ? `${monthName(f.m, locale)} ${f.y}` : null;
    case "season": {
      const season = (Object.keys(periods.SEASON_START_MONTH) as Season[]).find(
        (s) => periods.SEASON_START_MONTH[s] === f.m,
      );
      if (!season || !sameSpan(d, periods.seasonSpan(f.y, season))) return null;
      const word = SEASON_WORDS[locale][season];
      const year = season === "winter" ? `${f.y}/${String((f.y + 1) % 100).padStart(2, "0")}` : `${f.y}`;
      return `${word} ${year}`;
    }
    case "quarter": {
      const q = ((f.m + 2) / 3) as Quarter;
      if (!Number.isInteger(q) || !sameSpan(d, periods.quarterSpan(f.y, q))) return null;
      return de ? `${q}. Quartal ${f.y}` : `Q${q} ${f.y}`;
    }
    case "half": {
      const h: Half = f.m === 1 ? 1 : 2;
      if (!sameSpan(d, periods.halfSpan(f.y, h))) return null;
      return de ? `${h}. Halbjahr ${f.y}` : `H${h} ${f.y}`;
    }
    case "year":
      return sameSpan(d, periods.yearSpan(f.y)) ? `${f.y}` : null;
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
    const part = (["early", "mid", "late"] as const).find((p) => sameSpan(d, periods.yearPartSpan(f.y, p)));
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
