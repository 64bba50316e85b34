/** Feed URL formats: /api/feeds/atom.xml, /api/feeds/labs/meta/rss.xml … */
export const FEED_FORMATS = ["atom.xml", "rss.xml"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export function isFeedFormat(value: string): value is FeedFormat {
  return (FEED_FORMATS as readonly string[]).includes(value);
}
