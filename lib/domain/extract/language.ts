/** Tells German from English by counting short function words; ties go to English. */

// prettier-ignore
const DE = new Set([
  "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine", "einen",
  "zu", "für", "auf", "sich", "im", "bei", "als", "auch", "hat", "wird", "dass", "oder", "über", "sind",
  "nach", "wie", "aber", "noch", "zum", "zur",
]);
// prettier-ignore
const EN = new Set([
  "the", "and", "to", "of", "for", "is", "are", "with", "that", "has", "have", "it", "its", "on", "at",
  "by", "from", "this", "be", "was", "were", "or", "than", "said", "which", "after",
]);

export function detectLanguage(text: string): "de" | "en" {
  let de = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
  }
  return de > en ? "de" : "en";
}
