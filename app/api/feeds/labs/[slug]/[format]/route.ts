// GET /api/feeds/labs/:slug/atom.xml | rss.xml — one lab's newest events, to follow a lab.
import { eventFeedResponse } from "@/lib/api/feed-response";
import { atRequestTime, notFound } from "@/lib/api/http";
import { SlugParamSchema } from "@/lib/api/query-schemas";
import { getLabBySlug } from "@/lib/data/labs";

export async function GET(request: Request, ctx: RouteContext<"/api/feeds/labs/[slug]/[format]">) {
  await atRequestTime();
  const { slug, format } = await ctx.params;
  const parsed = SlugParamSchema.safeParse(slug);
  const lab = parsed.success ? await getLabBySlug(parsed.data) : null;
  if (!lab) return notFound(`Lab "${slug}"`);
  return eventFeedResponse(request, format, { lab: [lab.slug] }, {
    title: `Slipwatch — ${lab.name}`,
    description: `Reported setbacks at ${lab.name}, each with the articles that report it.`,
    sitePath: `/en/labs/${lab.slug}`,
  });
}
