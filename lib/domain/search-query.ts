/**
 * Turns what a reader types into a PostgreSQL tsquery string that works for German.
 * Postgres' German stemmer maps "Verzögerung" to 'verzoger' but "verzögert" to 'verzogert', so an
 * exact stem match misses the obvious hit. Each term therefore becomes a prefix match on its stem
 * ('verzoger':*), which finds the verb, the noun and the plural alike. Terms are ANDed; a leading
 * "-" excludes a term; "OR" between terms makes an alternative.
 */

const MAX_TERMS = 12;

export function buildPrefixTsQuery(input: string): string | null {
  const tokens = input.normalize("NFC").match(/-?[\p{L}\p{N}]+|\bOR\b/gu) ?? [];
  const parts: string[] = [];
  let pendingOr = false;
  for (const token of tokens.slice(0, MAX_TERMS * 2)) {
    if (token === "OR") {
      pendingOr = parts.length > 0;
      continue;
    }
    const negated = token.startsWith("-");
    const word = (negated ? token.slice(1) : token).toLowerCase();
    if (word.length === 0) continue;
    const term = `${negated ? "!" : ""}${word}:*`;
    if (parts.length === 0) parts.push(term);
    else parts.push(`${pendingOr ? "|" : "&"} ${term}`);
    pendingOr = false;
    if (parts.length >= MAX_TERMS) break;
  }
  if (parts.length === 0) return null;
  // A query of only exclusions matches nearly everything; treat it as no query.
  if (parts.every((p) => p.replace(/^[&|] /, "").startsWith("!"))) return null;
  return parts.join(" ");
}
