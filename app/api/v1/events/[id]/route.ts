// GET /api/v1/events/:id — one event with its citations (asOf hides later citations).
import type { NextRequest } from "next/server";
import { recordById } from "@/lib/api/route-shapes";
import { getEventById } from "@/lib/data/events";

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/events/[id]">) {
  const { id } = await ctx.params;
  return recordById(request, id, "Event", getEventById);
}
