/** Comparison and hashing: when two texts are the same article. */

/**
 * Folds away differences that do not make two texts different articles: case, Unicode
 * compatibility forms, punctuation, quotes, dashes and whitespace.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * FNV-1a, 64 bit, over UTF-8 bytes, as 16 hex digits. Computed in four 16-bit limbs so it runs
 * the same in Node and the browser without BigInt cost per byte.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // offset basis 0xcbf29ce484222325, lowest limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + h0 * 0x100;
    let t3 = h3 * 0x1b3 + h1 * 0x100;
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, "0")).join("");
}

/**
 * A fingerprint for spotting the same article pasted twice or syndicated with different
 * punctuation. It is for duplicate detection only, not security: FNV is trivially forgeable.
 */
export function contentHash(text: string): string {
  return fnv1a64(normaliseForComparison(text));
}
