import { Feed } from "feed";
import type { EventDto } from "@/lib/data/dto";
import type { FeedFormat } from "@/lib/feeds/feed-paths";

/**
 * An Atom or RSS document of events, each item listing the articles that report it with links to
 * the originals and to their Slipwatch pages. Pure: takes DTOs, returns XML.
 */

export interface EventFeedOptions {
  title: string;
  description: string;
  /** absolute URL of this feed */
  selfUrl: string;
  /** absolute URL of the page the feed mirrors */
  siteUrl: string;
  origin: string;
  format: FeedFormat;
}

/**
 * The feed library marks item titles and summaries `type="html"` (RSS readers treat them as HTML
 * too) and wraps them in CDATA without escaping, so every text we put there is HTML-escaped
 * first: a reader then shows an event titled `<img onerror=…>` as that text, never as markup.
 * Escaping `>` also keeps a `]]>` in the text from closing the CDATA section.
 */
export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** The day an event became known, as a Date for the feed (noon UTC keeps the day in any zone). */
const dayDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

export function eventItemHtml(event: EventDto, origin: string): string {
  const citations = event.citations.map((c) => {
    const own = `${origin}/en/articles/${c.articleId}`;
    const original = c.url ? ` · <a href="${escapeHtml(c.url)}">original</a>` : "";
    const meta = [c.publisher, c.publishedAt].filter(Boolean).join(", ");
    return `<li><a href="${escapeHtml(own)}">${escapeHtml(c.title)}</a>${meta ? ` (${escapeHtml(meta)})` : ""}${original}<br/><q lang="${escapeHtml(c.language)}">${escapeHtml(c.quote)}</q></li>`;
  });
  return [
    `<p>${escapeHtml(event.summary)}</p>`,
    `<p>When: ${escapeHtml(event.occurred.text)} (${event.occurred.from} – ${event.occurred.to}) · Status: ${escapeHtml(event.status)}</p>`,
    citations.length ? `<p>Reported by:</p><ul>${citations.join("")}</ul>` : "",
  ].join("");
}

export function buildEventFeed(events: EventDto[], options: EventFeedOptions): string {
  const dates = events.map((e) => e.firstReportedAt ?? e.occurred.from).sort();
  const latest = dates.at(-1);
  const feed = new Feed({
    id: options.selfUrl,
    title: options.title,
    description: options.description,
    link: options.siteUrl,
    language: "en",
    // A fixed date when empty, so the document only changes when the data does.
    updated: latest ? dayDate(latest) : new Date("2025-01-01T00:00:00Z"),
    generator: "Slipwatch",
    copyright: "Quotes belong to their publishers",
    feedLinks: options.format === "atom.xml" ? { atom: options.selfUrl } : { rss: options.selfUrl },
  });
  for (const e of events) {
    feed.addItem({
      title: escapeHtml(`${e.lab.name}: ${e.title}`),
      id: `${options.origin}/api/v1/events/${e.id}`,
      guid: `${options.origin}/api/v1/events/${e.id}`,
      // The event's own page (issue 10 §6): a permanent address with all citations.
      link: `${options.origin}/en/events/${e.id}`,
      date: dayDate(e.firstReportedAt ?? e.occurred.from),
      description: escapeHtml(e.summary),
      content: eventItemHtml(e, options.origin),
      category: [{ name: e.type, term: e.type }],
    });
  }
  return options.format === "atom.xml" ? feed.atom1() : feed.rss2();
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  "atom.xml": "application/atom+xml; charset=utf-8",
  "rss.xml": "application/rss+xml; charset=utf-8",
};
