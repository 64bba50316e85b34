/**
 * A regular-expression alternation of literal words, longest first so that "Ende" never wins over
 * "Endes" and "Mrd." over "Mrd". Shared by the date and amount parsers.
 */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
