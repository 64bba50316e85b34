import { apiError } from "@/lib/api/http";
import { siteOrigin } from "@/lib/api/site-origin";
import type { EventQuery } from "@/lib/domain/event-query";
import { findEvents } from "@/lib/data/events";
import { buildEventFeed, FEED_CONTENT_TYPES } from "@/lib/feeds/build-feed";
import { isFeedFormat } from "@/lib/feeds/feed-paths";

/** The 50 newest events matching `filter` as an Atom/RSS response (shared by the feed routes). */
export async function eventFeedResponse(
  request: Request,
  format: string,
  filter: Pick<EventQuery, "lab" | "type">,
  text: { title: string; description: string; sitePath: string },
): Promise<Response> {
  if (!isFeedFormat(format))
    return apiError(404, "not_found", `Feed format "${format}" not found; use atom.xml or rss.xml`);
  const url = new URL(request.url);
  const origin = siteOrigin(request);
  const page = await findEvents({ ...filter, limit: 50 });
  const xml = buildEventFeed(page.items, {
    ...text,
    selfUrl: `${origin}${url.pathname}`,
    siteUrl: `${origin}${text.sitePath}`,
    origin,
    format,
  });
  return new Response(xml, {
    headers: { "Content-Type": FEED_CONTENT_TYPES[format], "Cache-Control": "public, max-age=300" },
  });
}
