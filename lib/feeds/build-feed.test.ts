import { describe, expect, it } from "vitest";
import type { EventDto } from "@/lib/data/dto";
import { buildEventFeed } from "./build-feed";
import { parseFeed } from "@/lib/import/parse-feed";

const event: EventDto = {
  id: 7,
  type: "delay",
  lab: { slug: "meta", name: "Meta" },
  model: null,
  counterparty: null,
  title: 'Behemoth "delayed" & more',
  summary: "Pushed to fall.",
  occurred: {
    from: "2025-09-01",
    to: "2025-11-30",
    precision: "season",
    openEnd: true,
    text: "Herbst oder später",
  },
  amountUsd: null,
  amountUsdMax: null,
  amountQualifier: null,
  amountKind: null,
  percent: null,
  headcount: null,
  headcountQualifier: null,
  status: "reported",
  firstReportedAt: "2025-05-16",
  firstReported: null,
  knownFrom: "2025-05-16",
  addedAt: "2025-05-20",
  lastChangedAt: "2025-05-20",
  titleDe: null,
  summaryDe: null,
  independentSources: 1,
  sources: [{ name: "Heise", articleIds: [3] }],
  leadArticleId: 3,
  articleCount: 1,
  version: 1,
  citations: [
    {
      articleId: 3,
      url: "https://news.example/a?x=1&y=2",
      title: 'Meta "verzögert"',
      publisher: "Heise",
      language: "de",
      publishedAt: "2025-05-16",
      published: null,
      role: "first_report",
      recordedRole: "first_report",
      quote: "<script>alert(1)</script>",
      attribution: "relays_outlet",
      attributedTo: null,
    },
  ],
};

const options = {
  title: "T",
  description: "D",
  selfUrl: "http://h/api/feeds/atom.xml",
  siteUrl: "http://h/en",
  origin: "http://h",
};

describe("buildEventFeed", () => {
  for (const format of ["atom.xml", "rss.xml"] as const) {
    it(`writes ${format} that parses back, with text escaped and the citing article linked`, () => {
      const xml = buildEventFeed([event], { ...options, format });
      expect(xml).not.toContain("<script>");
      const feed = parseFeed(xml);
      expect(feed.kind).toBe(format === "atom.xml" ? "atom" : "rss");
      expect(feed.items).toHaveLength(1);
      expect(feed.items[0]).toMatchObject({
        title: 'Meta: Behemoth "delayed" & more',
        link: "http://h/en/events/7",
        published: "2025-05-16",
      });
      expect(feed.items[0]?.text).toContain("<script>alert(1)</script>");
      expect(xml).toContain("http://h/en/articles/3");
      expect(xml).toMatch(/https:\/\/news\.example\/a\?x=1&(amp;)+y=2/);
    });
  }

  // Issue 12, finding 4: the feed library puts titles and summaries into type="html" CDATA raw,
  // so a title like this reached every feed reader as live markup.
  for (const format of ["atom.xml", "rss.xml"] as const) {
    it(`${format}: an <img onerror> title and summary reach readers as text, never as markup`, () => {
      const payload = "<img src=x onerror=alert(document.domain)>";
      const xml = buildEventFeed(
        [{ ...event, title: payload, summary: `${payload} ]]> <svg onload=alert(2)>` }],
        { ...options, format },
      );
      expect(xml).not.toMatch(/<img|<svg|<script/i);
      expect(xml).not.toContain("]]> <");
      // What a reader gets after XML parsing is HTML that, rendered, is the literal text.
      const feed = parseFeed(xml);
      expect(feed.items[0]?.title).toContain("<img src=x onerror=alert(document.domain)>");
    });
  }

  it("is the same document for the same data (no clock in it)", () => {
    expect(buildEventFeed([event], { ...options, format: "atom.xml" })).toBe(
      buildEventFeed([event], { ...options, format: "atom.xml" }),
    );
    expect(buildEventFeed([], { ...options, format: "rss.xml" })).toContain("<channel>");
  });
});
