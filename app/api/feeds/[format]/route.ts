// GET /api/feeds/atom.xml | rss.xml — the newest events of every lab, with their citing articles.
import { eventFeedResponse } from "@/lib/api/feed-response";
import { atRequestTime } from "@/lib/api/http";

export async function GET(request: Request, ctx: RouteContext<"/api/feeds/[format]">) {
  await atRequestTime();
  const { format } = await ctx.params;
  return eventFeedResponse(request, format, {}, {
    title: "Slipwatch — setbacks at AI labs",
    description: "Reported setbacks at AI labs, each with the articles that report it.",
    sitePath: "/en",
  });
}
