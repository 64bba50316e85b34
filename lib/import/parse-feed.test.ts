import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedParseError, feedDateToIsoDay, htmlToText, parseFeed } from "./parse-feed";

const fixture = (name: string) => readFileSync(path.resolve("tests/integration/fixtures/io-feeds", name), "utf8");

describe("parseFeed", () => {
  it("reads RSS 2.0 items with content:encoded, dc:creator and RFC 822 dates", () => {
    const feed = parseFeed(fixture("publisher-rss.xml"));
    expect(feed).toMatchObject({ kind: "rss", title: "Example Tech News", language: "de" });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({
      title: "Meta stellt Llama 4 Behemoth erneut zurück",
      link: "https://technews.example.net/2025/06/behemoth-again?utm_source=rss",
      guid: "tn-1001",
      published: "2025-06-20",
      author: "Erika Muster",
    });
    expect(feed.items[0]?.text.split("\n")).toEqual([
      "Das größte Modell kommt nicht vor dem Herbst.",
      "Meta verschiebt den Start von Behemoth laut Insidern auf Herbst oder später.",
      "Ingenieure zweifeln an den Fortschritten.",
    ]);
    expect(feed.items[1]?.text).toBe("Zwölf Geräte im Vergleich & ein klarer Sieger.");
  });

  it("reads Atom entries, preferring the alternate link and the published date", () => {
    const feed = parseFeed(fixture("publisher-atom.xml"));
    expect(feed).toMatchObject({ kind: "atom", title: "Example AI Wire", language: "en" });
    expect(feed.items[0]).toMatchObject({
      link: "https://aiwire.example.com/openai-departures",
      published: "2025-07-01",
      author: "Jane Doe",
      text: "Meta’s superintelligence lab hired them.",
    });
    expect(feed.items[1]).toMatchObject({ link: "https://aiwire.example.com/gardening", published: "2025-07-02", author: null });
  });

  it("reads RSS 1.0 (RDF)", () => {
    const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>R</title></channel><item><title>One</title><link>https://r.example/1</link><dc:date>2025-03-04T05:06:07Z</dc:date></item></rdf:RDF>`;
    expect(parseFeed(xml).items).toEqual([
      { title: "One", link: "https://r.example/1", guid: null, published: "2025-03-04", author: null, text: "" },
    ]);
  });

  it("rejects broken XML and documents that are not feeds, saying why", () => {
    expect(() => parseFeed("<rss><channel><item></channel>")).toThrow(FeedParseError);
    expect(() => parseFeed("<rss><channel><item></channel>")).toThrow(/not well-formed/);
    expect(() => parseFeed("<html><body/></html>")).toThrow(/neither an RSS nor an Atom/);
  });
});

describe("helpers", () => {
  it("turns HTML into text lines and decodes entities", () => {
    expect(htmlToText("<p>A&nbsp;&amp;&#8217;B</p><script>x()</script><br>C &#x263A;")).toBe("A &’B\nC ☺");
  });
  it("reads feed dates as UTC days and refuses nonsense", () => {
    expect(feedDateToIsoDay("Tue, 17 Mar 2026 23:30:00 -0200")).toBe("2026-03-18");
    expect(feedDateToIsoDay("gestern")).toBeNull();
  });
});
