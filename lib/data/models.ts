import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { ModelDetail, ModelSummary } from "@/lib/data/dto";
import { dayToDate, fuzzyFrom, isoDayOrNull } from "@/lib/data/mappers";

export async function findModels(): Promise<ModelSummary[]> {
  "use cache";
  cached(tags.models);
  const rows = await db.model.findMany({
    orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
    select: { slug: true, name: true, family: true, status: true, lab: { select: { slug: true, name: true } } },
  });
  return rows;
}

/**
 * A model with its lifecycle and the planned release dates as reported. With `asOf`, only the
 * plans and status changes reported by that day: what the public knew then.
 */
export async function getModelBySlug(slug: string, asOf?: string): Promise<ModelDetail | null> {
  "use cache";
  cached(tags.models, tags.model(slug), tags.articles);
  const cutoff = asOf ? dayToDate(asOf) : undefined;
  const m = await db.model.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      family: true,
      status: true,
      aliases: true,
      description: true,
      lab: { select: { slug: true, name: true } },
      statusHistory: {
        where: cutoff ? { OR: [{ article: { publishedFrom: { lte: cutoff } } }, { articleId: null, atFrom: { lte: cutoff } }] } : {},
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
        where: cutoff ? { reportedAt: { lte: cutoff } } : {},
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
          article: { select: { title: true } },
        },
      },
    },
  });
  if (!m) return null;
  const lifecycle = m.statusHistory.map((h) => ({
    status: h.status,
    at: fuzzyFrom(h.atFrom, h.atTo, h.atPrecision, h.atOpenEnd, h.atText),
    articleId: h.articleId,
    note: h.note,
  }));
  return {
    slug: m.slug,
    name: m.name,
    family: m.family,
    // As of a past day the current status is the last one known then.
    status: cutoff ? (lifecycle.at(-1)?.status ?? m.status) : m.status,
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
    })),
  };
}
