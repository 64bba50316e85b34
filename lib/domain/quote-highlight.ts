/**
 * Finds each citation quote in an article body and returns the body as segments, each knowing
 * which quotes cover it, so the article page can wrap quoted sentences in <mark> as React text.
 *
 * Quotes are stored verbatim, but editors paste them from other renderings of the text: line
 * breaks become spaces and typographic quotes become straight ones. Matching therefore runs on a
 * normalised copy of both (whitespace runs → one space, quote marks → ", dashes → -), and the
 * match is mapped back to the body's own characters.
 */

export interface QuoteToFind<Id> {
  id: Id;
  quote: string;
}

export interface BodySegment<Id> {
  text: string;
  /** the quotes that cover this stretch of text; empty for plain text */
  quoteIds: Id[];
}

export interface QuoteHighlight<Id> {
  segments: BodySegment<Id>[];
  /** quotes that could not be found in the body (shown separately, never silently lost) */
  missing: Id[];
}

const QUOTE_CHARS = /["'„“”‚‘’«»‹›]/u;
const DASH_CHARS = /[‐‑‒–—−]/u;

interface Normalised {
  text: string;
  /** index in the original string of each character of `text` */
  map: number[];
}

function normalise(input: string): Normalised {
  let text = "";
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += " ";
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    text += QUOTE_CHARS.test(ch) ? '"' : DASH_CHARS.test(ch) ? "-" : ch.toLowerCase();
    map.push(i);
  }
  return { text, map };
}

/**
 * The quote as normalised text, and a fallback without its own enclosing quotation marks and
 * trailing ellipsis, which an editor may have added and the body lacks.
 */
function candidatesOf(q: string): string[] {
  const full = normalise(q).text;
  const core = full
    .replace(/^"+|"+$/g, "")
    .replace(/(\.\.\.|…)$/u, "")
    .trim();
  return [full, core].filter((c, i, all) => c.length > 0 && all.indexOf(c) === i);
}

export function highlightQuotes<Id>(body: string, quotes: readonly QuoteToFind<Id>[]): QuoteHighlight<Id> {
  const nb = normalise(body);
  // Character-level coverage: which quote ids cover each body character.
  const cover: Id[][] = Array.from({ length: body.length }, () => []);
  const missing: Id[] = [];
  for (const { id, quote } of quotes) {
    const core = candidatesOf(quote).find((c) => nb.text.includes(c));
    let at = core ? nb.text.indexOf(core) : -1;
    if (!core || at < 0) {
      missing.push(id);
      continue;
    }
    // Mark every occurrence: a sentence quoted once may appear twice (e.g. a teaser repeats it).
    while (at >= 0) {
      const start = nb.map[at]!;
      const end = nb.map[at + core.length - 1]! + 1;
      for (let i = start; i < end; i++) {
        const c = cover[i]!;
        if (!c.includes(id)) c.push(id);
      }
      at = nb.text.indexOf(core, at + core.length);
    }
  }
  const segments: BodySegment<Id>[] = [];
  let i = 0;
  while (i < body.length) {
    const ids = cover[i]!;
    let j = i + 1;
    while (j < body.length && sameIds(cover[j]!, ids)) j++;
    segments.push({ text: body.slice(i, j), quoteIds: ids });
    i = j;
  }
  return { segments, missing };
}

function sameIds<Id>(a: Id[], b: Id[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
