import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cached, tags } from "@/lib/data/cache";
import type { CommitmentDto, LifecycleEntryDto, ModelSummary } from "@/lib/data/dto";
import { dayToDate, fuzzyFrom, isoDayOrNull } from "@/lib/data/mappers";

/** A model with its lifecycle and planned release dates: what the slip board and lab page need. */
export interface ModelPlansDto extends ModelSummary {
  lifecycle: LifecycleEntryDto[];
  commitments: CommitmentDto[];
  /** distinct published articles that reported the model's delay or one of its plans */
  reportCount: number;
}

/**
 * Models (of one lab, or all) with lifecycle and commitments as known on `asOf`. Models are a
 * short, curated list (hundreds, not millions), so this reads them whole; their commitments and
 * lifecycle rows are a handful each.
 */
export async function findModelPlans(opts: { lab?: string; asOf?: string }): Promise<ModelPlansDto[]> {
  "use cache";
  cached(tags.models, tags.articles, tags.events, ...(opts.lab ? [tags.lab(opts.lab)] : []));
  const cutoff = opts.asOf ? dayToDate(opts.asOf) : undefined;
  const rows = await db.model.findMany({
    where: opts.lab ? { lab: { slug: opts.lab } } : {},
    orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      family: true,
      status: true,
      lab: { select: { slug: true, name: true } },
      statusHistory: {
        where: cutoff
          ? {
              OR: [
                { article: { publishedFrom: { lte: cutoff } } },
                { articleId: null, atFrom: { lte: cutoff } },
              ],
            }
          : {},
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
        where: {
          article: { deletedAt: null, status: "published" },
          ...(cutoff ? { reportedAt: { lte: cutoff } } : {}),
        },
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
  const ids = rows.map((r) => r.id);
  const counts = ids.length ? await delayReportCounts(ids, opts.asOf) : new Map<number, number>();
  return rows.map((m) => {
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
      status: cutoff ? (lifecycle.at(-1)?.status ?? m.status) : m.status,
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
      reportCount: counts.get(m.id) ?? 0,
    };
  });
}

async function delayReportCounts(modelIds: number[], asOf: string | undefined): Promise<Map<number, number>> {
  const cutoff = asOf ?? null;
  const rows = await db.$queryRaw<{ model_id: number; n: number }[]>`
    SELECT model_id, COUNT(DISTINCT article_id)::int AS n FROM (
      SELECT e.model_id, c.article_id
      FROM citations c
      JOIN events e ON e.id = c.event_id
      JOIN articles a ON a.id = c.article_id
      WHERE e.type = 'delay' AND e.deleted_at IS NULL AND e.model_id IN (${Prisma.join(modelIds)})
        AND a.deleted_at IS NULL AND a.status = 'published'
        AND (${cutoff}::date IS NULL OR a.published_from <= ${cutoff}::date)
      UNION ALL
      SELECT rc.model_id, rc.article_id
      FROM release_commitments rc
      JOIN articles a ON a.id = rc.article_id
      WHERE rc.model_id IN (${Prisma.join(modelIds)})
        AND a.deleted_at IS NULL AND a.status = 'published'
        AND (${cutoff}::date IS NULL OR rc.reported_at <= ${cutoff}::date)
    ) t
    GROUP BY model_id`;
  return new Map(rows.map((r) => [r.model_id, r.n]));
}
