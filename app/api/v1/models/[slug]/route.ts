// GET /api/v1/models/:slug — a model with its lifecycle and reported release commitments.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { atRequestTime, badRequest, json, notFound } from "@/lib/api/http";
import { getModelBySlug } from "@/lib/data/models";
import { first, isoDaySchema, paramsToRecord, slugSchema } from "@/lib/validation/params";

const ModelQuery = z.object({ asOf: z.preprocess(first, isoDaySchema.optional()) });

export async function GET(request: NextRequest, ctx: RouteContext<"/api/v1/models/[slug]">) {
  await atRequestTime();
  const { slug } = await ctx.params;
  const slugResult = slugSchema.safeParse(slug);
  if (!slugResult.success) return notFound(`Model "${slug}"`);
  const parsed = ModelQuery.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  const model = await getModelBySlug(slugResult.data, parsed.data.asOf);
  return model ? json(model) : notFound(`Model "${slug}"`);
}
