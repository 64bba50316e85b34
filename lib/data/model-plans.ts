import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cached, tags } from "@/lib/data/cache";
import type { CommitmentDto, LifecycleEntryDto, ModelSummary } from "@/lib/data/dto";
import { modelSelect, modelWhere, toModel } from "@/lib/data/model-query";

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
  const rows = await db.model.findMany({
    where: modelWhere(opts.asOf, opts.lab ? { lab: { slug: opts.lab } } : {}),
    orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
    select: modelSelect(opts.asOf),
  });
  const ids = rows.map((r) => r.id);
  const counts = ids.length ? await delayReportCounts(ids, opts.asOf) : new Map<number, number>();
  return rows.map((row) => {
    const m = toModel(row, opts.asOf);
    return {
      slug: m.slug,
      name: m.name,
      family: m.family,
      status: m.status,
      lab: m.lab,
      lifecycle: m.lifecycle,
      commitments: m.commitments.map(({ article: _article, ...c }) => c),
      reportCount: counts.get(m.id) ?? 0,
    };
  });
}

/**
 * Distinct public articles reporting a model's delay or plans. Raw SQL for the UNION; the article
 * rule is lib/data/visibility's publicArticleWhere, spelled in SQL (published, not deleted, and as
 * of D only once its last possible publication day has passed).
 */
async function delayReportCounts(modelIds: number[], asOf: string | undefined): Promise<Map<number, number>> {
  const cutoff = asOf ?? null;
  const rows = await db.$queryRaw<{ model_id: number; n: number }[]>`
    SELECT model_id, COUNT(DISTINCT article_id)::int AS n FROM (
      SELECT e.model_id, c.article_id
      FROM citations c
      JOIN events e ON e.id = c.event_id
      JOIN articles a ON a.id = c.article_id
      WHERE e.type = 'delay' AND e.deleted_at IS NULL AND e.model_id IN (${Prisma.join(modelIds)})
        AND e.status NOT IN ('denied', 'retracted')
        AND a.deleted_at IS NULL AND a.status = 'published'
        AND (${cutoff}::date IS NULL OR coalesce(a.published_to, a.published_from) <= ${cutoff}::date)
      UNION ALL
      SELECT rc.model_id, rc.article_id
      FROM release_commitments rc
      JOIN articles a ON a.id = rc.article_id
      WHERE rc.model_id IN (${Prisma.join(modelIds)})
        AND a.deleted_at IS NULL AND a.status = 'published'
        AND (${cutoff}::date IS NULL OR coalesce(a.published_to, a.published_from) <= ${cutoff}::date)
    ) t
    GROUP BY model_id`;
  return new Map(rows.map((r) => [r.model_id, r.n]));
}
