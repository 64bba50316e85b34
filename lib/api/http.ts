import { createHash } from "node:crypto";
import { connection, NextResponse } from "next/server";
import type { z } from "zod";

/** Consistent JSON responses for /api/v1: data as is, errors as { error: { code, message, issues? } }. */

export function json<T>(data: T, init?: ResponseInit): NextResponse<T> {
  return NextResponse.json(data, {
    ...init,
    headers: { "Cache-Control": "public, max-age=0, must-revalidate", ...(init?.headers ?? {}) },
  });
}

export interface ApiError {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

export function apiError(status: number, code: string, message: string, issues?: ApiError["error"]["issues"]) {
  return NextResponse.json<ApiError>({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

export function badRequest(error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.join(".") || "(query)", message: i.message }));
  const message = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return apiError(400, "bad_request", `Invalid query parameters — ${message}`, issues);
}

export const notFound = (what: string) => apiError(404, "not_found", `${what} not found`);

/**
 * Marks a handler as request-time so `next build` never prerenders it (and so never needs a
 * database). Outside Next — route handlers called directly by integration tests — there is no
 * request to mark; `NEXT_RUNTIME` (documented for instrumentation) says which case this is, as in
 * lib/data/cache.ts, rather than matching the text of Next's error.
 */
export async function atRequestTime(): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return;
  await connection();
}

/**
 * JSON with a strong validator: the ETag is a hash of the body, and a request whose
 * If-None-Match names it gets a bodiless 304. Clients revalidate every time (max-age=0) but pay
 * for the body only when the data changed.
 */
export function jsonWithEtag<T>(request: Request, data: T): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = {
    "Cache-Control": "public, max-age=0, must-revalidate",
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}
