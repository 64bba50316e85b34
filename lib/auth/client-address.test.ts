import { describe, expect, it } from "vitest";
import { normaliseAddress, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  // Issue 12, finding 1: the first x-forwarded-for entry (the client's own claim) was the address.
  it("without trusted proxies takes the socket and ignores what the client claims", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress(undefined, "1.2.3.4", 0)).toBe("unknown");
  });

  it("with N trusted proxies takes the entry the outermost trusted proxy saw", () => {
    // client forged "6.6.6.6", the one proxy (peer 10.0.0.2) appended the real 198.51.100.7
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    // two proxies: CDN appended the client, load balancer appended the CDN
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 192.0.2.1", 2)).toBe("198.51.100.7");
    // fewer hops than proxies configured: the leftmost there is, never beyond
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("a rotating forged header never changes the address without proxies", () => {
    const seen = new Set(
      Array.from({ length: 50 }, (_, i) => resolveClientAddress("127.0.0.1", `10.9.${i}.1`, 0)),
    );
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("refuses what is not an address", () => {
    expect(normaliseAddress("<script>")).toBeNull();
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "evil-host, <x>", 1)).toBe("10.0.0.2");
  });
});
