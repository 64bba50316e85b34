import { describe, expect, it } from "vitest";
import { corroborate, sourceKey, type CitationFacts } from "./corroboration";

const c = (articleId: number, over: Partial<CitationFacts> = {}): CitationFacts => ({
  articleId,
  publishedFrom: "2025-05-15",
  publishedTo: "2025-05-31",
  publisher: null,
  originalReporter: null,
  attribution: "own_reporting",
  attributedTo: null,
  role: "first_report",
  ...over,
});

describe("corroborate", () => {
  it("three relays of the WSJ are one independent source, none of them a first report", () => {
    const wsj = { attribution: "relays_outlet", attributedTo: "The Wall Street Journal" } as const;
    const r = corroborate([
      c(1, { ...wsj }),
      c(1, { role: "company_response", attribution: "official_statement", attributedTo: "Meta" }),
      c(2, { ...wsj, role: "re_report", attributedTo: "Wall Street Journal" }),
      c(4, { ...wsj, role: "re_report", publishedTo: "2025-05-18" }),
    ]);
    expect(r.independentSources).toBe(1);
    expect(r.sources).toEqual([{ name: "The Wall Street Journal", articleIds: [1, 2, 4] }]);
    expect(r.articleCount).toBe(3);
    expect(r.roles).toEqual(["re_report", "company_response", "re_report", "re_report"]);
    // No original in hand: the lead is the earliest relay (15–18 May before 15–31 May).
    expect(r.leadArticleId).toBe(4);
    expect(r.leadIsOriginal).toBe(false);
  });

  it("an article with its own reporting counts for its publisher and leads when earliest", () => {
    const r = corroborate([
      c(7, {
        publisher: "Reuters",
        publishedFrom: "2025-06-02",
        publishedTo: "2025-06-02",
        role: "re_report",
      }),
      c(8, {
        publisher: "Bloomberg",
        publishedFrom: "2025-06-01",
        publishedTo: "2025-06-01",
        role: "re_report",
      }),
      c(9, {
        publisher: "Heise",
        attribution: "relays_outlet",
        attributedTo: "Bloomberg",
        publishedFrom: "2025-06-03",
      }),
    ]);
    expect(r.independentSources).toBe(2);
    expect(r.leadArticleId).toBe(8);
    expect(r.leadIsOriginal).toBe(true);
    expect(r.roles).toEqual(["follow_up", "first_report", "re_report"]);
  });

  it("the article's original reporter names the relayed outlet when the quote does not", () => {
    const r = corroborate([c(1, { attribution: "relays_outlet", originalReporter: "AFP" })]);
    expect(r.sources[0]?.name).toBe("AFP");
  });

  it("no citations: nothing to count", () => {
    expect(corroborate([])).toMatchObject({ independentSources: 0, leadArticleId: null, articleCount: 0 });
  });

  it("normalises outlet names", () => {
    expect(sourceKey("The Wall Street Journal")).toBe(sourceKey("wall street journal"));
  });

  describe("the lead is the earliest by the last day of a fuzzy date (ADR 007)", () => {
    // The starter pack's Behemoth delay: The Decoder is dated "May–June 2025 (inferred)", WinBuzzer
    // 15 May 2025. Counting from the first day put The Decoder (1 May) first.
    const decoder = (over: Partial<CitationFacts> = {}) =>
      c(10, { publisher: "The Decoder", publishedFrom: "2025-05-01", publishedTo: "2025-06-30", ...over });
    const winbuzzer = (over: Partial<CitationFacts> = {}) =>
      c(20, { publisher: "WinBuzzer", publishedFrom: "2025-05-15", publishedTo: "2025-05-15", ...over });
    const wsj = { attribution: "relays_outlet", attributedTo: "The Wall Street Journal" } as const;

    it("between relays, WinBuzzer (15 May) leads The Decoder (May–June)", () => {
      const r = corroborate([decoder({ ...wsj }), winbuzzer({ ...wsj, role: "re_report" })]);
      expect(r.leadArticleId).toBe(20);
      expect(r.leadIsOriginal).toBe(false);
    });

    it("between originals, the earlier last day is the first report, the other a follow-up", () => {
      const r = corroborate([decoder(), winbuzzer({ role: "re_report" })]);
      expect(r.leadArticleId).toBe(20);
      expect(r.roles).toEqual(["follow_up", "first_report"]);
    });

    it("on the same last day the narrower date leads; an undated article comes last", () => {
      const wide = c(1, { publisher: "A", publishedFrom: "2025-05-01", publishedTo: "2025-05-31" });
      const narrow = c(2, { publisher: "B", publishedFrom: "2025-05-31", publishedTo: "2025-05-31" });
      const undated = c(3, { publisher: "C", publishedFrom: null, publishedTo: null });
      expect(corroborate([undated, wide, narrow]).leadArticleId).toBe(2);
      expect(corroborate([undated, wide]).leadArticleId).toBe(1);
    });
  });
});
