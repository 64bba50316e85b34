import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localePath } from "@/lib/i18n/config";
import { SESSION_COOKIE_NAME, adminGateRedirect } from "@/lib/auth/admin-gate";
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
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    // Only a presence check on page loads for a real 307; pages and actions verify the session
    // themselves (a POST is a server action, which answers for itself).
    const next = (headers: Headers) => NextResponse.next({ request: { headers } });
    if (request.method !== "GET" && request.method !== "HEAD") return withAdminPolicy(request, next);
    const to = adminGateRedirect(pathname, search, request.cookies.has(SESSION_COOKIE_NAME));
    return to ? NextResponse.redirect(new URL(to, request.url), 307) : withAdminPolicy(request, next);
  }
  const first = pathname.split("/")[1];
  if (isLocale(first)) return NextResponse.next();
  const saved = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(saved) ? saved : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = localePath(locale, pathname);
  url.search = search;
  return NextResponse.redirect(url, 307);
}

export const config = {
  // Everything but the API, the admin, Next's internals and files with an extension.
  matcher: ["/((?!api|admin|_next|.*\\..*).*)", "/admin", "/admin/:path*"],
};
