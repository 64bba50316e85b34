import type { SeedArticle, SeedCommitment, SeedEvent, SeedLab, SeedModel, SeedPublisher } from "../types";

/**
 * The starter pack: real news articles (issue 9 §1), hand-labelled, loaded by default after the
 * five seed articles. Same review standard as the seed: every quote verbatim in the article's text
 * file, every number inside its quote.
 *
 * Keys are global across packs: an event reported by articles in both packs has ONE key
 * (`<lab>-<type>-<yyyy-mm>-<short>`) and the loader merges its citations; labs, models and
 * publishers are merged by slug.
 */
export interface StarterArticle extends SeedArticle {
  /** the page's address */
  url: string;
  /** true when only the opening of the page was available: stored and shown as an excerpt */
  excerpt: boolean;
}

export interface StarterPack {
  publishers: SeedPublisher[];
  labs: SeedLab[];
  models: SeedModel[];
  articles: StarterArticle[];
  events: SeedEvent[];
  commitments: SeedCommitment[];
}
