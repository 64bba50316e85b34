/**
 * Links a proposal to an event the database already has, so a re-report becomes a citation
 * instead of a duplicate: same type and lab, compatible model, and an overlapping date or the
 * same amount. A proposal whose date is only the article's month is compared with the quarter
 * before the article, since news reports what has already happened.
 */
import { addDays, overlaps } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import type { ExistingEventRef, ExtractedEvent } from "./types";

const INFERRED_WINDOW_DAYS = 92;

function windowOf(e: ExtractedEvent): FuzzyDate | null {
  if (!e.occurred) return null;
  if (!e.occurredInferred) return e.occurred;
  return { ...e.occurred, from: addDays(e.occurred.to, -INFERRED_WINDOW_DAYS) };
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

function conflicts(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && !sameNumber(a, b);
}

export function matchExistingEvent(e: ExtractedEvent, existing: ExistingEventRef[]): number | null {
  if (!e.lab) return null;
  let best: { id: number; score: number } | null = null;
  for (const x of existing) {
    if (x.type !== e.type || x.lab !== e.lab) continue;
    if (e.model && x.model && e.model !== x.model) continue;
    if (conflicts(e.amountUsd, x.amountUsd) || conflicts(e.percent, x.percent)) continue;
    if (e.counterparty && x.counterparty && e.counterparty !== x.counterparty) continue;
    const sameAmount = sameNumber(e.amountUsd, x.amountUsd);
    const window = windowOf(e);
    const dateFits = window !== null && overlaps(window, x.occurred);
    if (!sameAmount && !dateFits) continue;
    const score =
      (sameAmount ? 4 : 0) +
      (dateFits ? 2 : 0) +
      (e.model !== null && e.model === x.model ? 2 : 0) +
      (sameNumber(e.percent, x.percent) ? 1 : 0) +
      (sameNumber(e.headcount, x.headcount) ? 1 : 0);
    if (!best || score > best.score) best = { id: x.id, score };
  }
  return best?.id ?? null;
}
