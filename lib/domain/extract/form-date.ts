/**
 * The words a proposal's date goes into the article form with. The form reads its date fields
 * with parseFuzzyDate relative to the publication day; a proposal's own text ("am Donnerstag")
 * usually reads back, but an inferred date's note ("Monat des Artikels (erschlossen)") or a phrase
 * the parser does not know would be refused as "Not a date we can read". Then the date is written
 * in the form's own words ("April 2025", "2025-04-17"), which read back to the same range.
 */
import { formatFuzzyDate, parseFuzzyDate } from "../fuzzy-date";
import type { FuzzyDate, IsoDay } from "../fuzzy-date.types";

function readsAs(text: string, d: FuzzyDate, reference: IsoDay): boolean {
  const back = parseFuzzyDate(text, { reference });
  return back !== null && back.from === d.from && back.to === d.to && back.openEnd === d.openEnd;
}

export function formDateText(d: FuzzyDate, reference: IsoDay, lang: "de" | "en"): string {
  const other = lang === "de" ? "en" : "de";
  const candidates = [
    d.text,
    formatFuzzyDate(d, lang),
    formatFuzzyDate(d, other),
    d.from === d.to ? d.from : `${d.from} – ${d.to}`,
    `${d.from} bis ${d.to}`,
    `${d.from} to ${d.to}`,
  ].filter((t): t is string => typeof t === "string" && t.trim() !== "");
  return candidates.find((t) => readsAs(t, d, reference)) ?? formatFuzzyDate(d, lang);
}
