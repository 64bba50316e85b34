/**
 * The slip chart's data: per model, each planned release date as it was reported, in the order the
 * plans were held, drawn as ranges on one shared time axis. Pure: the caller passes "today" (the
 * asOf day or the real today), so a chart as of a past day shows what was known then.
 */
import { computeSlip, type SlipResult } from "./slip";
import { daysBetween, isIsoDay, type FuzzyDate, type IsoDay } from "./fuzzy-date";
import { firstDayOfMonth, lastDayOfMonth, monthOf } from "./chart-months";

export interface SlipArticleRef {
  id: number;
  title: string;
  language: string;
}

export interface SlipCommitmentInput {
  sequence: number;
  planned: FuzzyDate;
  reportedAt: IsoDay | null;
  article: SlipArticleRef;
}

export interface SlipModelInput {
  model: { slug: string; name: string };
  lab: { slug: string; name: string };
  commitments: SlipCommitmentInput[];
  /** when it was released, if it was (as known on "today") */
  released: FuzzyDate | null;
  /** released, but no source dates it: never overdue, and no plan runs on */
  releasedDateUnknown?: boolean;
  /** given up without a release: never overdue, and no plan runs on */
  shelved?: boolean;
}

export interface SlipPlan extends SlipCommitmentInput {
  /** "or later" plans, and plans whose period has passed unreleased, run on to this day */
  runsUntil: IsoDay | null;
}

export interface SlipChartModel {
  model: { slug: string; name: string };
  lab: { slug: string; name: string };
  plans: SlipPlan[];
  released: FuzzyDate | null;
  slip: SlipResult;
}

export interface SlipChart {
  today: IsoDay;
  /** the shared time axis, whole months */
  domain: { from: IsoDay; to: IsoDay };
  models: SlipChartModel[];
}

/**
 * How far a model has slipped, for sorting: the larger of how far the plan moved (first start →
 * latest start) and how long past the first plan's period it came out — or, while it is still
 * out, how long past that period today is. An on-time release inside its window counts 0.
 */
export function slipLengthDays(m: SlipChartModel, today: IsoDay): number {
  // Out on a day nobody reported: only how far the plan moved is known, not how late it came.
  // Given up: it will never come out, so today is no measure of how late it is.
  if (m.slip.releasedDateUnknown || m.slip.shelved) return Math.max(m.slip.slipDays, 0);
  const end = m.released ? m.released.from : today;
  return Math.max(m.slip.slipDays, daysBetween(m.slip.firstPlanned.to, end), 0);
}

export function buildSlipChart(models: readonly SlipModelInput[], today: IsoDay): SlipChart {
  if (!isIsoDay(today)) throw new RangeError(`today must be a YYYY-MM-DD day: ${String(today)}`);
  const built: SlipChartModel[] = [];
  for (const input of models) {
    const plans = [...input.commitments].sort((a, b) => a.sequence - b.sequence);
    const slip = computeSlip(plans, {
      today,
      released: input.released,
      releasedDateUnknown: input.releasedDateUnknown,
      shelved: input.shelved,
    });
    if (!slip) continue;
    const last = plans.length - 1;
    built.push({
      model: input.model,
      lab: input.lab,
      released: input.released,
      slip,
      plans: plans.map((p, i) => {
        // Only the plan in force can run on; an earlier one ended when it was replaced.
        const inForce = i === last && slip.isOpen;
        const runsOn = inForce && (p.planned.openEnd || today > p.planned.to) && today > p.planned.to;
        return { ...p, runsUntil: runsOn ? today : null };
      }),
    });
  }
  built.sort(
    (a, b) =>
      slipLengthDays(b, today) - slipLengthDays(a, today) ||
      b.slip.revisions - a.slip.revisions ||
      a.model.name.localeCompare(b.model.name),
  );

  const starts: IsoDay[] = [];
  const ends: IsoDay[] = [];
  for (const m of built) {
    for (const p of m.plans) {
      starts.push(p.planned.from);
      ends.push(p.runsUntil ?? p.planned.to);
      if (p.reportedAt) starts.push(p.reportedAt);
    }
    if (m.released) ends.push(m.released.to);
  }
  const from = starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : today;
  const to = ends.length ? ends.reduce((a, b) => (a > b ? a : b)) : today;
  return {
    today,
    domain: { from: firstDayOfMonth(monthOf(from)), to: lastDayOfMonth(monthOf(to)) },
    models: built,
  };
}

export const SLIP_CSV_HEADER = [
  "model",
  "lab",
  "plan",
  "planned_text",
  "planned_from",
  "planned_to",
  "precision",
  "or_later",
  "reported_at",
  "article_id",
  "article_title",
  "runs_until",
  "slip_days",
  "overdue_days",
] as const;

/** One CSV row per plan drawn, in the order drawn: the same rows as the data table. */
export function slipCsvRows(chart: SlipChart): (string | number | boolean | null)[][] {
  return chart.models.flatMap((m) =>
    m.plans.map((p) => [
      m.model.name,
      m.lab.name,
      p.sequence,
      p.planned.text,
      p.planned.from,
      p.planned.to,
      p.planned.precision,
      p.planned.openEnd,
      p.reportedAt,
      p.article.id,
      p.article.title,
      p.runsUntil,
      m.slip.slipDays,
      m.slip.overdueDays,
    ]),
  );
}
