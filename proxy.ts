import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localePath } from "@/lib/i18n/config";
import { SESSION_COOKIE_NAME, adminGateRedirect } from "@/lib/auth/admin-gate";
import { databaseReachable } from "@/lib/http/database-health";
import { isCallableAction } from "@/lib/http/action-ids";
import {
  formPostActionIds,
  isWellFormedActionBody,
  isWellFormedActionForm,
  isWellFormedFormPost,
  type FormEntry,
} from "@/lib/http/action-body";
import { detailPath, recordExists } from "@/lib/http/entity-exists";
import { unavailableJson, unavailablePage } from "@/lib/http/unavailable";
import { adminContentSecurityPolicy, newNonce } from "@/lib/security/headers";

/**
 * Admin pages get a strict script policy with a fresh nonce (docs/decisions/006-security-headers.md): Next reads the
 * nonce from the request's Content-Security-Policy header and puts it on its own scripts; an
 * injected inline script has none and does not run.
 */
function withAdminPolicy(request: NextRequest, response: (headers: Headers) => NextResponse): NextResponse {
  const policy = adminContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const res = response(headers);
  res.headers.set("Content-Security-Policy", policy);
  return res;
}

/**
 * Reader pages live under /en and /de. A path without a locale (e.g. /labs/meta from an old link)
 * is redirected to the reader's locale: their saved choice, else their browser's language.
 * This only routes; it authorises nothing (admin checks happen on the server, per request).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // With the database down, answer 503 now: once a page has started streaming its status is 200.
  if (!(await databaseReachable())) {
    if (pathname.startsWith("/api/")) return unavailableJson();
    return unavailablePage(pathname.startsWith("/de") ? "de" : "en");
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  // A server action call Next would answer with a 500: refused here with a 4xx instead.
  if (request.method === "POST") {
    const refused = await refuseActionRequest(request);
    if (refused) return refused;
  }
  const admin = pathname === "/admin" || pathname.startsWith("/admin/");
  // Matched only for the action check above (a file path or Next's internals): nothing else applies.
  if (!admin && (pathname.startsWith("/_next/") || pathname.includes("."))) return NextResponse.next();
  if (admin) {
    // Only a presence check on page loads for a real 307; pages and actions verify the session
    // themselves (a POST is a server action, which answers for itself).
    const next = (headers: Headers) => NextResponse.next({ request: { headers } });
    if (request.method !== "GET" && request.method !== "HEAD") return withAdminPolicy(request, next);
    const to = adminGateRedirect(pathname, search, request.cookies.has(SESSION_COOKIE_NAME));
    return to ? NextResponse.redirect(new URL(to, request.url), 307) : withAdminPolicy(request, next);
  }
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    // An unknown lab, model, article or event: the not-found page with a real 404 (see entity-exists).
    const detail = request.method === "GET" || request.method === "HEAD" ? detailPath(pathname) : null;
    if (detail && !(await recordExists(detail.kind, detail.key, internalOrigin(request)))) {
      return NextResponse.rewrite(new URL(`/${first}/missing`, request.url));
    }
    return NextResponse.next();
  }
  const saved = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(saved) ? saved : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = localePath(locale, pathname);
  url.search = search;
  return NextResponse.redirect(url, 307);
}

/**
 * What Next's server action handling answers with a 500 rather than a 4xx: an Origin that is not
 * this host (its CSRF check), and a body React cannot decode (see lib/http/action-body.ts). Only
 * POSTs Next treats as possible actions: a `Next-Action` header, or a form body.
 */
async function refuseActionRequest(request: NextRequest): Promise<NextResponse | null> {
  const contentType = request.headers.get("content-type")?.toLowerCase() ?? "";
  const fetchAction = request.headers.has("next-action");
  const multipart = contentType.startsWith("multipart/form-data");
  if (!fetchAction && !multipart && contentType !== "application/x-www-form-urlencoded") return null;
  const refuse = (status: number, code: string, message: string) =>
    NextResponse.json({ error: { code, message } }, { status });

  // Next compares the Origin's host with x-forwarded-host (which our HTTP server sets from Host
  // unless a trusted proxy sent it) or Host.
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "")
      .split(",")[0]!
      .trim();
    let originHost: string | null = null;
    try {
      originHost = origin === "null" ? null : new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== host)
      return refuse(403, "forbidden", "Cross-origin server action");
  }

  const actionId = request.headers.get("next-action");
  if (actionId !== null && !isCallableAction(actionId)) {
    return refuse(404, "not_found", "No such server action");
  }

  if (multipart) {
    let entries: FormEntry[];
    try {
      entries = [...(await request.clone().formData()).entries()] as FormEntry[];
    } catch {
      return refuse(400, "bad_request", "Malformed multipart body");
    }
    const ok = fetchAction ? isWellFormedActionForm(entries) : isWellFormedFormPost(entries);
    if (!ok) return refuse(400, "bad_request", "Malformed server action body");
    if (!fetchAction && !formPostActionIds(entries).every(isCallableAction)) {
      return refuse(404, "not_found", "No such server action");
    }
    return null;
  }
  if (fetchAction && !isWellFormedActionBody(await request.clone().text())) {
    return refuse(400, "bad_request", "Malformed server action body");
  }
  return null;
}

/** This server itself, for the proxy's own API look-ups (never a host named by the client). */
function internalOrigin(request: NextRequest): string {
  const port = process.env.PORT ?? request.nextUrl.port;
  return port ? `http://127.0.0.1:${port}` : request.nextUrl.origin;
}

export const config = {
  // Everything but Next's internals and files with an extension; the API and feeds only for the
  // database check (an extension such as atom.xml is matched by the API pattern).
  // Any path with a server action header or a form body, for the action check (Next answers a bad
  // one with a 500 wherever it is posted).
  matcher: [
    "/((?!api|admin|_next|.*\\..*).*)",
    "/admin",
    "/admin/:path*",
    "/api/:path*",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded.*" }],
    },
  ],
};
