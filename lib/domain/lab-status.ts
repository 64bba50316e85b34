/**
 * A lab's one-line status, derived from the data rather than written by hand: the model whose
 * announced release slipped furthest ("Llama 4 Behemoth: slipped from end of April 2025 to fall
 * 2025 or later (2 revisions); 1 independent source"), else the latest setback, else "no setbacks".
 * Support is counted in independent sources (lib/domain/corroboration), never in relaying articles.
 */
import type { FuzzyDate, IsoDay } from "./fuzzy-date.types";
import { formatFuzzyDate } from "./fuzzy-date";
import { describeSlip, type SlipResult } from "./slip";
import { rankSlips, slipOf, slippedLater, type ModelPlans } from "./slip-board";
import { addDays } from "./fuzzy-date";

export interface StatusModel extends ModelPlans {
  slug: string;
  name: string;
  status: string;
  /** independent sources that reported the model's delay or its plans */
  reportCount: number;
}

export interface StatusEvent {
  id: number;
  type: string;
  title: string;
  occurred: FuzzyDate;
  reportCount: number;
}

export type LabStatus =
  | { kind: "slip"; model: { slug: string; name: string }; slip: SlipResult; reports: number }
  | { kind: "setback"; event: StatusEvent; reports: number }
  | { kind: "quiet" };

export function deriveLabStatus(input: {
  models: readonly StatusModel[];
  latestSetback: StatusEvent | null;
  today: IsoDay;
}): LabStatus {
  const top = rankSlips(input.models, input.today)[0];
  if (top) {
    return {
      kind: "slip",
      model: { slug: top.model.slug, name: top.model.name },
      slip: top.slip,
      reports: top.model.reportCount,
    };
  }
  if (input.latestSetback)
    return { kind: "setback", event: input.latestSetback, reports: input.latestSetback.reportCount };
  return { kind: "quiet" };
}

function reports(n: number, locale: "en" | "de"): string {
  if (locale === "de") return n === 1 ? "1 unabhängige Quelle" : `${n} unabhängige Quellen`;
  return n === 1 ? "1 independent source" : `${n} independent sources`;
}

export function describeLabStatus(
  status: LabStatus,
  locale: "en" | "de",
  typeLabel: (type: string) => string = (t) => t,
): string {
  switch (status.kind) {
    case "slip":
      return `${status.model.name}: ${describeSlip(status.slip, locale)}; ${reports(status.reports, locale)}`;
    case "setback": {
      const e = status.event;
      const when = formatFuzzyDate(e.occurred, locale);
      const lead = locale === "de" ? "Letzter Rückschlag" : "Latest setback";
      return `${lead} (${typeLabel(e.type)}, ${when}): ${e.title}; ${reports(status.reports, locale)}`;
    }
    case "quiet":
      return locale === "de" ? "Keine Rückschläge gemeldet" : "No setbacks reported";
  }
}

/** Models whose release is still pending after a slip, or that are marked delayed. */
export function countOpenDelays(models: readonly StatusModel[], today: IsoDay): number {
  return openDelays(models, today).length;
}

export function openDelays<M extends StatusModel>(models: readonly M[], today: IsoDay): M[] {
  return models.filter((m) => {
    const current = m.lifecycle[m.lifecycle.length - 1]?.status ?? m.status;
    if (current === "released" || current === "shelved") return false;
    if (current === "delayed") return true;
    const slip = slipOf(m, today);
    return slip !== null && slip.isOpen && slippedLater(slip);
  });
}

/** The last twelve months up to and including `today`: [today − 1 year + 1 day, today]. */
export function lastTwelveMonths(today: IsoDay): { from: IsoDay; to: IsoDay } {
  const y = Number(today.slice(0, 4)) - 1;
  let from = `${y}${today.slice(4)}`;
  if (from.endsWith("-02-29")) from = `${y}-03-01`;
  else from = addDays(from, 1);
  return { from, to: today };
}
