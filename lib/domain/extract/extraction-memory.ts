/**
 * What the extractor works out about a sentence and asks again later in the same extraction (a
 * costly noun-phrase search, once per proposal). extractFromText calls `forgetTexts` first, so
 * nothing outlives an extraction: a server does not keep what it read, and timing the same article
 * twice (the CPU figure of extract:eval) measures real work, not a lookup from the run before.
 */
const memories: Map<string, unknown>[] = [];

/** A map from a text to what was worked out about it, emptied at each extraction's start. */
export function keptPerExtraction<T>(): Map<string, T> {
  const seen = new Map<string, T>();
  memories.push(seen as Map<string, unknown>);
  return seen;
}

/** Drops everything kept; called at the start of each extraction. */
export function forgetTexts(): void {
  for (const seen of memories) seen.clear();
}
