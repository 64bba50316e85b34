/**
 * A first, cheap gate in proxy.ts for /admin: a browser without any session cookie is sent to
 * sign-in with a real 307 before the page starts streaming (with Cache Components a page's own
 * redirect is streamed inside a 200). It proves nothing about the cookie — every admin page,
 * action and route still checks the session and role itself (see docs/decisions/004-auth.md).
 */
export const SESSION_COOKIE_NAME = "slipwatch_session";

export function adminGateRedirect(
  pathname: string,
  search: string,
  hasSessionCookie: boolean,
): string | null {
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return null;
  if (pathname === "/admin/sign-in" || hasSessionCookie) return null;
  return `/admin/sign-in?next=${encodeURIComponent(pathname + search)}`;
}
