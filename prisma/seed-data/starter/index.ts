import { DE_PACK } from "./de";
import { EN_PACK } from "./en";
import type { StarterPack } from "./types";

export type { StarterArticle, StarterPack } from "./types";

/** Both halves of the starter pack; the loader merges labs, models, publishers and events by key. */
export const STARTER_PACKS: readonly StarterPack[] = [DE_PACK, EN_PACK];
