import type { KnownEntity } from "@/lib/domain/extract/types";

/**
 * Which tracked labs and models a text names. Whole-word matches on the name and the aliases as
 * spelled, or in capitals (headlines): "Meta" matches "Meta verzögert" and "META" but not
 * "Metadaten"; the alias "LLaMA" (the first model) does not match "Llama 4". Pure.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface MentionMatcher {
  (text: string): string[];
}

export function mentionMatcher(entities: KnownEntity[]): MentionMatcher {
  const patterns = entities.map((e) => {
    // Very short aliases ("X") would match everywhere; two letters is the least we trust.
    const names = [e.name, ...e.aliases].map((n) => n.trim()).filter((n) => n.length >= 2);
    const spellings = names.flatMap((n) => [n, n.toUpperCase()]);
    const alternatives = [...new Set(spellings)].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return {
      slug: e.slug,
      re: alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "u") : null,
    };
  });
  return (text: string) => patterns.filter((p) => p.re?.test(text)).map((p) => p.slug);
}
