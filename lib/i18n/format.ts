import { format as formatDateFns, parseISO } from "date-fns";
import { de as deLocale, enGB } from "date-fns/locale";
import type { EventDto } from "@/lib/data/dto";
import { formatPercent, formatUsdRange, qualifierWords } from "@/lib/domain/amounts";
import { isInferredDateText } from "@/lib/domain/claim-status";
import { formatFuzzyDate, type FuzzyDate } from "@/lib/domain/fuzzy-date";
import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

/** Locale-aware formatting for the UI: dates, fuzzy dates, money, percentages, counts. */

export function formatDay(iso: string, locale: Locale): string {
  return formatDateFns(parseISO(iso), locale === "de" ? "d. MMMM yyyy" : "d MMMM yyyy", {
    locale: locale === "de" ? deLocale : enGB,
  });
}

export function formatFuzzy(d: FuzzyDate, locale: Locale): string {
  return formatFuzzyDate(d, locale);
}

/** A date at its real precision, marked "(inferred)" when the editors worked it out. */
export function formatHonest(d: FuzzyDate, locale: Locale): string {
  const base = formatFuzzyDate(d, locale);
  return isInferredDateText(d.text) ? `${base} ${commonMessages[locale].eventDates.inferred}` : base;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-US").format(n);
}

/** The figures of an event as short labels: "up to $72B", "−2.2%", "at least 7 people". */
export function eventFigures(event: EventDto, locale: Locale): string[] {
  const out: string[] = [];
  if (event.amountUsd !== null)
    out.push(formatUsdRange(event.amountUsd, event.amountUsdMax, locale, event.amountQualifier ?? "exact"));
  if (event.percent !== null) out.push(formatPercent(event.percent, locale));
  if (event.headcount !== null) {
    const q = qualifierWords(locale, event.headcountQualifier ?? "exact");
    out.push(`${q}${commonMessages[locale].people(event.headcount)}`);
  }
  return out;
}
