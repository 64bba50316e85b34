/** Amounts in words for the UI: "$72B" / "72 Mrd. US-Dollar", "−2.2%" / "−2,2 %". */
import type { AmountQualifier, NumberLocale } from "./types";

const MINUS = "−";

/** The words that bound a figure, as the UI writes them ("about ", "rund "). */
export const QUALIFIER_WORDS: Record<NumberLocale, Record<AmountQualifier, string>> = {
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

export function qualifierWords(locale: NumberLocale, qualifier: AmountQualifier): string {
  return QUALIFIER_WORDS[locale][qualifier];
}

const TAGS: Record<NumberLocale, string> = { en: "en-US", de: "de-DE" };

/** Up to `digits` decimals, trailing zeros dropped, in the locale's decimal mark; no grouping. */
function decimal(value: number, locale: NumberLocale, digits: number): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits, useGrouping: false }).format(
    value,
  );
}

/** Grouped thousands and up to two decimals: "1,500,000" / "1.500.000". */
function grouped(value: number, locale: NumberLocale): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 }).format(value);
}

const USD_UNITS: { exponent: number; en: string; de: string }[] = [
  { exponent: 12, en: "T", de: "Bio." },
  { exponent: 9, en: "B", de: "Mrd." },
  { exponent: 6, en: "M", de: "Mio." },
];

/** An amount's number and unit word: 72e9 → "72" and "B" / "Mrd."; under a million, no unit. */
function usdParts(value: number, locale: NumberLocale): { sign: string; n: string; unit: string | null } {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  const sign = value < 0 ? MINUS : "";
  const abs = Math.abs(value);
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
    return { sign, n: decimal(scaled, locale, 2), unit: label };
  }
  return { sign, n: grouped(abs, locale), unit: null };
}

/** One amount without its qualifier: "$72B" / "72 Mrd. US-Dollar". */
function usdBody(value: number, locale: NumberLocale): string {
  const { sign, n, unit } = usdParts(value, locale);
  if (locale === "de") return `${sign}${n} ${unit ? `${unit} ` : ""}US-Dollar`;
  return `${sign}$${n}${unit ?? ""}`;
}

/** "$72B" / "72 Mrd. US-Dollar"; amounts under a million are written out in full. */
export function formatUsd(value: number, locale: NumberLocale, qualifier: AmountQualifier = "exact"): string {
  return `${QUALIFIER_WORDS[locale][qualifier]}${usdBody(value, locale)}`;
}

/**
 * An amount that may be a range, as the text gave it: "$60–72B" / "60–72 Mrd. US-Dollar" when both
 * bounds share a unit, "$500M–$1.2B" / "500 Mio.–1,2 Mrd. US-Dollar" when not; one amount when
 * there is no upper bound.
 */
export function formatUsdRange(
  low: number,
  high: number | null,
  locale: NumberLocale,
  qualifier: AmountQualifier = "exact",
): string {
  if (high === null || high === low) return formatUsd(low, locale, qualifier);
  const lo = usdParts(low, locale);
  const hi = usdParts(high, locale);
  const words = QUALIFIER_WORDS[locale][qualifier];
  if (locale === "de") {
    const loText = `${lo.sign}${lo.n}${lo.unit && lo.unit !== hi.unit ? ` ${lo.unit}` : ""}`;
    return `${words}${loText}–${usdBody(high, locale)}`;
  }
  if (lo.unit !== hi.unit) return `${words}${usdBody(low, locale)}–${usdBody(high, locale)}`;
  return `${words}${lo.sign}$${lo.n}–${hi.sign}${hi.n}${hi.unit ?? ""}`;
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
