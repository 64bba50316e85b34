import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localePath } from "@/lib/i18n/config";
import { SESSION_COOKIE_NAME, adminGateRedirect } from "@/lib/auth/admin-gate";

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
    if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
    const to = adminGateRedirect(pathname, search, request.cookies.has(SESSION_COOKIE_NAME));
    return to ? NextResponse.redirect(new URL(to, request.url), 307) : NextResponse.next();
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
