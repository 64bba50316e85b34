/**
 * Search snippets come from PostgreSQL's ts_headline with each match between \u0002 and \u0003
 * (control characters that cannot occur in article text). Splitting on them lets the UI render
 * <mark> elements itself, so no HTML from the database is ever injected.
 */

export interface MarkedPart {
  text: string;
  marked: boolean;
}

const START = "\u0002";
const STOP = "\u0003";

export function splitMarkedText(snippet: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  let current = "";
  const flush = () => {
    if (current.length === 0) return;
    const last = parts[parts.length - 1];
    // Adjacent parts of the same kind (e.g. after a stray marker) read as one.
    if (last && last.marked === marked) last.text += current;
    else parts.push({ text: current, marked });
    current = "";
  };
  for (const ch of snippet) {
    if (ch === START || ch === STOP) {
      flush();
      marked = ch === START;
      continue;
    }
    current += ch;
  }
  flush();
  return parts;
}
