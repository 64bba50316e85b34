/**
 * Guesses whether an article is German or English from its most common function words.
 * Good enough to pre-fill the form's language field, which the editor can change.
 */
const DE = new Set(["der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "für", "von", "den", "dem", "ein", "eine", "auch", "wird", "nach", "bei", "wie", "über"]);
const EN = new Set(["the", "and", "is", "not", "with", "of", "to", "for", "on", "that", "was", "are", "from", "by", "has", "have", "its", "which", "it", "as"]);

export function detectLanguage(text: string): "de" | "en" | null {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DE.has(word)) de++;
    if (EN.has(word)) en++;
  }
  if (de + en < 3) return null;
  return de >= en ? "de" : "en";
}
