/**
 * Where the knowledge base's name patterns are tried. A name's pattern starts with a lookbehind
 * that puts it at a word's start, and its first word is a prefix of that word ("OpenAI" in
 * "OpenAIs", "GPT" in "GPT-4o"): so each word of the text is visited once and only the names
 * starting with it are tried there, instead of scanning the whole text once per name (about
 * 1,700 names; ~5 of the ~24 ms an article of 10 kB took). Names whose pattern can start before
 * a word (a leading quote, a German adjective with any ending) are still scanned whole.
 * The hits are the ones a full scan gives, in its order: per name, left to right, non-overlapping.
 */

export interface ScannableName {
  /** the name's pattern */
  source: string;
  /** the lower-case first word that starts every match, or null when a whole scan is needed */
  anchor: string | null;
  /**
   * The lower-case start of the word every match continues with ("gemini" for "Google Gemini"),
   * or null: a word "Google" followed by "Cloud" need not try the fifty Google products.
   */
  next?: string | null;
  /**
   * The compiled pattern ("g" for a whole scan, sticky to try at one position), made on first
   * use: compiling all ~1,700 Unicode-aware patterns up front took 0.4 s, and most names never
   * occur in a given text.
   */
  re?: RegExp;
  /**
   * Whether the name is distinctive enough to be read in its German genitive when the bare name
   * appears nowhere else in the text ("Samsungs Chips", "Intels Chef"); short or everyday names
   * ("Scale", "Writer") are not: "Writers" is not the start-up Writer.
   */
  inflects?: boolean;
}

export interface NameScanIndex {
  byAnchor: Map<string, number[]>;
  unanchored: number[];
  /** anchors with a name that `inflects` */
  inflecting: Set<string>;
}

export function nameScanIndex(names: readonly ScannableName[]): NameScanIndex {
  const byAnchor = new Map<string, number[]>();
  const unanchored: number[] = [];
  const inflecting = new Set<string>();
  names.forEach((n, i) => {
    if (n.anchor !== null && n.inflects) inflecting.add(n.anchor);
    if (n.anchor === null) unanchored.push(i);
    else if (byAnchor.has(n.anchor)) byAnchor.get(n.anchor)!.push(i);
    else byAnchor.set(n.anchor, [i]);
  });
  return { byAnchor, unanchored, inflecting };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The first word every match of a name starts with, lower case; null for a German adjective. */
export function firstWordOf(name: string): string | null {
  const first = name.split(/[\s\u00a0-]+/).find(Boolean) ?? "";
  // a German adjective token takes any ending: no fixed word to look for
  if (/^\p{Ll}+?(?:es|er|en|em|e)$/u.test(first) && first.length > 3) return null;
  return /[\p{L}\p{N}]+/u.exec(first)?.[0].toLowerCase() ?? null;
}

/** The word every match continues with, lower case ("gemini" for "Google Gemini"), when fixed. */
export function secondWordOf(name: string): string | null {
  const tokens = name.split(/[\s\u00a0-]+/).filter(Boolean);
  const runs = (t: string) => t.match(/[\p{L}\p{N}]+/gu) ?? [];
  const inFirst = runs(tokens[0] ?? "");
  if (inFirst.length >= 2) return inFirst[1]!.toLowerCase(); // "Character.AI"
  const second = tokens[1];
  if (!second || !/^[\p{L}\p{N}]/u.test(second)) return null;
  if (/^\p{Ll}+?(?:es|er|en|em|e)$/u.test(second) && second.length > 3) return null; // any ending
  return runs(second)[0]!.toLowerCase();
}

/** Every hit of every name in `text`, as [name index, match], ordered as a scan per name would be. */
export function scanNames(
  text: string,
  names: readonly ScannableName[],
  index: NameScanIndex,
  /** a German text: a distinctive name is also read in its genitive alone ("Samsungs") */
  germanGenitives = false,
): [number, RegExpExecArray][] {
  const hits: [number, RegExpExecArray][] = [];
  for (const i of index.unanchored) {
    const name = names[i]!;
    for (const hit of text.matchAll((name.re ??= new RegExp(name.source, "gu")))) hits.push([i, hit]);
  }
  const raw = [...text.matchAll(WORD)];
  const tokens = raw.map((t) => ({ at: t.index, word: t[0].toLowerCase() }));
  // A name is tried at all only when its first word stands alone somewhere in the text: "Writers"
  // alone (the Writers Guild) does not bring in the start-up Writer, though "Writer … Writers" does.
  const words = new Set(tokens.map((t) => t.word));
  // … or, for a distinctive name, in its German genitive: "Samsungs Chips" with no "Samsung" alone
  const genitiveOnly = new Set<string>();
  for (const t of germanGenitives ? raw : []) {
    const w = t[0];
    // "AMDs", "IBMs": an acronym's genitive is short but as plain
    if ((w.length < 5 && !/^\p{Lu}{3}s$/u.test(w)) || !w.endsWith("s") || !/^\p{Lu}/u.test(w)) continue;
    const stem = w.slice(0, -1).toLowerCase();
    if (!words.has(stem) && index.inflecting.has(stem)) genitiveOnly.add(stem);
  }
  // The anchors this text can use, by first letter: a word is checked against the few that start
  // as it does, not against every prefix of it.
  const usable = new Map<string, string[]>();
  for (const w of [...words, ...genitiveOnly]) {
    if (!index.byAnchor.has(w)) continue;
    const first = w[0]!;
    if (usable.has(first)) usable.get(first)!.push(w);
    else usable.set(first, [w]);
  }
  const nextFree = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const { at, word } = tokens[k]!;
    const following = tokens[k + 1]?.word ?? "";
    const anchors = usable.get(word[0]!);
    if (!anchors) continue;
    for (const anchor of anchors) {
      if (!word.startsWith(anchor)) continue;
      const list = index.byAnchor.get(anchor)!;
      for (const i of list) {
        if ((nextFree.get(i) ?? 0) > at) continue;
        const name = names[i]!;
        if (genitiveOnly.has(anchor) && !name.inflects) continue;
        if (name.next && !following.startsWith(name.next)) continue;
        const sticky = (name.re ??= new RegExp(name.source, "uy"));
        sticky.lastIndex = at;
        const hit = sticky.exec(text);
        if (!hit) continue;
        nextFree.set(i, hit.index + hit[0].length);
        hits.push([i, hit]);
      }
    }
  }
  // Stable: the callers' own sort keeps this order for ties, as it kept the per-name scan's.
  return hits.sort((a, b) => a[0] - b[0] || a[1].index - b[1].index);
}
