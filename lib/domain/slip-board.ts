/**
 * The slip board: which models' announced release dates moved furthest. Built on computeSlip, so
 * fuzzy and open-ended dates are measured the same way as on the model page.
 */
import type { FuzzyDate, IsoDay } from "./fuzzy-date.types";
import { computeSlip, type ReleaseCommitment, type SlipResult } from "./slip";

export interface ModelPlans {
  commitments: readonly ReleaseCommitment[];
  lifecycle: readonly { status: string; at: FuzzyDate }[];
  /** the model's status (as known on the day); "released" without a dated step is an undated release */
  status?: string;
}

export interface RankedSlip<M> {
  model: M;
  slip: SlipResult;
}

/** When the model came out, from its lifecycle; null while it has not. */
export function releasedAt(lifecycle: ModelPlans["lifecycle"]): FuzzyDate | null {
  return lifecycle.find((l) => l.status === "released")?.at ?? null;
}

/**
 * Whether and when the model came out: a dated release step, or — when the status says
 * "released" but no step dates it — released on an unknown day.
 */
export function releaseOf(model: Pick<ModelPlans, "lifecycle" | "status">): {
  released: FuzzyDate | null;
  releasedDateUnknown: boolean;
  shelved: boolean;
} {
  const released = releasedAt(model.lifecycle);
  return {
    released,
    releasedDateUnknown: released === null && model.status === "released",
    shelved: released === null && model.status === "shelved",
  };
}

export function slipOf(model: ModelPlans, today: IsoDay): SlipResult | null {
  return computeSlip(model.commitments, { today, ...releaseOf(model) });
}

/** True when the plan moved later: a later start, a later end, or a new "or later". */
export function slippedLater(s: SlipResult): boolean {
  if (s.revisions === 0) return false;
  if (s.slipDays !== 0) return s.slipDays > 0;
  if (s.openEnded && !s.firstPlanned.openEnd) return true;
  return (s.slipDaysMax ?? 0) > 0;
}

/**
 * Models whose plan slipped, largest slip first. Ties: an open-ended ("or later") slip before a
 * closed one, then the longer overdue, then by name for a stable order.
 */
export function rankSlips<M extends ModelPlans & { name: string }>(
  models: readonly M[],
  today: IsoDay,
): RankedSlip<M>[] {
  return models
    .flatMap((model) => {
      const slip = slipOf(model, today);
      return slip && slippedLater(slip) ? [{ model, slip }] : [];
    })
    .sort(
      (a, b) =>
        b.slip.slipDays - a.slip.slipDays ||
        Number(b.slip.openEnded) - Number(a.slip.openEnded) ||
        b.slip.overdueDays - a.slip.overdueDays ||
        a.model.name.localeCompare(b.model.name),
    );
}
