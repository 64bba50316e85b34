/**
 * The commitment scorecard (issue 10 §9): did a lab ship by the dates it gave?
 *
 * Every planned release date a source reported is one commitment, ruled on its own:
 * - met      — the model came out by the end of the planned period;
 * - missed   — it came out after the period's end, or had not come out when the period ended;
 * - open     — the period has not ended yet and the model is not out;
 * - unknown  — the model is out, but no source dates the release, and the period has ended, so
 *              nobody can say whether it was in time. Not counted as resolved, never overdue.
 *
 * Fuzzy plans are judged by the last day of their period ("fall 2025" → 30 Nov 2025, "Q1 2024" →
 * 31 Mar 2024, "2025 or later" → 31 Dec 2025): a lab that names a period has until its end. A fuzzy
 * release date gets the benefit of the doubt: its earliest possible day counts (the same day slip
 * maths uses). "Today" is the caller's: the asOf day or the real today, so a past scorecard knows
 * only what was reported by then. Pure: no I/O, no formatting — pages word the rule from the
 * ruling's fields (lib/i18n/messages/reader.ts, `scorecard`).
 *
 * See docs/decisions/010-commitment-scorecard.md.
 */
import { daysBetween, isIsoDay, type FuzzyDate, type IsoDay } from "./fuzzy-date";
import { computeSlip, type ReleaseCommitment } from "./slip";
import { releaseOf, type ModelPlans } from "./slip-board";

export const RULINGS = ["met", "missed", "open", "unknown"] as const;
export type Ruling = (typeof RULINGS)[number];

/** Why a commitment got its ruling; with `deadline` and `released` it is the rule shown beside it. */
export const RULING_REASONS = [
  "shipped_in_time", // met: released (from) ≤ deadline
  "released_before_deadline", // met: released on an unknown day before today, and today ≤ deadline
  "shipped_late", // missed: released (from) > deadline
  "not_shipped", // missed: not released, today > deadline
  "period_running", // open: not released, today ≤ deadline
  "release_date_unknown", // unknown: released on an unknown day, today > deadline
] as const;
export type RulingReason = (typeof RULING_REASONS)[number];

export interface CommitmentRuling {
  sequence: number;
  planned: FuzzyDate;
  reportedAt: IsoDay | null;
  /** the last day of the planned period: the day the commitment is judged by */
  deadline: IsoDay;
  ruling: Ruling;
  reason: RulingReason;
  /** days between the deadline and the release (shipped late) or today (not shipped); else 0 */
  daysLate: number;
  /** a later plan replaced this one */
  superseded: boolean;
}

export interface ModelScoreInput extends ModelPlans {
  slug: string;
  name: string;
  commitments: readonly ReleaseCommitment[];
}

export interface ModelScore {
  model: { slug: string; name: string };
  released: FuzzyDate | null;
  releasedDateUnknown: boolean;
  rulings: CommitmentRuling[];
  /**
   * How far past the first deadline it went: first plan's period end → the release (its earliest
   * day), or → the plan in force's period end while not out (or out on an unknown day); never < 0.
   * Deadlines, like the rulings; the time past the plan in force is `overdueDays`, not counted here.
   */
  slipDays: number;
  /** days since the plan in force ended, while unreleased (computeSlip's overdueDays) */
  overdueDays: number;
}

export interface ScorecardTotals {
  met: number;
  missed: number;
  open: number;
  unknown: number;
  /** met + missed */
  resolved: number;
  /** met / resolved as a whole percent; null with nothing resolved */
  keptPercent: number | null;
  /** sum of the models' slip days */
  slipDays: number;
  /** sum of the overdue days of models still not out past their plan in force */
  overdueDays: number;
  /** how many models are overdue */
  overdueModels: number;
}

export interface LabScorecard<L = { slug: string; name: string }> extends ScorecardTotals {
  lab: L;
  models: ModelScore[];
}

