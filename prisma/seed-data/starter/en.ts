import type { StarterPack } from "./types";

/** English real articles of the starter pack (issue 9 §1). */
export const EN_PACK: StarterPack = {
  publishers: [],
  labs: [],
  models: [],
  articles: [],
  events: [],
  commitments: [],
};
