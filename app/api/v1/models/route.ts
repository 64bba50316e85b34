// GET /api/v1/models — every model with its lab and current status: { items }.
import { atRequestTime, jsonWithEtag } from "@/lib/api/http";
import { findModels } from "@/lib/data/models";

export async function GET(request: Request) {
  await atRequestTime();
  return jsonWithEtag(request, { items: await findModels() });
}
