import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentDto, LifecycleEntryDto, ModelStatus } from "@/lib/data/dto";
import { fuzzyFrom, isoDayOrNull, refSelect } from "@/lib/data/mappers";
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
        atFrom: true,
        atTo: true,
        atPrecision: true,
        atOpenEnd: true,
        atText: true,
        articleId: true,
        note: true,
      },
    },
    commitments: {
      where: publicCommitmentWhere(asOf),
      orderBy: { sequence: "asc" },
      select: {
        sequence: true,
        plannedFrom: true,
        plannedTo: true,
        plannedPrecision: true,
        plannedOpenEnd: true,
        plannedText: true,
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

export function toModel(m: ModelRow, asOf: string | undefined): ModelMapped {
  const lifecycle = m.statusHistory.map((h) => ({
    status: h.status,
    at: fuzzyFrom(h.atFrom, h.atTo, h.atPrecision, h.atOpenEnd, h.atText),
    articleId: h.articleId,
    note: h.note,
  }));
  const sourced = m._count.statusHistory + m._count.commitments > 0;
  // As of a past day the status is the last one known then; a model known only from its plans
  // was "announced" — never today's status, which would be hindsight.
  const status: ModelStatus = asOf
    ? (lifecycle.at(-1)?.status ?? (sourced ? "announced" : m.status))
    : m.status;
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
