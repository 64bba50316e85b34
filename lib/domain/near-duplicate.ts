import { normaliseForComparison } from "@/lib/domain/text-cleaning";

/**
 * Near-identical article texts (issue 9 §4): a copy with a line added, a teaser removed or the
 * punctuation changed is the same article. Measured on word shingles (runs of SHINGLE_WORDS
 * words), because they keep word order: two different stories in the same vocabulary share
 * words and trigrams, but hardly any four-word runs. Pure; the database only supplies candidates.
 */
export const SHINGLE_WORDS = 4;
/** Share of the shorter text's shingles that must occur in the longer one. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.9;
/** Texts of very different length are not copies of each other (a quote is not the article). */
export const NEAR_DUPLICATE_MIN_LENGTH_RATIO = 0.75;
/** Shorter texts match too easily by accident: only exact copies count below this. */
export const NEAR_DUPLICATE_MIN_CHARS = 200;

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = normaliseForComparison(text).split(" ").filter(Boolean);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the smaller set lies wholly inside the larger; 0 when either is empty. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / small.size;
}

export function isNearDuplicate(a: string, b: string): boolean {
  const la = a.trim().length;
  const lb = b.trim().length;
  if (Math.min(la, lb) < NEAR_DUPLICATE_MIN_CHARS) return false;
  if (Math.min(la, lb) / Math.max(la, lb) < NEAR_DUPLICATE_MIN_LENGTH_RATIO) return false;
  return containment(shingles(a), shingles(b)) >= NEAR_DUPLICATE_CONTAINMENT;
}
