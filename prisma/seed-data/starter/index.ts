import { DE_PACK } from "./de";
import { EN_PACK } from "./en";
import { MORE_PACK } from "./more";
import type { StarterPack } from "./types";

export type { StarterArticle, StarterPack } from "./types";

/**
 * The starter packs; the loader merges labs, models, publishers and events by key. DE_PACK and
 * EN_PACK are the set the extraction assistant is tuned on; MORE_PACK (keys hen…, hde…) is held
 * out from tuning, to estimate how it does on articles it has never seen.
 */
export const STARTER_PACKS: readonly StarterPack[] = [DE_PACK, EN_PACK, MORE_PACK];
