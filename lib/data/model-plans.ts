import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cached, labScoped, tags } from "@/lib/data/cache";
import type { CommitmentDto, LifecycleEntryDto, ModelSummary } from "@/lib/data/dto";
import { findPlanOutlines, modelSelect, modelWhere, toModel, type ModelRow } from "@/lib/data/model-query";
import { sourceOf } from "@/lib/domain/corroboration";
import type { IsoDay } from "@/lib/domain/fuzzy-date";
import { rankSlips, type RankedSlip } from "@/lib/domain/slip-board";

/** A model with its lifecycle and planned release dates: what the slip board and lab page need. */
export interface ModelPlansDto extends ModelSummary {
  lifecycle: LifecycleEntryDto[];
  commitments: CommitmentDto[];
  /** independent sources (lib/domain/corroboration) that reported the model's delay or plans */
  reportCount: number;
}

/**
 * Models (of one lab, or all) with lifecycle and commitments as known on `asOf`. Models are a
 * short, curated list (hundreds, not millions), so this reads them whole; their commitments and
 * lifecycle rows are a handful each.
 */
export async function findModelPlans(opts: { lab?: string; asOf?: string }): Promise<ModelPlansDto[]> {
  "use cache";
  cached(...labScoped(opts.lab ? [opts.lab] : undefined, tags.models, tags.articles, tags.events));
  const rows = await db.model.findMany({
    where: modelWhere(opts.asOf, opts.lab ? { lab: { slug: opts.lab } } : {}),
    orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
    select: modelSelect(opts.asOf),
  });
  const ids = rows.map((r) => r.id);
  const counts = ids.length ? await delayReportCounts(ids, opts.asOf) : new Map<number, number>();
  return rows.map((row) => ({ ...toPlans(row, opts.asOf), reportCount: counts.get(row.id) ?? 0 }));
}

function toPlans(
  row: ModelRow,
  asOf: string | undefined,
): Omit<ModelPlansDto, "reportCount"> & { id: number } {
  const m = toModel(row, asOf);
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    family: m.family,
    status: m.status,
    lab: m.lab,
    lifecycle: m.lifecycle,
    commitments: m.commitments.map(({ article: _article, ...c }) => c),
  };
}

/**
 * The slip board's top `limit`: models whose plan slipped, largest slip first (rankSlips), as
 * known on `asOf`. Bounded where findModelPlans({}) is not: the ranking reads only the dates of
 * models with a public plan (findPlanOutlines: three flat lists, no titles or quotes), the full
 * rows are read for the `limit` models shown, and so is the independent-source count — the
 * expensive part, a scan of every delay report (4.5 s at 1,000 models for all of them).
 */
export async function findTopSlips(opts: {
  asOf?: string;
  today: IsoDay;
  limit: number;
}): Promise<RankedSlip<ModelPlansDto>[]> {
  "use cache";
  cached(tags.models, tags.articles, tags.events);
  const outlines = await findPlanOutlines(db, { asOf: opts.asOf });
  const topIds = rankSlips(outlines, opts.today)
    .slice(0, opts.limit)
    .map((r) => r.model.id);
  if (topIds.length === 0) return [];
  const rows = await db.model.findMany({
    where: modelWhere(opts.asOf, { id: { in: topIds } }),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: modelSelect(opts.asOf),
  });
  // Ranked again on the full rows: the same dates, so the same order as above.
  const top = rankSlips(
    rows.map((row) => toPlans(row, opts.asOf)),
    opts.today,
  );
  const counts = await delayReportCounts(
    top.map((r) => r.model.id),
    opts.asOf,
  );
  return top.map(({ model: { id, ...model }, slip }) => ({
    model: { ...model, reportCount: counts.get(id) ?? 0 },
    slip,
  }));
}

/**
 * Independent sources reporting a model's (counted) delay or plans: relaying articles count for
 * the outlet they relay (lib/domain/corroboration). Raw SQL for the UNION; the article rule is
 * lib/data/visibility's publicArticleWhere, spelled in SQL (published, not deleted, and as of D
 * only once its last possible publication day has passed).
 *
 * The database returns each distinct combination of what sourceOf reads, not every report: the
 * biggest lab's models have ~9,000 delay reports but a few hundred such combinations. The article
 * id matters to sourceOf only for an article without a publisher, so it is kept only then. The
 * delay reports are found through events_model_id_type_idx (model, type, deleted, status, id).
 */
async function delayReportCounts(modelIds: number[], asOf: string | undefined): Promise<Map<number, number>> {
  const cutoff = asOf ?? null;
  const rows = await db.$queryRaw<
    {
      model_id: number;
      article_id: number | null;
      attribution: string;
      attributed_to: string | null;
      publisher: string | null;
      original_reporter: string | null;
    }[]
  >`
    SELECT DISTINCT t.model_id, CASE WHEN coalesce(p.name, '') = '' THEN t.article_id END AS article_id, t.attribution,
      t.attributed_to, p.name AS publisher, o.name AS original_reporter
    FROM (
      SELECT e.model_id, c.article_id, c.attribution::text AS attribution, c.attributed_to
      FROM citations c
      JOIN events e ON e.id = c.event_id
      WHERE e.type = 'delay' AND e.deleted_at IS NULL AND e.model_id IN (${Prisma.join(modelIds)})
        AND e.status NOT IN ('denied', 'retracted')
        AND c.role IN ('first_report', 're_report', 'follow_up')
      UNION
      -- A plan is the article's own report unless the article as a whole relays an outlet.
      SELECT rc.model_id, rc.article_id,
        CASE WHEN a.original_reporter_id IS NULL THEN 'own_reporting' ELSE 'relays_outlet' END, NULL
      FROM release_commitments rc JOIN articles a ON a.id = rc.article_id
      WHERE rc.model_id IN (${Prisma.join(modelIds)})
    ) t
    JOIN articles a ON a.id = t.article_id
    LEFT JOIN publishers p ON p.id = a.publisher_id
    LEFT JOIN publishers o ON o.id = a.original_reporter_id
    WHERE a.deleted_at IS NULL AND a.status = 'published'
      AND (${cutoff}::date IS NULL OR coalesce(a.published_to, a.published_from) <= ${cutoff}::date)`;
  const keys = new Map<number, Set<string>>();
  for (const r of rows) {
    const { key } = sourceOf({
      articleId: r.article_id ?? 0,
      publishedFrom: null,
      publishedTo: null,
      publisher: r.publisher,
      originalReporter: r.original_reporter,
      attribution: r.attribution,
      attributedTo: r.attributed_to,
      role: "first_report",
    });
    const set = keys.get(r.model_id) ?? new Set<string>();
    set.add(key);
    keys.set(r.model_id, set);
  }
  return new Map([...keys].map(([id, set]) => [id, set.size]));
}
