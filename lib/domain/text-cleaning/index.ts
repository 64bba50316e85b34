/**
 * Cleaning of article texts pasted from news sites.
 *
 * Pages arrive as plain text with the site's furniture still in it: ad markers, embed
 * placeholders, donation pleas, marketing blocks, teaser lists of other stories, image captions.
 * We remove whole lines only and never edit a kept line, because quotes we extract later must be
 * exact substrings of the cleaned text (and of the source).
 *
 * line-features.ts and furniture.ts — what a line looks like; clean.ts — the pass over the lines;
 * hash.ts — normalising and hashing for duplicate checks.
 */
export type { CleanedArticle, CleaningReason, RemovedLine } from "./types";
export { cleanArticleText } from "./clean";
export { contentHash, fnv1a64, normaliseForComparison } from "./hash";
