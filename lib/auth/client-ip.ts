import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";
import { parseEnv } from "@/lib/env";

/**
 * The client's address for rate limiting and the session record. Our HTTP server
 * (lib/server/http-server.ts, used by npm start / dev / serve) resolves it from the socket and
 * TRUSTED_PROXIES and passes it in a header it strips from every incoming request, so a client
 * cannot choose it. A bare `next start` has no such header; then the nearest x-forwarded-for hop
 * (Next fills it from the socket only when the client sent none) is the best there is.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const resolved = h.get(CLIENT_ADDRESS_HEADER);
  if (resolved) return resolved;
  const hops = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const peer = hops.pop();
  return resolveClientAddress(peer, hops.join(","), parseEnv().TRUSTED_PROXIES);
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 300) ?? null;
}
