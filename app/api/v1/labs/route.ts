// GET /api/v1/labs — every lab with its number of events: { items: [{ slug, name, eventCount }] }
import type { NextRequest } from "next/server";
import { z } from "zod";
import { atRequestTime, badRequest, json } from "@/lib/api/http";
import { findLabs } from "@/lib/data/labs";
import { first, isoDaySchema, paramsToRecord } from "@/lib/validation/params";

const LabsQuery = z.object({ asOf: z.preprocess(first, isoDaySchema.optional()) });

export async function GET(request: NextRequest) {
  await atRequestTime();
  const parsed = LabsQuery.safeParse(paramsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error);
  return json({ items: await findLabs(parsed.data.asOf) });
}
