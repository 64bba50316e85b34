import { describe, expect, it } from "vitest";
import { loadLabelledSet } from "@/tests/support/extract/labelled-set";
import { CUES } from "./cues";
import { SHARE, SHARE_HINT } from "./cue-stock";
import { FAMILY_CUES } from "./cue-families";
import { VOCABULARY_CUES } from "./cue-vocabulary";
import { NEWS_VERB_CUES } from "./cue-news-verbs";
import type { Cue } from "./cue-pattern";

/**
 * Most hints are a cheap test run before a costly pattern, so they must hold wherever the pattern
 * matches: a hint that misses a form the pattern accepts would silently drop that cue. Checked on
 * every match in every line of every labelled article (English and German news).
 * Two departure cues use their hint as a condition instead ("left", "wechselt zu" count only with
 * people named in the sentence: CEO, researcher, Mitarbeiter …); those are left out here.
 */
const PEOPLE_CONDITION = /^\(\?:CEO\|/;
const lines = loadLabelledSet({ seed: true, starter: true }).articles.flatMap((a) => a.text.split(/\n+/));

describe.each([
  ["CUES", CUES],
  ["FAMILY_CUES", FAMILY_CUES],
  ["VOCABULARY_CUES", VOCABULARY_CUES],
  ["NEWS_VERB_CUES", NEWS_VERB_CUES],
] as const)("hints of %s", (_, cues: readonly Cue[]) => {
  const hinted = cues.filter((c) => c.hint && !PEOPLE_CONDITION.test(c.hint.source));

  it("has hinted cues to check", () => {
    expect(hinted.length).toBeGreaterThan(5);
  });

  it.each(hinted.map((c) => [c.type, c.re.source.slice(0, 60), c] as const))(
    "%s %s…: the hint matches every text the pattern matches",
    (_type, _source, c) => {
      for (const line of lines) {
        for (const m of line.matchAll(c.re)) {
          expect(c.hint!.test(m[0]), `hint misses ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
    },
  );
});

it("the share-word hint holds wherever a share word is found", () => {
  let found = 0;
  for (const line of lines)
    for (const m of line.matchAll(SHARE)) {
      found++;
      expect(SHARE_HINT.test(m[0]), `hint misses ${JSON.stringify(m[0])}`).toBe(true);
    }
  expect(found).toBeGreaterThan(20);
});
