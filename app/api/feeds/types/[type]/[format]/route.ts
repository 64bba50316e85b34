// GET /api/feeds/types/:type/atom.xml | rss.xml — the newest events of one type (e.g. delay).
import { z } from "zod";
import { eventFeedResponse } from "@/lib/api/feed-response";
import { atRequestTime, notFound } from "@/lib/api/http";
import { EVENT_TYPES } from "@/lib/data/dto";
import { commonMessages } from "@/lib/i18n/messages/common";

export async function GET(request: Request, ctx: RouteContext<"/api/feeds/types/[type]/[format]">) {
  await atRequestTime();
  const { type, format } = await ctx.params;
  const parsed = z.enum(EVENT_TYPES).safeParse(type);
  if (!parsed.success) return notFound(`Event type "${type}"`);
  const label = commonMessages.en.eventTypes[parsed.data];
  return eventFeedResponse(request, format, { type: [parsed.data] }, {
    title: `Slipwatch — ${label}`,
    description: `Reported ${label.toLowerCase()} events at AI labs, each with the articles that report it.`,
    sitePath: `/en?type=${parsed.data}`,
  });
}
