/**
 * Which address a request came from, decided the way a reverse proxy chain allows (pure, so the
 * HTTP server and tests share it). Without trusted proxies the TCP peer is the client and any
 * `x-forwarded-for` is the client's own claim, ignored. With N trusted proxies in front, each
 * appends the address it saw, so the client is the entry N places from the right of
 * "forwarded-for…, peer"; entries further left were written by the client and are never used.
 */

/** Header our HTTP server sets from the socket (and strips from what the client sent). */
export const CLIENT_ADDRESS_HEADER = "x-slipwatch-client-address";

const MAX_ADDRESS_LENGTH = 64;

export function normaliseAddress(address: string | undefined | null): string | null {
  const trimmed = address?.trim().replace(/^\[|\]$/g, "");
  if (!trimmed) return null;
  // IPv4 clients on a dual-stack socket show up as ::ffff:1.2.3.4; both forms are one client.
  const plain = trimmed.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  // Addresses only (v4, v6): anything else in a forwarded header is not an address.
  if (!/^[0-9a-f:.]+$/i.test(plain)) return null;
  return plain.slice(0, MAX_ADDRESS_LENGTH);
}

export function resolveClientAddress(
  peer: string | undefined | null,
  forwardedFor: string | string[] | undefined | null,
  trustedProxies: number,
): string {
  const peerAddress = normaliseAddress(peer) ?? "unknown";
  if (trustedProxies <= 0) return peerAddress;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const chain = [...hops, peerAddress];
  // chain[last] is the nearest proxy; N trusted proxies → the client is chain[last - N].
  const index = Math.max(0, chain.length - 1 - trustedProxies);
  return normaliseAddress(chain[index]) ?? peerAddress;
}
