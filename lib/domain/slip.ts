/**
 * Slip maths: how far a model's announced release date has moved, and how late it is now.
 *
 * Dates are fuzzy, so a slip has two measures: between the earliest days the sources allowed
 * (`slipDays`) and between the latest days (`slipDaysMax`). The second is unknown once the
 * latest commitment says "or later".
 */
import { daysBetween, formatFuzzyDate, isIsoDay, type FuzzyDate, type IsoDay } from "./fuzzy-date";

export interface ReleaseCommitment {
  /** 1 for the first reported date, then one more per revision */
  sequence: number;
  planned: FuzzyDate;
  /** when a source reported this plan, if known */
  reportedAt: IsoDay | null;
}

export interface SlipOptions {
  today: IsoDay;
  released?: FuzzyDate | null;
  /**
   * The model is out but no source dates its release (status "released", no dated release step):
   * it is not open and never overdue, though when it came out stays unknown.
   */
  releasedDateUnknown?: boolean;
  /**
   * The lab gave the model up (status "shelved") without a release: its plans stay as they were
   * reported, but it is no longer open, so never overdue (Humane's AI Pin, discontinued in 2025).
   */
  shelved?: boolean;
}

export interface SlipResult {
  firstPlanned: FuzzyDate;
  latestPlanned: FuzzyDate;
  /** latestPlanned.from − firstPlanned.from; negative when the date was pulled in */
  slipDays: number;
  /** latestPlanned.to − firstPlanned.to; null when the latest plan is open-ended */
  slipDaysMax: number | null;
  /** the latest plan says "or later" */
  openEnded: boolean;
  /** number of times the plan changed: commitments − 1 */
  revisions: number;
  /** not released yet */
  isOpen: boolean;
  /** released, but no source says when */
  releasedDateUnknown: boolean;
  /** given up without a release */
  shelved: boolean;
  /** days since the latest planned period ended, while unreleased; otherwise 0 */
  overdueDays: number;
  released: FuzzyDate | null;
  /** released.from − firstPlanned.from, once released */
  releasedSlipDays: number | null;
}

/**
 * Returns null when there is nothing to measure. Commitments are ordered by `sequence` here as
 * well, since rows may arrive in any order.
 */
export function computeSlip(commitments: readonly ReleaseCommitment[], opts: SlipOptions): SlipResult | null {
  if (!isIsoDay(opts.today))
    throw new RangeError(`today must be a valid YYYY-MM-DD day: ${String(opts.today)}`);
  if (commitments.length === 0) return null;
  const ordered = [...commitments].sort((a, b) => a.sequence - b.sequence);
  const first = ordered[0]!.planned;
  const latest = ordered[ordered.length - 1]!.planned;
  const released = opts.released ?? null;
  const releasedDateUnknown = released === null && opts.releasedDateUnknown === true;
  const shelved = released === null && !releasedDateUnknown && opts.shelved === true;
  const isOpen = released === null && !releasedDateUnknown && !shelved;

  // An open-ended plan is still overdue once its named period has passed: "Herbst oder später"
  // in December means the lab missed the date it gave, even if it hedged.
  // A release nobody dated is no overdue plan (issue 10: Gemini 1.0, Windows Recall, Alexa+).
  const overdueDays = isOpen && opts.today > latest.to ? daysBetween(latest.to, opts.today) : 0;

  return {
    firstPlanned: first,
    latestPlanned: latest,
    slipDays: daysBetween(first.from, latest.from),
    slipDaysMax: latest.openEnd ? null : daysBetween(first.to, latest.to),
    openEnded: latest.openEnd,
    revisions: ordered.length - 1,
    isOpen,
    releasedDateUnknown,
    shelved,
    overdueDays,
    released,
    releasedSlipDays: released ? daysBetween(first.from, released.from) : null,
  };
}

type Direction = "later" | "earlier" | "same";

function direction(r: SlipResult): Direction {
  if (r.slipDays !== 0) return r.slipDays > 0 ? "later" : "earlier";
  // Same first day: a wider or open-ended window is still a slip ("Juni" → "Juni oder später").
  if (r.openEnded && !r.firstPlanned.openEnd) return "later";
  if (r.slipDaysMax !== null && r.slipDaysMax !== 0) return r.slipDaysMax > 0 ? "later" : "earlier";
  return "same";
}

/**
 * One line for a model page: "slipped from end of April 2025 to fall 2025 or later (2 revisions)"
 * / "verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen)".
 */
export function describeSlip(result: SlipResult, locale: "en" | "de"): string {
  const de = locale === "de";
  const first = formatFuzzyDate(result.firstPlanned, locale);
  const latest = formatFuzzyDate(result.latestPlanned, locale);
  const n = result.revisions;
  const count = de
    ? `${n} ${n === 1 ? "Änderung" : "Änderungen"}`
    : `${n} ${n === 1 ? "revision" : "revisions"}`;

  let line: string;
  if (n === 0) {
    line = de ? `geplant für ${latest}` : `planned for ${latest}`;
  } else {
    switch (direction(result)) {
      case "later":
        line = de
          ? `verschoben von ${first} auf ${latest} (${count})`
          : `slipped from ${first} to ${latest} (${count})`;
        break;
      case "earlier":
        line = de
          ? `vorgezogen von ${first} auf ${latest} (${count})`
          : `pulled in from ${first} to ${latest} (${count})`;
        break;
      case "same":
        line = de ? `weiterhin geplant für ${latest} (${count})` : `still planned for ${latest} (${count})`;
        break;
    }
  }
  if (result.released) {
    const when = formatFuzzyDate(result.released, locale);
    line += de ? `; erschienen ${when}` : `; released ${when}`;
  } else if (result.releasedDateUnknown) {
    line += de ? "; erschienen (Datum unbekannt)" : "; released (date unknown)";
  } else if (result.shelved) {
    line += de ? "; eingestellt" : "; shelved";
  }
  return line;
}
