import "server-only";
import { cached, tags } from "@/lib/data/cache";
import { getLabBySlug } from "@/lib/data/labs";
import { findModelPlans, type ModelPlansDto } from "@/lib/data/model-plans";
import { buildScorecard, type LabScorecard } from "@/lib/domain/scorecard";

/**
 * Commitment scorecards (lib/domain/scorecard) from the release plans as known on `asOf`. The
 * plans come through findModelPlans — the one model/release-date query, with the
 * published-and-not-deleted and as-of rules — so a scorecard shows exactly the plans the lab and
 * model pages show. "today" is an argument (the asOf day or the real today), never read here, so
 * a cached scorecard for a past day stays right.
 *
 * Plans carry no claim status (they are dates a lab gave, not setback claims), so the claims
 * toggle does not change a scorecard; see docs/decisions/010-commitment-scorecard.md.
 */
export type LabScorecardDto = LabScorecard<{ slug: string; name: string }>;

function toInput(m: ModelPlansDto) {
  return { slug: m.slug, name: m.name, status: m.status, lifecycle: m.lifecycle, commitments: m.commitments };
}

/** One lab's scorecard; null for a lab that does not exist. */
export async function getLabScorecard(
  slug: string,
  opts: { asOf?: string; today: string },
): Promise<LabScorecardDto | null> {
  "use cache";
  // Lab-scoped like the other reads of the lab page (lib/data/lab-page.ts): only this lab's tag.
  cached(tags.lab(slug));
  const [lab, models] = await Promise.all([getLabBySlug(slug), findModelPlans({ lab: slug, asOf: opts.asOf })]);
  if (!lab) return null;
  return buildScorecard({ slug: lab.slug, name: lab.name }, models.map(toInput), opts.today);
}

/**
 * Every lab with at least one planned release date known on `asOf`, in lab-name order (the page
 * and the API sort it): one read of the models' plans, grouped by lab.
 */
export async function findScorecards(opts: { asOf?: string; today: string }): Promise<LabScorecardDto[]> {
  "use cache";
  cached(tags.models, tags.articles, tags.events, tags.labs);
  const models = await findModelPlans({ asOf: opts.asOf });
  const byLab = new Map<string, ModelPlansDto[]>();
  for (const m of models) {
    if (m.commitments.length === 0) continue;
    byLab.set(m.lab.slug, [...(byLab.get(m.lab.slug) ?? []), m]);
  }
  return [...byLab.values()]
    .map((ms) => buildScorecard({ slug: ms[0]!.lab.slug, name: ms[0]!.lab.name }, ms.map(toInput), opts.today))
    .sort((a, b) => a.lab.name.localeCompare(b.lab.name));
}
