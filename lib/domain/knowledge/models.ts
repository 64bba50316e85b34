import modelRows from "./data/models.json" with { type: "json" };
import { germanGenitive, withGermanForms } from "./german";
import { modelRowSchema, parseKnowledgeRows } from "./rows";
import type { KnownModel } from "./types";

/**
 * Reviewed list of AI models and products (issue 9 §2) — families, versions, codenames, chips —
 * kept as data in data/models.json (one entry per line, grouped by owner). Slugs follow the seed
 * (llama-4-behemoth, gpt-5, claude-3-5-opus, avocado …) and otherwise the slugified canonical name.
 * `family` points at the family entry's slug. Bare words that are ordinary nouns ("Scout",
 * "Orion") stay aliases only where the news uses them as names.
 *
 * Families and products get the German genitive of their name ("ChatGPTs", "Siris", "Alexas"); a
 * version name ending in a digit is not inflected in German text, so versions get none.
 *
 * Entries a reviewer may wonder about: the LLM-based, "personalized" Siri Apple keeps postponing
 * is news about `siri` itself, as the starter pack files it (one model with those names), not a
 * product of its own; `gpt-oss` carries `descriptions` because it was announced in 2025 as
 * OpenAI's first "open-weight model" since GPT-2 and only named at release.
 */
export const MODELS: readonly KnownModel[] = parseKnowledgeRows(
  "data/models.json",
  modelRowSchema,
  modelRows,
).map((row) =>
  withGermanForms(row, row.kind === "family" || row.kind === "product" ? germanGenitive(row.name) : null),
);
