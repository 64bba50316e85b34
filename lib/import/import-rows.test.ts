import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectEach } from "@/tests/support/expect-each";
import { describeIssues, ImportArticleSchema } from "./article-row";
import { mentionMatcher } from "./mentions";
import { hostOf, normaliseArticleUrl } from "./normalise-url";

describe("ImportArticleSchema", () => {
  it("accepts the column names other tools use and normalises dates and languages", () => {
    const row = ImportArticleSchema.parse({ link: "https://x.example/a", title: " T ", text: "B", publishedAt: "2025-06-20T23:30:00-02:00", lang: "DE-de", source: "" });
    expect(row).toEqual({ url: "https://x.example/a", title: "T", body: "B", published: "2025-06-21", language: "de" });
  });

  it("names every problem of a bad row", () => {
    const r = ImportArticleSchema.safeParse({ url: "javascript:alert(1)", body: "", published: "2025-02-30", language: "fr" });
    expect(r.success).toBe(false);
    const reason = r.success ? "" : describeIssues(r.error);
    for (const field of ["url", "title", "body", "published", "language"]) expect(reason).toContain(`${field}:`);
  });

  it("rejects what is not an object", () => {
    expect(ImportArticleSchema.safeParse([1, 2]).success).toBe(false);
    expect(ImportArticleSchema.safeParse("text").success).toBe(false);
  });
});

describe("mentionMatcher", () => {
  const match = mentionMatcher([
    { slug: "meta", name: "Meta", aliases: ["Meta Platforms", "X"] },
    { slug: "openai", name: "OpenAI", aliases: [] },
    { slug: "llama-1", name: "Llama 1", aliases: ["LLaMA"] },
  ]);
  it("matches whole words, names and aliases as spelled or in capitals", () => {
    expect(match("Meta verzögert Behemoth")).toEqual(["meta"]);
    expect(match("bei META PLATFORMS und OPENAI")).toEqual(["meta", "openai"]);
    expect(match("„OpenAI“-Forscher")).toEqual(["openai"]);
    expect(match("das erste LLaMA")).toEqual(["llama-1"]);
  });
  it("does not take another spelling for a name", () => {
    expect(match("Llama 4 Behemoth und openai")).toEqual([]);
  });
  it("ignores words that merely contain a name, and one-letter aliases", () => {
    expect(match("Metadaten und Metaverse")).toEqual([]);
    expect(match("X sagt nichts")).toEqual([]);
  });
  it("finds exactly what testing every entity's pattern finds (the word prefilter loses nothing)", () => {
    const names = ["Nova", "Nova-1.0", "Nova 1", "Atlas", "Atlas AI", "GPT-4o", "o3", "C++", "Ärger KI", "x.ai"];
    const entities = names.map((name, i) => ({ slug: `e${i}`, name, aliases: i % 3 === 0 ? [names[(i + 4) % names.length]!.toLowerCase()] : [] }));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The matcher before the prefilter: every entity's pattern against the whole text.
    const naive = (text: string) =>
      entities
        .filter((e) => {
          const spellings = [e.name, ...e.aliases].filter((n) => n.length >= 2).flatMap((n) => [n, n.toUpperCase()]);
          return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u").test(text);
        })
        .map((e) => e.slug);
    const fast = mentionMatcher(entities);
    const pieces = [...names, ...names.map((n) => n.toUpperCase()), "-", ".", " ", "1", "0", "4o", "KI", "Novak", "aNova", "+", "Ä"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.array(fc.constantFrom("", " ", "-", "\n"), { maxLength: 12 }), (parts, gaps) => {
        const text = parts.map((p, i) => p + (gaps[i] ?? "")).join("");
        expect(fast(text)).toEqual(naive(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("normaliseArticleUrl", () => {
  it("drops fragments and tracking parameters, keeps the rest", () => {
    expect(normaliseArticleUrl("https://WWW.Example.com/a?id=3&utm_source=rss&fbclid=1#top")).toBe("https://www.example.com/a?id=3");
  });
  it("gives a publisher host without www", () => {
    expectEach(hostOf, [
      ["https://www.heise.de/news", "heise.de"],
      ["not a url", null],
    ]);
  });
});
