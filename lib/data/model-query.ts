import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentDto, LifecycleEntryDto, ModelStatus } from "@/lib/data/dto";
import { fuzzyFrom, isoDayOrNull, plannedColumns, refSelect, statusAtColumns } from "@/lib/data/mappers";
import { knownModelWhere, publicCommitmentWhere, publicStatusChangeWhere } from "@/lib/data/visibility";

/**
 * The model / release-date query, once: the model page, the lab page's plans, the slip chart, the
 * share card and the API all read a model's lifecycle and planned dates through this select,
 * where and mapper, so the published-and-not-deleted rule and the as-of rule (lib/data/visibility)
 * cannot drift between copies.
 */
export function modelWhere(
  asOf: string | undefined,
  extra: Prisma.ModelWhereInput = {},
): Prisma.ModelWhereInput {
  return { AND: [knownModelWhere(asOf), extra] };
}

export const modelSelect = (asOf?: string) =>
  ({
    id: true,
    slug: true,
    name: true,
    family: true,
    status: true,
    aliases: true,
    description: true,
    lab: refSelect,
    statusHistory: {
      where: publicStatusChangeWhere(asOf),
      orderBy: [{ atFrom: "asc" }, { id: "asc" }],
      select: {
        status: true,
        ...statusAtColumns,
        articleId: true,
        note: true,
      },
    },
    commitments: {
      where: publicCommitmentWhere(asOf),
      orderBy: { sequence: "asc" },
      select: {
        sequence: true,
        ...plannedColumns,
        reportedAt: true,
        articleId: true,
        quote: true,
        article: { select: { id: true, title: true, language: true } },
      },
    },
    _count: { select: { statusHistory: { where: { articleId: { not: null } } }, commitments: true } },
  }) satisfies Prisma.ModelSelect;

export type ModelRow = Prisma.ModelGetPayload<{ select: ReturnType<typeof modelSelect> }>;

export interface ModelMapped {
  id: number;
  slug: string;
  name: string;
  family: string | null;
  status: ModelStatus;
  aliases: string[];
  description: string | null;
  lab: { slug: string; name: string };
  lifecycle: LifecycleEntryDto[];
  commitments: (CommitmentDto & { article: { id: number; title: string; language: string } })[];
}

/**
 * As of a past day the status is the last one known then; a model known only from its plans was
 * "announced" — never today's status, which would be hindsight.
 */
function statusAsOf(
  asOf: string | undefined,
  lifecycle: readonly { status: ModelStatus }[],
  sourced: boolean,
  status: ModelStatus,
): ModelStatus {
  return asOf ? (lifecycle.at(-1)?.status ?? (sourced ? "announced" : status)) : status;
}

export function toModel(m: ModelRow, asOf: string | undefined): ModelMapped {
  const lifecycle = m.statusHistory.map((h) => ({
    status: h.status,
    at: fuzzyFrom(h.atFrom, h.atTo, h.atPrecision, h.atOpenEnd, h.atText),
    articleId: h.articleId,
    note: h.note,
  }));
  const sourced = m._count.statusHistory + m._count.commitments > 0;
  const status = statusAsOf(asOf, lifecycle, sourced, m.status);
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    family: m.family,
    status,
    aliases: m.aliases,
    description: m.description,
    lab: m.lab,
    lifecycle,
    commitments: m.commitments.map((c) => ({
      sequence: c.sequence,
      planned: fuzzyFrom(c.plannedFrom, c.plannedTo, c.plannedPrecision, c.plannedOpenEnd, c.plannedText),
      reportedAt: isoDayOrNull(c.reportedAt),
      articleId: c.articleId,
      articleTitle: c.article.title,
      quote: c.quote,
      article: c.article,
    })),
  };
}

/** What ranking by slip needs of a model: no article titles, quotes or descriptions. */
export interface PlanOutline {
  id: number;
  slug: string;
  name: string;
  status: ModelStatus;
  lab: { slug: string; name: string };
  lifecycle: { status: ModelStatus; at: LifecycleEntryDto["at"] }[];
  commitments: {
    sequence: number;
    planned: CommitmentDto["planned"];
    reportedAt: string | null;
    articleId: number;
  }[];
}

/**
 * The plans and lifecycle of every model with a public plan (the slip board's candidates), read
 * as three flat lists instead of modelSelect's nested one: ranking a thousand models needs their
 * dates only, and the full rows (titles, quotes) are then read for the few shown. Same visibility
 * and as-of rules as modelSelect/toModel; a model with a public plan is always a known model.
 */
export async function findPlanOutlines(
  db: Prisma.TransactionClient,
  filters: { lab?: string[]; model?: string[]; asOf?: string },
): Promise<PlanOutline[]> {
  const modelFilter: Prisma.ModelWhereInput = {
    ...(filters.lab?.length ? { lab: { slug: { in: filters.lab } } } : {}),
    ...(filters.model?.length ? { slug: { in: filters.model } } : {}),
  };
  const commitments = await db.releaseCommitment.findMany({
    where: { ...publicCommitmentWhere(filters.asOf), model: modelFilter },
    orderBy: [{ modelId: "asc" }, { sequence: "asc" }],
    select: {
      modelId: true,
      sequence: true,
      ...plannedColumns,
      reportedAt: true,
      articleId: true,
    },
  });
  const ids = [...new Set(commitments.map((c) => c.modelId))];
  if (ids.length === 0) return [];
  const [models, changes] = await Promise.all([
    db.model.findMany({
      where: { id: { in: ids } },
      // The chart's order for equal slips is the input order: by name, as findSlipInputs reads.
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        lab: { select: { slug: true, name: true } },
      },
    }),
    db.modelStatusChange.findMany({
      where: { AND: [{ modelId: { in: ids } }, publicStatusChangeWhere(filters.asOf)] },
      orderBy: [{ modelId: "asc" }, { atFrom: "asc" }, { id: "asc" }],
      select: {
        modelId: true,
        status: true,
        ...statusAtColumns,
      },
    }),
  ]);
  const byModel = <T extends { modelId: number }>(rows: T[]) => {
    const out = new Map<number, T[]>();
    for (const r of rows) out.set(r.modelId, [...(out.get(r.modelId) ?? []), r]);
    return out;
  };
  const plansOf = byModel(commitments);
  const stepsOf = byModel(changes);
  return models.map((m) => {
    const lifecycle = (stepsOf.get(m.id) ?? []).map((h) => ({
      status: h.status,
      at: fuzzyFrom(h.atFrom, h.atTo, h.atPrecision, h.atOpenEnd, h.atText),
    }));
    return {
      id: m.id,
      slug: m.slug,
      name: m.name,
      // Every candidate has a public plan, so it is "sourced" (toModel's rule).
      status: statusAsOf(filters.asOf, lifecycle, true, m.status),
      lab: m.lab,
      lifecycle,
      commitments: (plansOf.get(m.id) ?? []).map((c) => ({
        sequence: c.sequence,
        planned: fuzzyFrom(c.plannedFrom, c.plannedTo, c.plannedPrecision, c.plannedOpenEnd, c.plannedText),
        reportedAt: isoDayOrNull(c.reportedAt),
        articleId: c.articleId,
      })),
    };
  });
}
