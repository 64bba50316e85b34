/** A name without case, accents or ß: "Süddeutsche" → "suddeutsche", "Straße" → "strasse". */
export function foldName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();
}

/** "The Wall Street Journal" → "the-wall-street-journal"; "Süddeutsche Zeitung" → "suddeutsche-zeitung". */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/g, "");
}
