/**
 * Splits a cleaned article into sentences that are exact slices of it, so every quote the
 * assistant proposes can be found again in the stored text.
 */

export interface Sentence {
  /** verbatim slice of the text: text.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** index of the line (paragraph) the sentence belongs to */
  paragraph: number;
  /** position in the whole article */
  index: number;
}

// Abbreviations after which a full stop does not end a sentence (compared in lower case).
// prettier-ignore
const ABBREVIATIONS = new Set([
  "mrd", "mio", "bio", "mill", "mia", "tsd", "dr", "prof", "nr", "bzw", "ca", "etc", "inkl", "ggf", "evtl", "vgl", "usw",
  "z.b", "u.a", "d.h", "s", "st", "inc", "corp", "co", "ltd", "bros", "mr", "mrs", "ms", "vs", "u.s", "jr", "sr",
  "no", "approx", "est", "dt", "jan", "feb", "aug", "sept", "okt", "oct", "nov", "dez", "dec", "abs",
]);

const CLOSERS = "\"'“”„»«’)\\]";
// a full stop glued to the next sentence, as some pages print it ("workforce reduction.Citing
// an unnamed source"): a lower-case word, the stop, a capitalised word
const BOUNDARY = new RegExp(
  `[.!?…]+[${CLOSERS}]*(?:(?=\\s+|$)|(?<=\\p{Ll}{3}\\.)(?=\\p{Lu}\\p{Ll}{2}))`,
  "gu",
);

function endsWithAbbreviation(before: string): boolean {
  // Only the tail matters; an end-anchored regex over the whole line would be quadratic.
  const word = /([\p{L}.]+)$/u.exec(before.slice(-24))?.[1]?.toLowerCase();
  if (!word) return false;
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "z.B"
}

/** "am 15. Mai", "das 3. Quartal": a one- or two-digit number with a dot is an ordinal. */
function isOrdinal(before: string, after: string): boolean {
  return /(?:^|[^\d.,])\d{1,2}$/.test(before.slice(-4)) && /^\s+\S/.test(after);
}

/** A lone full stop ends a sentence unless it closes an abbreviation or an ordinal. */
function stopEndsSentence(before: string, after: string): boolean {
  return !endsWithAbbreviation(before) && !isOrdinal(before, after);
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  const contentEnd = line.trimEnd().length;
  const push = (end: number) => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== "") {
      out.push({
        text,
        start: offset + start + lead,
        end: offset + start + lead + text.length,
        paragraph,
        index: out.length,
      });
    }
    start = end;
  };
  for (const m of line.matchAll(BOUNDARY)) {
    const markAt = m.index;
    const end = markAt + m[0].length;
    const before = line.slice(start, markAt);
    if (end >= contentEnd) continue; // the line's end closes the sentence anyway
    const after = line.slice(end, end + 8);
    if (m[0] === "." && !stopEndsSentence(before, after)) continue;
    // A new sentence starts with a capital, a digit or an opening quote, or a name written with a
    // small letter first ("xAI verbrennt …", "iPhone-Verkäufe …")
    if (!/^\s*(?:[\p{Lu}\d"„“»«'‚(]|\p{Ll}\p{Lu})/u.test(after)) continue;
    push(end);
  }
  push(line.length);
}

/**
 * A paragraph cut inside a sentence, as pages with inline links are often copied: "… vorstellen.
 * Jetzt ist gemäss" + "'The Information' jedoch …". The line holds a full stop that ends a
 * sentence (so it is no heading) but does not itself end like a sentence, and text follows.
 */
function breaksOff(line: string, next: string | undefined): boolean {
  if (next === undefined || next.trim() === "") return false;
  const content = line.trimEnd();
  if (!/[\p{L}\p{N},]$/u.test(content)) return false;
  for (const m of content.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0] !== "." || end >= content.length) continue;
    const before = content.slice(0, m.index);
    const after = content.slice(end, end + 8);
    if (stopEndsSentence(before, after) && /^\s+\p{Lu}/u.test(after)) return true;
  }
  return false;
}

/**
 * Each line is a paragraph; headings without a full stop are sentences of their own. A line cut
 * inside a sentence (breaksOff) goes on in the next one, which belongs to the same paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split("\n");
  let offset = 0;
  let paragraph = 0;
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k]!;
    while (breaksOff(line, lines[k + 1])) line = `${line}\n${lines[++k]}`;
    if (line.trim() !== "") {
      splitLine(line, offset, paragraph, out);
      paragraph++;
    }
    offset += line.length + 1;
  }
  return out;
}

const OPENERS = new Set(["“", "„", "»", "«"]);
const CLOSERS_OF: Record<string, string> = { "“": "”", "„": "“", "»": "«", "«": "»", '"': '"' };

/**
 * Whether offset `at` of a sentence lies inside a quotation of at least `minLength` characters
 * that starts a sentence of its own: a statement someone makes ("“We trust the community …”, Altman wrote"), not a phrase set in
 * quotation marks ("“significant management changes”").
 */
export function insideQuotation(sentence: string, at: number, minLength = 40): boolean {
  for (let i = 0; i < at; i++) {
    const open = sentence[i]!;
    if (!OPENERS.has(open) && open !== '"') continue;
    const close = sentence.indexOf(CLOSERS_OF[open]!, i + 1);
    const end = close < 0 ? sentence.length : close;
    // a quotation that starts in lower case is wording woven into the sentence ("the report says
    // \"the company found …\""), not a statement of its own
    if (at < end) return end - i >= minLength && /^\s*\p{Lu}/u.test(sentence.slice(i + 1, i + 3));
    i = end;
  }
  return false;
}
