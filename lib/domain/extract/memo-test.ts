/**
 * A regular expression's answer for a text, kept: the extractor asks some long alternations of the
 * same sentence once per cue and subject (BACKGROUND_WORDS, HABIT, NOT_A_FACT took about a seventh
 * of its time). Bounded, so a long-lived server does not keep every sentence it has read.
 */
export function memoisedTest(re: RegExp, limit = 512): (text: string) => boolean {
  // a global or sticky expression carries lastIndex from one test to the next: not a pure answer
  if (re.global || re.sticky) throw new Error(`memoisedTest needs a non-global expression: ${re}`);
  const seen = new Map<string, boolean>();
  return (text) => {
    let yes = seen.get(text);
    if (yes === undefined) {
      if (seen.size >= limit) seen.clear();
      yes = re.test(text);
      seen.set(text, yes);
    }
    return yes;
  };
}
