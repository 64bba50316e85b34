import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { EventDto } from "@/lib/data/dto";
import { eventSelect, eventWhere, toEventDto } from "@/lib/data/events";
import type { ChartFilters } from "@/lib/domain/event-query";
import { findPlanOutlines, modelSelect, modelWhere, toModel } from "@/lib/data/model-query";
import { publicCommitmentWhere } from "@/lib/data/visibility";
import { releaseOf } from "@/lib/domain/slip-board";
import { NOT_COUNTED_STATUSES } from "@/lib/domain/claim-status";
import { isoDay } from "@/lib/data/mappers";
import {
  BAR_KINDS,
  buildInvestmentsChart,
  capInvestmentsChart,
  investmentsChartFromTotals,
  PAGE_CAPS,
  POINT_KINDS,
  type InvestmentsChart,
} from "@/lib/domain/chart-investments";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  buildSetbacksChart,
  setbacksChartFromCounts,
  type ChartEventType,
  type SetbackMode,
  type SetbacksChart,
} from "@/lib/domain/chart-setbacks";
import { shareCardFacts, type ShareCardFacts } from "@/lib/domain/chart-share-card";
import {
  buildSlipChart,
  type SlipChart,
  type SlipCommitmentInput,
  type SlipModelInput,
} from "@/lib/domain/chart-slips";

/**
 * Server-side reads for the charts: each returns plain, already-bucketed arrays (the domain
 * builders in lib/domain/chart-*.ts do the bucketing), so client chart components only draw.
 * "today" is an argument, never read here, so a cached chart for a past asOf stays right.
 */

/** The reader pages' filters that a chart honours (paging is meaningless for a chart). */

async function findAllEvents(chartFilters: ChartFilters, onlyWithAmount = false): Promise<EventDto[]> {
  // Charts count: denied and retracted claims stay out unless the reader includes them.
  const filters: ChartFilters = { ...chartFilters, claims: chartFilters.claims ?? "counted" };
  const rows = await db.event.findMany({
    where: onlyWithAmount
      ? { AND: [eventWhere(filters), { amountUsd: { not: null } }] }
      : eventWhere(filters),
    orderBy: [{ occurredFrom: "asc" }, { id: "asc" }],
    select: eventSelect(filters.asOf),
  });
  return rows.map(toEventDto);
}

/**
 * Filters the summary tables can answer: they are kept per lab, type and claim status, not per
 * model, date window, as-of day or text. Anything else falls back to reading the events.
 */
export function summaryAnswers(filters: ChartFilters): boolean {
  return !filters.model?.length && !filters.from && !filters.to && !filters.asOf && !filters.q;
}

/** Ids of the labs named by slug; undefined means "no lab filter". */
async function labIdsFor(slugs: string[] | undefined): Promise<number[] | undefined> {
  if (!slugs?.length) return undefined;
  const labs = await db.lab.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  return labs.map((l) => l.id);
}

