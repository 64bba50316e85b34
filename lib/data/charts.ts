import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { EventDto } from "@/lib/data/dto";
import { eventSelect, eventWhere, toEventDto, type EventQuery } from "@/lib/data/events";
import { modelSelect, modelWhere, toModel } from "@/lib/data/model-query";
import { publicCommitmentWhere } from "@/lib/data/visibility";
import { releasedAt } from "@/lib/domain/slip-board";
import { buildInvestmentsChart, type InvestmentsChart } from "@/lib/domain/chart-investments";
import { buildSetbacksChart, type SetbackMode, type SetbacksChart } from "@/lib/domain/chart-setbacks";
import { shareCardFacts, type ShareCardFacts } from "@/lib/domain/chart-share-card";
import { buildSlipChart, type SlipChart, type SlipModelInput } from "@/lib/domain/chart-slips";

/**
 * Server-side reads for the charts: each returns plain, already-bucketed arrays (the domain
 * builders in lib/domain/chart-*.ts do the bucketing), so client chart components only draw.
 * "today" is an argument, never read here, so a cached chart for a past asOf stays right.
 */

/** The reader pages' filters that a chart honours (paging is meaningless for a chart). */
export type ChartFilters = Omit<EventQuery, "limit" | "cursor">;

async function findAllEvents(chartFilters: ChartFilters, onlyWithAmount = false): Promise<EventDto[]> {
  // Charts count: denied and retracted claims stay out unless the reader includes them.
  const filters: ChartFilters = { ...chartFilters, claims: chartFilters.claims ?? "counted" };
  const rows = await db.event.findMany({
    where: onlyWithAmount ? { AND: [eventWhere(filters), { amountUsd: { not: null } }] } : eventWhere(filters),
    orderBy: [{ occurredFrom: "asc" }, { id: "asc" }],
    select: eventSelect(filters.asOf),
  });
  return rows.map(toEventDto);
}

export async function getSetbacksChart(filters: ChartFilters, mode: SetbackMode): Promise<SetbacksChart> {
  "use cache";
  cached(tags.events, tags.articles);
  // The type filter picks which stacks to show; without one the domain's setback types apply.
  const events = await findAllEvents({ ...filters, type: undefined });
  return buildSetbacksChart(events, { types: filters.type, mode });
}

export async function getInvestmentsChart(filters: ChartFilters): Promise<InvestmentsChart> {
  "use cache";
  cached(tags.events, tags.articles);
  // Every amount, whatever the event type: the builder decides what may go on a bar, and the page
  // says how many reported amounts it left off (market values, pay packages, …).
  const events = await findAllEvents({ ...filters, type: undefined }, true);
  return buildInvestmentsChart(events);
}

async function findSlipInputs(filters: Pick<ChartFilters, "lab" | "model" | "asOf">): Promise<SlipModelInput[]> {
  // The shared model query (lib/data/model-query): same where, select and mapper as the model page.
  const rows = await db.model.findMany({
    where: modelWhere(filters.asOf, {
      commitments: { some: publicCommitmentWhere(filters.asOf) },
      ...(filters.lab?.length ? { lab: { slug: { in: filters.lab } } } : {}),
      ...(filters.model?.length ? { slug: { in: filters.model } } : {}),
    }),
    orderBy: { name: "asc" },
    select: modelSelect(filters.asOf),
  });
  return rows.map((row) => {
    const m = toModel(row, filters.asOf);
    return {
      model: { slug: m.slug, name: m.name },
      lab: m.lab,
      released: releasedAt(m.lifecycle),
      commitments: m.commitments.map((c) => ({
        sequence: c.sequence,
        planned: c.planned,
        reportedAt: c.reportedAt,
        article: c.article,
      })),
    };
  });
}

export async function getSlipChart(filters: ChartFilters, today: string): Promise<SlipChart> {
  "use cache";
  cached(tags.models, tags.articles);
  return buildSlipChart(await findSlipInputs(filters), today);
}

export interface LabShareCard {
  lab: { slug: string; name: string };
  facts: ShareCardFacts;
}

export async function getLabShareCard(slug: string, today: string): Promise<LabShareCard | null> {
  "use cache";
  cached(tags.labs, tags.lab(slug), tags.events, tags.models, tags.articles);
  const lab = await db.lab.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!lab) return null;
  const [events, slipInputs] = await Promise.all([findAllEvents({ lab: [slug] }), findSlipInputs({ lab: [slug] })]);
  return { lab, facts: shareCardFacts(slug, events, buildSlipChart(slipInputs, today), today) };
}
