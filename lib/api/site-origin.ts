import { serverEnv } from "@/lib/env";

/**
 * The public origin for absolute links (feeds, the OpenAPI document): SITE_URL when configured,
 * else the host this request was addressed to. Our HTTP server (lib/server/http-server.ts) lets
 * x-forwarded-host/-proto through only from trusted proxies (TRUSTED_PROXIES) and otherwise
 * sets them from Host and the socket; `request.url` itself always says localhost:PORT.
 * A shared cache in front should set SITE_URL, so a forged Host can never end up in a cached feed.
 */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function siteOrigin(request: Request, siteUrl: string | undefined = serverEnv().SITE_URL): string {
  if (siteUrl) return siteUrl;
  const lastOf = (v: string | null) => v?.split(",").at(-1)?.trim() || null;
  const host = lastOf(request.headers.get("x-forwarded-host")) ?? request.headers.get("host");
  const proto = lastOf(request.headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  if (host && HOST.test(host)) return `${proto}://${host.toLowerCase()}`;
  return new URL(request.url).origin;
}
