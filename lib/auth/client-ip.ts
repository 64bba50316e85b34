import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for rate limiting. Next's server sets x-forwarded-for from the socket when
 * no proxy did; behind a proxy, the proxy's first entry is the client. A client could forge the
 * header only when nothing in front overwrites it — the per-account limit still holds then.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent")?.slice(0, 300) ?? null;
}