function rule(
  deadline: IsoDay,
  today: IsoDay,
  released: FuzzyDate | null,
  releasedDateUnknown: boolean,
): Pick<CommitmentRuling, "ruling" | "reason" | "daysLate"> {
  if (released) {
    return released.from <= deadline
      ? { ruling: "met", reason: "shipped_in_time", daysLate: 0 }
      : { ruling: "missed", reason: "shipped_late", daysLate: daysBetween(deadline, released.from) };
  }
  if (releasedDateUnknown) {
    // Out by today: if today is still inside the period, it was out in time.
    return today <= deadline
      ? { ruling: "met", reason: "released_before_deadline", daysLate: 0 }
      : { ruling: "unknown", reason: "release_date_unknown", daysLate: 0 };
  }
  return today > deadline
    ? { ruling: "missed", reason: "not_shipped", daysLate: daysBetween(deadline, today) }
    : { ruling: "open", reason: "period_running", daysLate: 0 };
}

/** One model's commitments ruled as of `today`; null when it has no planned dates. */
export function scoreModel(model: ModelScoreInput, today: IsoDay): ModelScore | null {
  if (!isIsoDay(today)) throw new RangeError(`today must be a YYYY-MM-DD day: ${String(today)}`);
  const release = releaseOf(model);
  const { released } = release;
  // a shelved model's plans are still missed, but it is no longer overdue
  const slip = computeSlip(model.commitments, { today, ...release });
  if (!slip) return null;
  const ordered = [...model.commitments].sort((a, b) => a.sequence - b.sequence);
  return {
    model: { slug: model.slug, name: model.name },
    released,
    releasedDateUnknown: slip.releasedDateUnknown,
    rulings: ordered.map((c, i) => ({
      sequence: c.sequence,
      planned: c.planned,
      reportedAt: c.reportedAt,
      deadline: c.planned.to,
      superseded: i < ordered.length - 1,
      ...rule(c.planned.to, today, released, slip.releasedDateUnknown),
    })),
    slipDays: Math.max(0, daysBetween(slip.firstPlanned.to, released ? released.from : slip.latestPlanned.to)),
    overdueDays: slip.overdueDays,
  };
}

export function scorecardTotals(models: readonly ModelScore[]): ScorecardTotals {
  const count = (r: Ruling) => models.reduce((n, m) => n + m.rulings.filter((x) => x.ruling === r).length, 0);
  const met = count("met");
  const missed = count("missed");
  const resolved = met + missed;
  return {
    met,
    missed,
    open: count("open"),
    unknown: count("unknown"),
    resolved,
    keptPercent: resolved ? Math.round((met / resolved) * 100) : null,
    slipDays: models.reduce((n, m) => n + m.slipDays, 0),
    overdueDays: models.reduce((n, m) => n + m.overdueDays, 0),
    overdueModels: models.filter((m) => m.overdueDays > 0).length,
  };
}

/** A lab's scorecard from its models (those without planned dates are left out). */
export function buildScorecard<L>(lab: L, models: readonly ModelScoreInput[], today: IsoDay): LabScorecard<L> {
  const scored = models.flatMap((m) => {
    const s = scoreModel(m, today);
    return s ? [s] : [];
  });
  // Most overdue first, then the largest slip, then by name: the models a reader should see first.
  scored.sort(
    (a, b) =>
      b.overdueDays - a.overdueDays || b.slipDays - a.slipDays || a.model.name.localeCompare(b.model.name),
  );
  return { lab, ...scorecardTotals(scored), models: scored };
}

export const SCORECARD_SORTS = ["kept", "missed", "slip", "overdue", "lab"] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];

/**
 * The leaderboard order. "kept": best record first (labs with nothing resolved last);
 * "missed", "slip", "overdue": worst first; "lab": by name. Ties fall back to the lab name.
 */
export function sortScorecards<L extends { name: string }>(
  cards: readonly LabScorecard<L>[],
  sort: ScorecardSort,
): LabScorecard<L>[] {
  const byName = (a: LabScorecard<L>, b: LabScorecard<L>) => a.lab.name.localeCompare(b.lab.name);
  const key: Record<ScorecardSort, (a: LabScorecard<L>, b: LabScorecard<L>) => number> = {
    kept: (a, b) =>
      (b.keptPercent ?? -1) - (a.keptPercent ?? -1) || b.resolved - a.resolved || byName(a, b),
    missed: (a, b) => b.missed - a.missed || byName(a, b),
    slip: (a, b) => b.slipDays - a.slipDays || byName(a, b),
    overdue: (a, b) => b.overdueDays - a.overdueDays || byName(a, b),
    lab: byName,
  };
  return [...cards].sort(key[sort]);
}
