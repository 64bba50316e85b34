import type { KnownEntity } from "@/lib/domain/extract/types";

/**
 * Which tracked labs and models a text names. Whole-word matches on the name and the aliases as
 * spelled, or in capitals (headlines): "Meta" matches "Meta verzögert" and "META" but not
 * "Metadaten"; the alias "LLaMA" (the first model) does not match "Llama 4". Pure.
 *
 * With a thousand tracked models, testing every model's pattern against every article was most of
 * an import's time (5 ms an article). A name can only match where each of its words (runs of
 * letters and digits) stands as a whole word in the text, so the text's words pick the few
 * entities worth testing first; the patterns then decide exactly as before.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Runs of letters and digits: the same characters the patterns' word boundaries look at. */
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (s: string): string[] => s.match(WORD) ?? [];

export interface MentionMatcher {
  (text: string): string[];
}

export function mentionMatcher(entities: KnownEntity[]): MentionMatcher {
  const patterns = entities.map((e) => {
    // Very short aliases ("X") would match everywhere; two letters is the least we trust.
    const names = [e.name, ...e.aliases].map((n) => n.trim()).filter((n) => n.length >= 2);
    const spellings = [...new Set(names.flatMap((n) => [n, n.toUpperCase()]))];
    const alternatives = [...spellings].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return {
      slug: e.slug,
      spellings: spellings.map(wordsOf),
      re: alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "u") : null,
    };
  });
  // Spellings by their first word; a spelling without letters or digits is tested on every text.
  const byFirstWord = new Map<string, { entity: number; words: string[] }[]>();
  const always = new Set<number>();
  patterns.forEach((p, entity) => {
    for (const words of p.spellings) {
      const first = words[0];
      if (first === undefined) {
        always.add(entity);
        continue;
      }
      const list = byFirstWord.get(first) ?? [];
      list.push({ entity, words });
      byFirstWord.set(first, list);
    }
  });
  return (text: string) => {
    const words = new Set(wordsOf(text));
    const candidates = new Set(always);
    for (const word of words) {
      for (const s of byFirstWord.get(word) ?? []) {
        if (!candidates.has(s.entity) && s.words.every((w) => words.has(w))) candidates.add(s.entity);
      }
    }
    return [...candidates]
      .sort((a, b) => a - b)
      .filter((i) => patterns[i]!.re?.test(text))
      .map((i) => patterns[i]!.slug);
  };
}
