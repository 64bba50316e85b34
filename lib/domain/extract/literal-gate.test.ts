import { describe, expect, it } from "vitest";
import { loadLabelledSet } from "@/tests/support/extract/labelled-set";
import { gated, gatePasses, literalGate, trigramsOf } from "./literal-gate";
import { CUES } from "./cues";
import { FAMILY_CUES } from "./cue-families";
import { VOCABULARY_CUES } from "./cue-vocabulary";
import { NEWS_VERB_CUES } from "./cue-news-verbs";
import { RULES } from "./attribution-rules";

const literals = (re: RegExp) => literalGate(re)?.literals ?? null;

describe("literalGate reads what each alternative requires", () => {
  it("takes plain words as they are, lowercased", () => {
    expect(literals(/delay|Postpon|auf sich warten/i)).toEqual(["delay", "postpon", "auf sich warten"]);
  });

  it("leaves out an optional letter and whatever a class or escape stands for", () => {
    expect(literals(/colou?r/)).toEqual(["colo"]);
    expect(literals(/rchite[kc]tur/i)).toEqual(["rchite"]);
    expect(literals(/\bban\b|\$\d+ million/)).toEqual(["ban", " million"]);
  });

  it("falls back to a group the alternative cannot do without", () => {
    expect(literals(/\b(?:shut|wind)s? down/)).toEqual([" down"]);
    expect(literals(/\b(?:Kartell|Justiz)\p{L}*/u)).toEqual(["kartell", "justiz"]);
  });

  it("does not count what a lookaround or an optional group holds", () => {
    expect(literals(/(?<!not )(?:very )?good/)).toEqual(["good"]);
    expect(literals(/(?!foo)x/)).toBeNull();
  });

  it("gives no gate when one alternative requires nothing it can read", () => {
    expect(literalGate(/\d+%|percent/)).toBeNull();
    expect(literalGate(/a|bc/)).toBeNull();
  });

  it("reads escaped characters as the characters", () => {
    expect(literals(/Character\.AI/)).toEqual(["character.ai"]);
  });
});

describe("gatePasses", () => {
  it("passes a text holding one of the words in any case and refuses one holding none", () => {
    const gate = literalGate(/verschob|delay/i)!;
    expect(gatePasses(gate, trigramsOf("Apple DELAYS its assistant"))).toBe(true);
    expect(gatePasses(gate, trigramsOf("Apple verschob den Start"))).toBe(true);
    expect(gatePasses(gate, trigramsOf("Apple stellt ein Modell vor"))).toBe(false);
  });

  it("needs every trigram of a word, not only its first", () => {
    const gate = literalGate(/postpone/)!;
    expect(gatePasses(gate, trigramsOf("a post about a phone"))).toBe(false);
  });

  it("refuses trigrams of an earlier text", () => {
    const gate = literalGate(/delay/)!;
    const first = trigramsOf("one text with a delay");
    trigramsOf("another text");
    expect(() => gatePasses(gate, first)).toThrow(/earlier text/);
  });
});

/**
 * The gate may only say no where the pattern says no: checked for every cue hint and every
 * attribution hint on every line of the labelled articles, and on the same lines shouted and
 * lowercased (case must not fool the table).
 */
describe("a gated pattern answers as the pattern does", () => {
  const lines = loadLabelledSet({ seed: true, starter: true })
    .articles.flatMap((a) => a.text.split(/\n+/))
    .flatMap((l) => [l, l.toUpperCase(), l.toLowerCase()]);
  const hints = [
    ...[...CUES, ...FAMILY_CUES, ...VOCABULARY_CUES, ...NEWS_VERB_CUES].flatMap((c) =>
      c.hint ? [c.hint] : [],
    ),
    ...RULES.map((r) => r.hint),
  ];

  it("gates most hints", () => {
    expect(hints.filter((h) => literalGate(h)).length).toBeGreaterThan(hints.length * 0.8);
  });

  it("never refuses a line the hint matches, and refuses many", () => {
    let refused = 0;
    for (const hint of hints) {
      const test = gated(hint);
      for (const line of lines) {
        const want = hint.test(line);
        const got = test(line);
        if (!got) refused++;
        if (got !== want) expect.fail(`${hint} on ${JSON.stringify(line.slice(0, 120))}: ${got} vs ${want}`);
      }
    }
    expect(refused).toBeGreaterThan(hints.length * lines.length * 0.5);
  });

  it("never refuses a line a cue's own pattern matches", () => {
    const cues = [...CUES, ...FAMILY_CUES, ...VOCABULARY_CUES, ...NEWS_VERB_CUES].filter((c) => c.reGate);
    expect(cues.length).toBeGreaterThan(100);
    for (const c of cues) {
      const re = new RegExp(c.re.source, c.re.flags.replace("g", ""));
      for (const line of lines) {
        if (re.test(line) && !gatePasses(c.reGate!, trigramsOf(line)))
          expect.fail(`${c.re.source.slice(0, 80)} on ${JSON.stringify(line.slice(0, 120))}`);
      }
    }
  });
});
