// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the routes' zod schemas.
import { atRequestTime, jsonWithEtag } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export async function GET(request: Request) {
  await atRequestTime();
  return jsonWithEtag(request, buildOpenApiDocument(new URL(request.url).origin));
}
