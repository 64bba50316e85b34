import type { StarterPack } from "./types";

/** German real articles of the starter pack (issue 9 §1). */
export const DE_PACK: StarterPack = {
  publishers: [],
  labs: [],
  models: [],
  articles: [],
  events: [],
  commitments: [],
};
