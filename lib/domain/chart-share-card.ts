/**
 * What a lab's share card (its Open Graph image) says: the state of the lab at a glance — how many
 * setbacks are on record and how many were reported lately, the latest one, the models whose
 * release keeps slipping, its latest yearly spending and its biggest deal.
 */
import { addDays, type IsoDay } from "./fuzzy-date";
import { buildInvestmentsChart, type DealPoint, type MoneyEventInput } from "./chart-investments";
import type { ChartEventType } from "./chart-setbacks";
import { SETBACK_TYPES } from "./event-types";
import type { SlipChart } from "./chart-slips";
import type { FuzzyDate } from "./fuzzy-date";

export const RECENT_DAYS = 90;

export interface ShareCardEvent extends MoneyEventInput {
  type: ChartEventType;
  firstReportedAt: IsoDay | null;
}

export interface ShareCardFacts {
  setbacks: number;
  /** setbacks first reported in the RECENT_DAYS days up to today */
  recentSetbacks: number;
  latestSetback: { title: string; occurred: FuzzyDate; type: ChartEventType } | null;
  slips: { model: string; first: FuzzyDate; latest: FuzzyDate; revisions: number }[];
  latestSpend: { year: number; totalUsd: number; qualifier: string } | null;
  biggestDeal: DealPoint | null;
}

export function shareCardFacts(
  labSlug: string,
  events: readonly ShareCardEvent[],
  slips: SlipChart,
  today: IsoDay,
): ShareCardFacts {
  const own = events.filter((e) => e.lab.slug === labSlug);
  const setbacks = own.filter((e) => SETBACK_TYPES.includes(e.type));
  const since = addDays(today, -RECENT_DAYS);
  const latest = [...setbacks].sort(
    (a, b) => (b.firstReportedAt ?? "").localeCompare(a.firstReportedAt ?? "") || b.occurred.to.localeCompare(a.occurred.to) || b.id - a.id,
  )[0];
  const money = buildInvestmentsChart(own);
  const lastSegment = money.segments.at(-1);
  const qualifiers = lastSegment ? [...new Set(lastSegment.events.map((e) => e.qualifier))] : [];
  const biggestDeal = [...money.deals].sort((a, b) => b.amountUsd - a.amountUsd)[0] ?? null;
  return {
    setbacks: setbacks.length,
    recentSetbacks: setbacks.filter((e) => e.firstReportedAt !== null && e.firstReportedAt > since && e.firstReportedAt <= today).length,
    latestSetback: latest ? { title: latest.title, occurred: latest.occurred, type: latest.type } : null,
    slips: slips.models
      .filter((m) => m.lab.slug === labSlug && m.slip.revisions > 0)
      .slice(0, 2)
      .map((m) => ({ model: m.model.name, first: m.slip.firstPlanned, latest: m.slip.latestPlanned, revisions: m.slip.revisions })),
    latestSpend: lastSegment
      ? { year: lastSegment.year, totalUsd: lastSegment.totalUsd, qualifier: qualifiers.length === 1 ? qualifiers[0]! : "about" }
      : null,
    biggestDeal,
  };
}
