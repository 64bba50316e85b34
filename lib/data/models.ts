import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { ModelDetail, ModelSummary } from "@/lib/data/dto";
import { modelSelect, modelWhere, toModel } from "@/lib/data/model-query";
import { knownModelWhere } from "@/lib/data/visibility";
import { refSelect } from "@/lib/data/mappers";

/** Every model known (on `asOf`), with its lab and status. */
export async function findModels(asOf?: string): Promise<ModelSummary[]> {
  "use cache";
  cached(tags.models, tags.articles, tags.events);
  if (asOf) {
    // As of a past day the status comes from the lifecycle known then: the shared query.
    const rows = await db.model.findMany({
      where: modelWhere(asOf),
      orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
      select: modelSelect(asOf),
    });
    return rows.map((r) => {
      const m = toModel(r, asOf);
      return { slug: m.slug, name: m.name, family: m.family, status: m.status, lab: m.lab };
    });
  }
  return db.model.findMany({
    where: knownModelWhere(),
    orderBy: [{ lab: { name: "asc" } }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      family: true,
      status: true,
      lab: refSelect,
    },
  });
}

/**
 * A model with its lifecycle and the planned release dates as reported. With `asOf`, only the
 * plans and status changes reported by that day: what the public knew then; a model nothing had
 * reported by then is null (404), like an unknown one.
 */
export async function getModelBySlug(slug: string, asOf?: string): Promise<ModelDetail | null> {
  "use cache";
  cached(tags.models, tags.model(slug), tags.articles, tags.events);
  const row = await db.model.findFirst({ where: modelWhere(asOf, { slug }), select: modelSelect(asOf) });
  if (!row) return null;
  const m = toModel(row, asOf);
  return {
    slug: m.slug,
    name: m.name,
    family: m.family,
    status: m.status,
    aliases: m.aliases,
    description: m.description,
    lab: m.lab,
    lifecycle: m.lifecycle,
    commitments: m.commitments.map(({ article: _article, ...c }) => c),
  };
}
