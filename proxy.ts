import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localePath } from "@/lib/i18n/config";
import { SESSION_COOKIE_NAME, adminGateRedirect } from "@/lib/auth/admin-gate";
import { databaseReachable } from "@/lib/http/database-health";
import { isWellFormedActionBody } from "@/lib/http/action-body";
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
  // A server action call whose body React could not decode: a 400 here, not a 500 in the framework.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const body = await request.clone().text();
    if (!isWellFormedActionBody(request.headers.get("content-type"), body)) {
      return NextResponse.json(
        { error: { code: "bad_request", message: "Malformed server action body" } },
        { status: 400 },
      );
    }
  }
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
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

/** This server itself, for the proxy's own API look-ups (never a host named by the client). */
function internalOrigin(request: NextRequest): string {
  const port = process.env.PORT ?? request.nextUrl.port;
  return port ? `http://127.0.0.1:${port}` : request.nextUrl.origin;
}

export const config = {
  // Everything but Next's internals and files with an extension; the API and feeds only for the
  // database check (an extension such as atom.xml is matched by the API pattern).
  matcher: ["/((?!api|admin|_next|.*\\..*).*)", "/admin", "/admin/:path*", "/api/:path*"],
};
