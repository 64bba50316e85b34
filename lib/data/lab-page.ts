import "server-only";
import { getLabFacts } from "@/lib/data/lab-overview";
import { getLabBySlug } from "@/lib/data/labs";
import { findArticles } from "@/lib/data/articles";
import { findModelPlans } from "@/lib/data/model-plans";
import { findReaderEvents } from "@/lib/data/reader-events";
import { getLabScorecard } from "@/lib/data/scorecards";
import type { ClaimScope } from "@/lib/domain/claim-status";
import type { IsoDay } from "@/lib/domain/fuzzy-date";
import { lastTwelveMonths } from "@/lib/domain/lab-status";

/**
 * Everything the lab page shows, read in parallel: the one list of its reads, so the page and
 * the test that checks which cache tags they carry (tests/integration/cache-scope.test.ts) cannot
 * drift apart. Every read is lab-scoped and carries only `tags.lab(slug)`.
 */
export async function loadLabPage(
  slug: string,
  opts: { asOf?: string; today: IsoDay; cursor?: string; claims?: ClaimScope },
) {
  const lab = await getLabBySlug(slug);
  if (!lab) return null;
  const window = lastTwelveMonths(opts.today);
  const [facts, models, events, articles, scorecard] = await Promise.all([
    getLabFacts(slug, { asOf: opts.asOf, since: window.from, until: window.to, claims: opts.claims }),
    findModelPlans({ lab: slug, asOf: opts.asOf }),
    findReaderEvents({ lab: [slug], asOf: opts.asOf, cursor: opts.cursor, limit: 20 }),
    findArticles({ lab: [slug], asOf: opts.asOf, limit: 5 }),
    getLabScorecard(slug, { asOf: opts.asOf, today: opts.today }),
  ]);
  return { lab, window, facts, models, events, articles, scorecard };
}
