import { describe, expect, it } from "vitest";
import { nameScanIndex, scanNames, type ScannableName } from "./name-scan";

const name = (source: string, anchor: string | null, next: string | null = null): ScannableName => ({
  source,
  anchor,
  next,
});

/** What scanNames replaces: every name scanned over the whole text, when its first word occurs. */
function fullScan(text: string, names: ScannableName[]): [number, number, string][] {
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return names.flatMap((n, i) =>
    n.anchor !== null && !words.has(n.anchor) ? [] : [...text.matchAll(new RegExp(n.source, "gu"))].map((h) => [i, h.index, h[0]] as [number, number, string]),
  );
}

describe("scanNames", () => {
  const names = [
    name("(?<![\\p{L}\\p{N}])OpenAI(?:s|-[\\p{L}]+)?(?![\\p{L}\\p{N}])", "openai"),
    name("(?<![\\p{L}\\p{N}])GPT[-\\s]4o(?![\\p{L}\\p{N}])", "gpt"),
    name("(?<![\\p{L}\\p{N}])GPT[-\\s]4(?![\\p{L}\\p{N}])", "gpt"),
    name("(?<![\\p{L}\\p{N}])Writer(?:s)?(?![\\p{L}\\p{N}])", "writer"),
    name("(?<![\\p{L}\\p{N}])„Strawberry“", null),
    name("(?<![\\p{L}\\p{N}])Google[\\s-]+[Gg]emini(?:s)?(?![\\p{L}\\p{N}])", "google", "gemini"),
    name("(?<![\\p{L}\\p{N}])Character\\.AI(?![\\p{L}\\p{N}])", "character", "ai"),
  ];
  const index = nameScanIndex(names);
  const texts = [
    "OpenAI hat GPT-4o vorgestellt; OpenAIs Chef sprach von GPT 4. Die OpenAI-Mitarbeiter jubelten.",
    "Laut Writers Guild streiken die Autoren.",
    "Writer, the start-up, and the Writers Guild: two names.",
    "Das Projekt „Strawberry“ von OpenAI, auch GPT-4o-mini genannt, und NotOpenAI.",
    "Google Cloud and Google Gemini; Google-Gemini, Google Geminis, Google gemini, Google. Gemini",
    "Character.AI, Character AI, Character.AIs and Character",
    "",
  ];

  it.each(texts)("finds exactly what a scan of the whole text per name finds: %j", (text) => {
    const got = scanNames(text, names, index).map(([i, h]) => [i, h.index, h[0]]);
    expect(got).toEqual(fullScan(text, names));
  });

  it("tries a name only where its first word starts a word, inflected forms included", () => {
    const got = scanNames("OpenAIs Modell und OpenAI", names, index).map(([, h]) => h[0]);
    expect(got).toEqual(["OpenAIs", "OpenAI"]);
    // "Writers" alone does not bring in "Writer"
    expect(scanNames("the Writers Guild", names, index)).toEqual([]);
  });
});
