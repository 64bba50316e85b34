/**
 * Reviewed list of AI models and products (issue 9 §2): families, versions, codenames, chips.
 * Slugs follow the seed (llama-4-behemoth, gpt-5, claude-3-5-opus, avocado …) and otherwise the
 * slugified canonical name. `family` points at the family entry's slug. Bare words that are
 * ordinary nouns ("Scout", "Orion") stay aliases only where the news uses them as names.
 */
import type { KnownModel } from "../types";
import { BIG_TECH_MODELS } from "./big-tech";
import { FRONTIER_LAB_MODELS } from "./frontier-labs";
import { OTHER_LAB_MODELS } from "./other-labs";

export const MODELS: readonly KnownModel[] = [
  ...FRONTIER_LAB_MODELS,
  ...BIG_TECH_MODELS,
  ...OTHER_LAB_MODELS,
];
