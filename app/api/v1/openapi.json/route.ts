// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the routes' zod schemas.
import { atRequestTime, jsonWithEtag } from "@/lib/api/http";
import { siteOrigin } from "@/lib/api/site-origin";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export async function GET(request: Request) {
  await atRequestTime();
  return jsonWithEtag(request, buildOpenApiDocument(siteOrigin(request)));
}