export async function getSetbacksChart(filters: ChartFilters, mode: SetbackMode): Promise<SetbacksChart> {
  "use cache";
  cached(tags.events, tags.articles);
  if (summaryAnswers(filters)) {
    // A few thousand summary rows instead of every event (event_month_counts, kept by triggers).
    const labIds = await labIdsFor(filters.lab);
    const groups = await db.eventMonthCount.groupBy({
      by: ["month", "type"],
      where: {
        ...(labIds ? { labId: { in: labIds } } : {}),
        ...(filters.status?.length ? { status: { in: filters.status } } : {}),
        // Charts count: denied and retracted claims stay out unless the reader includes them.
        ...(filters.claims === "all"
          ? {}
          : {
              status: {
                notIn: [...NOT_COUNTED_STATUSES],
                ...(filters.status?.length ? { in: filters.status } : {}),
              },
            }),
      },
      _sum: { events: true },
    });
    const counts = groups.map((g) => ({
      month: isoDay(g.month).slice(0, 7),
      type: g.type as ChartEventType,
      count: g._sum.events ?? 0,
    }));
    return setbacksChartFromCounts(counts, { types: filters.type, mode });
  }
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

/**
 * The investments chart as the page draws it (capped: see capInvestmentsChart). Without filters
 * the summary table cannot answer, the totals come from lab_year_amounts and only the events the
 * page lists are read — the largest per bar of the labs drawn by name, and the latest deals —
 * so the cost does not grow with the number of reported amounts.
 */
export async function getInvestmentsPageChart(filters: ChartFilters): Promise<InvestmentsChart> {
  "use cache";
  cached(tags.events, tags.articles);
  // lab_year_amounts holds counted claims only (denied and retracted left out, as by default).
  if (!summaryAnswers(filters) || filters.status?.length || filters.claims === "all")
    return capInvestmentsChart(await getInvestmentsChart(filters));
  const labIds = await labIdsFor(filters.lab);
  const labWhere = labIds ? { labId: { in: labIds } } : {};
  const [totals, labs] = await Promise.all([
    db.labYearAmount.groupBy({
      by: ["labId", "year"],
      where: labWhere,
      _sum: { totalUsd: true, events: true },
    }),
    db.lab.findMany({
      where: labIds ? { id: { in: labIds } } : {},
      select: { id: true, slug: true, name: true },
    }),
  ]);
  const labById = new Map(labs.map((l) => [l.id, { slug: l.slug, name: l.name }]));
  const labTotal = new Map<number, number>();
  for (const t of totals) labTotal.set(t.labId, (labTotal.get(t.labId) ?? 0) + Number(t._sum.totalUsd ?? 0));
  const namedLabs = [...labTotal.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, PAGE_CAPS.labs)
    .map(([id]) => id);
  // A lab filter that names no known lab matches nothing (Prisma.join refuses an empty list).
  const labFilter = !labIds
    ? Prisma.empty
    : labIds.length
      ? Prisma.sql`AND lab_id IN (${Prisma.join(labIds)})`
      : Prisma.sql`AND FALSE`;
  // The deals list: counted point-in-time amounts (valuations, market caps …), counted and listed alike.
  const dealWhere: Prisma.EventWhereInput = {
    deletedAt: null,
    knownFrom: { not: null },
    status: { notIn: [...NOT_COUNTED_STATUSES] },
    amountKind: { in: [...POINT_KINDS] },
    amountUsd: { not: null },
    ...labWhere,
  };
  // One pass over the counted amounts answers the three questions the summary table cannot: which
  // events each named lab's bars list (the largest per year), how many deals there are, and how
  // many amounts no bar takes. Three separate queries each scanned every event (about 250 ms apiece
  // at 500k events, docs/performance.md); the amounts are a small share of the events.
  const named = namedLabs.length ? Prisma.sql`lab_id IN (${Prisma.join(namedLabs)})` : Prisma.sql`FALSE`;
  const bar = Prisma.join([...BAR_KINDS]);
  const counted = db.$queryRaw<{ listed: number[]; deals: bigint; excluded: bigint }[]>`
    WITH amounts AS MATERIALIZED (
      SELECT id, lab_id, amount_kind::text AS kind, amount_usd,
             extract(year FROM occurred_from) AS year_from, extract(year FROM occurred_to) AS year_to
        FROM events
       WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL
         AND status::text NOT IN (${Prisma.join([...NOT_COUNTED_STATUSES])}) ${labFilter}
    ), ranked AS (
      SELECT id, row_number() OVER (PARTITION BY lab_id, year_from ORDER BY amount_usd DESC, id) AS n
        FROM amounts
       WHERE ${named} AND kind IN (${bar}) AND year_from = year_to
    )
    SELECT ARRAY(SELECT id FROM ranked WHERE n <= ${PAGE_CAPS.eventsPerSegment}) AS listed,
           (SELECT count(*) FROM amounts WHERE kind IN (${Prisma.join([...POINT_KINDS])})) AS deals,
           (SELECT count(*) FROM amounts
             WHERE kind IS NULL OR kind NOT IN (${Prisma.join([...BAR_KINDS, ...POINT_KINDS])})
                OR (kind IN (${bar}) AND year_from <> year_to)) AS excluded`;
  const [[found], deals] = await Promise.all([
    counted,
    db.event.findMany({
      where: dealWhere,
      orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
      take: PAGE_CAPS.deals,
      select: eventSelect(),
    }),
  ]);
  const listed = await db.event.findMany({ where: { id: { in: found?.listed ?? [] } }, select: eventSelect() });
  const chart = investmentsChartFromTotals({
    totals: totals.flatMap((t) => {
      const lab = labById.get(t.labId);
      return lab
        ? [{ year: t.year, lab, totalUsd: Number(t._sum.totalUsd ?? 0), events: t._sum.events ?? 0 }]
        : [];
    }),
    listed: listed.map(toEventDto),
    deals: deals.map(toEventDto),
    dealCount: Number(found?.deals ?? 0),
    excludedCount: Number(found?.excluded ?? 0),
  });
  return capInvestmentsChart(chart);
}

async function findSlipInputs(
  filters: Pick<ChartFilters, "lab" | "model" | "asOf">,
): Promise<SlipModelInput[]> {
  // The shared model query (lib/data/model-query): same where, select and mapper as the model page.
  const rows = await db.model.findMany({
    where: modelWhere(filters.asOf, {
      commitments: { some: publicCommitmentWhere(filters.asOf) },
      ...(filters.lab?.length ? { lab: { slug: { in: filters.lab } } } : {}),
      ...(filters.model?.length ? { slug: { in: filters.model } } : {}),
    }),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: modelSelect(filters.asOf),
  });
  return rows.map((row) => toSlipInput(toModel(row, filters.asOf), (c) => c.article));
}

/** A model as the slip chart reads it: name, lab, release and plans; `articleOf` gives each plan's source. */
function toSlipInput<C extends Omit<SlipCommitmentInput, "article">>(
  m: { slug: string; name: string; lab: SlipModelInput["lab"]; commitments: C[] } & Parameters<
    typeof releaseOf
  >[0],
  articleOf: (c: C) => SlipCommitmentInput["article"],
): SlipModelInput {
  return {
    model: { slug: m.slug, name: m.name },
    lab: m.lab,
    ...releaseOf(m),
    commitments: m.commitments.map((c) => ({
      sequence: c.sequence,
      planned: c.planned,
      reportedAt: c.reportedAt,
      article: articleOf(c),
    })),
  };
}

export async function getSlipChart(filters: ChartFilters, today: string): Promise<SlipChart> {
  "use cache";
  cached(tags.models, tags.articles);
  return buildSlipChart(await findSlipInputs(filters), today);
}

/** How many models one page of the slip board draws. */
export const SLIP_PAGE_SIZE = 20;

export interface SlipChartPage extends SlipChart {
  /** models on every page together, and this page's first position (0-based) */
  total: number;
  start: number;
  /** the slug to pass as `after` for the next page; null on the last */
  nextAfter: string | null;
}

/**
 * One page of the slip board: the models after `after` (a model slug, the last one of the
 * previous page) in the chart's order, on the whole chart's time axis so pages line up. The
 * ranking and the axis need every model's plans, but only their dates (findPlanOutlines: three
 * flat lists); the titles of the articles behind the plans are read for the page's models only.
 * Before, the whole chart was read with every plan's article (1.2 s at 1,000 models), and before
 * that the page drew all 1,000 models (10 MB of HTML). The page equals the same slice of
 * getSlipChart (tests/integration/bounded-reads.test.ts).
 * An `after` that is no longer on the board (the model was removed) starts from the top.
 */
export async function getSlipChartPage(
  filters: ChartFilters,
  today: string,
  opts: { after?: string; limit?: number } = {},
): Promise<SlipChartPage> {
  "use cache";
  cached(tags.models, tags.articles);
  const outlines = await findPlanOutlines(db, filters);
  const chart = buildSlipChart(
    // The article behind each plan is filled in below, for the page's models only.
    outlines.map((o) => toSlipInput(o, (c) => ({ id: c.articleId, title: "", language: "" }))),
    today,
  );
  const limit = opts.limit ?? SLIP_PAGE_SIZE;
  const start = opts.after ? chart.models.findIndex((m) => m.model.slug === opts.after) + 1 : 0;
  const page = chart.models.slice(start, start + limit);
  const more = start + limit < chart.models.length;
  const articleIds = [...new Set(page.flatMap((m) => m.plans.map((p) => p.article.id)))];
  const articles = new Map(
    (
      await db.article.findMany({
        where: { id: { in: articleIds } },
        select: { id: true, title: true, language: true },
      })
    ).map((a) => [a.id, a]),
  );
  const models = page.map((m) => ({
    ...m,
    plans: m.plans.map((p) => ({ ...p, article: articles.get(p.article.id) ?? p.article })),
  }));
  return {
    today: chart.today,
    domain: chart.domain,
    models,
    total: chart.models.length,
    start,
    nextAfter: more ? (models.at(-1)?.model.slug ?? null) : null,
  };
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
  const [events, slipInputs] = await Promise.all([
    findAllEvents({ lab: [slug] }),
    findSlipInputs({ lab: [slug] }),
  ]);
  return { lab, facts: shareCardFacts(slug, events, buildSlipChart(slipInputs, today), today) };
}
