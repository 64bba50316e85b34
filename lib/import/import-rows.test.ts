import { describe, expect, it } from "vitest";
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
});

describe("normaliseArticleUrl", () => {
  it("drops fragments and tracking parameters, keeps the rest", () => {
    expect(normaliseArticleUrl("https://WWW.Example.com/a?id=3&utm_source=rss&fbclid=1#top")).toBe("https://www.example.com/a?id=3");
  });
  it("gives a publisher host without www", () => {
    expect(hostOf("https://www.heise.de/news")).toBe("heise.de");
    expect(hostOf("not a url")).toBeNull();
  });
});
