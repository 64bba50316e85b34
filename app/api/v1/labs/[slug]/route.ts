// GET /api/v1/labs/:slug — a lab with its aliases, description and models.
import { atRequestTime, jsonWithEtag, notFound } from "@/lib/api/http";
import { SlugParamSchema } from "@/lib/api/query-schemas";
import { getLabBySlug } from "@/lib/data/labs";

export async function GET(request: Request, ctx: RouteContext<"/api/v1/labs/[slug]">) {
  await atRequestTime();
  const { slug } = await ctx.params;
  const parsed = SlugParamSchema.safeParse(slug);
  if (!parsed.success) return notFound(`Lab "${slug}"`);
  const lab = await getLabBySlug(parsed.data);
  return lab ? jsonWithEtag(request, lab) : notFound(`Lab "${slug}"`);
}
