// GET /api/v1/events/:id — one event with its citations (asOf hides later citations).
import type { NextRequest } from "next/server";
import { atRequestTime, badRequest, jsonWithEtag, notFound } from "@/lib/api/http";
import { AsOfQuerySchema, IdParamSchema } from "@/lib/api/query-schemas";
import { getEventById } from "@/lib/data/events";
import { paramsToRecord } from "@/lib/validation/params";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/events/[id]">) {
  await atRequestTime();
  const { id } = await ctx.params;
  const idResult = IdParamSchema.safeParse(id);
  if (!idResult.success) return notFound(`Event "${id}"`);
  const parsed = AsOfQuerySchema.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const event = await getEventById(idResult.data, parsed.data.asOf);
  return event ? jsonWithEtag(request, event) : notFound(`Event ${id}`);
}
