import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ResponseCache, responseCacheKey, storableHeaders, type CachedResponse } from "./response-cache";

const NOW = Date.parse("2026-11-28T10:00:00Z");

function request(url: string, headers: Record<string, string> = {}, method = "GET"): IncomingMessage {
  return { method, url, headers: { "x-forwarded-proto": "http", ...headers } } as unknown as IncomingMessage;
}

function entry(tags: string[], renderedAt: number, body = "<html>page</html>"): CachedResponse {
  return {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: Buffer.from(body),
    tags,
    renderedAt,
  };
}

describe("responseCacheKey", () => {
  it("keys a reader page by day, scheme, encoding, path and sorted query", () => {
    const a = responseCacheKey(request("/en/timeline?type=delay&lab=meta&type=layoffs"), NOW);
    const b = responseCacheKey(request("/en/timeline?lab=meta&type=delay&type=layoffs"), NOW);
    expect(a).toBe("2026-11-28 http identity /en/timeline?lab=meta&type=delay&type=layoffs");
    expect(b).toBe(a);
    // Values of one name keep their order: they may mean something in that order.
    expect(responseCacheKey(request("/en/timeline?type=layoffs&type=delay"), NOW)).not.toBe(a);
  });

  it("changes at midnight (UTC), with the scheme and with the encoding", () => {
    const key = responseCacheKey(request("/de"), NOW);
    expect(responseCacheKey(request("/de"), NOW + 14 * 3600_000)).not.toBe(key);
    expect(responseCacheKey(request("/de", { "x-forwarded-proto": "https" }), NOW)).not.toBe(key);
    const gzip = request("/de", { "accept-encoding": "br, gzip, deflate" });
    expect(responseCacheKey(gzip, NOW)).toBe("2026-11-28 http gzip /de?");
    // Next then compresses exactly as the key says.
    expect(gzip.headers["accept-encoding"]).toBe("gzip");
    const plain = request("/de", { "accept-encoding": "br" });
    responseCacheKey(plain, NOW);
    expect(plain.headers["accept-encoding"]).toBeUndefined();
  });

  it.each([
    ["a POST", request("/en", {}, "POST")],
    ["a HEAD", request("/en", {}, "HEAD")],
    ["the admin", request("/admin/events")],
    ["an export", request("/api/v1/exports/events?format=csv")],
    ["the OpenAPI document", request("/api/v1/openapi.json")],
    ["an API revalidation", request("/api/v1/labs", { "if-none-match": '"abc"' })],
    ["a feed", request("/api/feeds/atom.xml")],
    ["a file", request("/en/icon.png")],
    ["an unlocalised path", request("/labs/meta")],
    ["an RSC navigation", request("/en/labs/meta", { rsc: "1" })],
    ["a prefetch", request("/en/labs/meta", { "next-router-prefetch": "1" })],
    ["an _rsc query", request("/en/labs/meta?_rsc=abc")],
    ["a signed-in editor", request("/en", { cookie: "slipwatch_locale=en; slipwatch_session=abc" })],
    ["a crawler", request("/en", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" })],
    ["an overlong URL", request(`/en/search?q=${"x".repeat(3000)}`)],
  ])("bypasses %s", (_name, req) => {
    expect(responseCacheKey(req, NOW)).toBeNull();
  });

  it("keys the read API like a page", () => {
    expect(responseCacheKey(request("/api/v1/events?type=delay&lab=meta"), NOW)).toBe(
      "2026-11-28 http identity /api/v1/events?lab=meta&type=delay",
    );
    expect(responseCacheKey(request("/api/v1/models/llama-4-behemoth"), NOW)).not.toBeNull();
  });

  it("keeps the locale cookie's readers in the cache (pages do not read cookies)", () => {
    expect(responseCacheKey(request("/en", { cookie: "slipwatch_locale=de" }), NOW)).not.toBeNull();
  });
});

describe("storableHeaders", () => {
  it("keeps a whole HTML 200 without per-request headers", () => {
    expect(
      storableHeaders(200, {
        "content-type": "text/html; charset=utf-8",
        "x-request-id": "r1",
        "content-security-policy": "default-src 'self'",
        "x-slipwatch-cache": "MISS",
      }),
    ).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'self'",
    });
  });

  it("keeps JSON from the API", () => {
    expect(storableHeaders(200, { "content-type": "application/json", etag: '"x"' })).toEqual({
      "content-type": "application/json",
      etag: '"x"',
    });
  });

  it("refuses other statuses, cookies and non-HTML", () => {
    expect(storableHeaders(500, { "content-type": "text/html" })).toBeNull();
    expect(storableHeaders(404, { "content-type": "text/html" })).toBeNull();
    expect(storableHeaders(200, { "content-type": "text/html", "set-cookie": ["a=b"] })).toBeNull();
    expect(storableHeaders(200, { "content-type": "text/x-component" })).toBeNull();
    expect(storableHeaders(200, { "content-type": "text/csv" })).toBeNull();
  });
});

describe("ResponseCache", () => {
  const setup = (maxBytes = 1_000_000) => {
    const expired = new Map<string, number>();
    let now = NOW;
    const cache = new ResponseCache({
      maxBytes,
      maxAgeMs: 3600_000,
      tagClock: (tags) => Math.max(0, ...tags.map((t) => expired.get(t) ?? 0)),
      now: () => now,
    });
    return { cache, expired, tick: (ms: number) => (now += ms), at: () => now };
  };

  it("serves an entry until a tag it read is expired, and only that entry", async () => {
    const { cache, expired, tick, at } = setup();
    cache.set("lab a", entry(["lab:a"], at()));
    cache.set("lab b", entry(["lab:b"], at()));
    cache.set("home", entry(["labs", "events"], at()));
    tick(1000);
    expired.set("lab:a", at());
    expect(await cache.get("lab a")).toBeNull();
    expect((await cache.get("lab b"))?.body.toString()).toBe("<html>page</html>");
    expect(await cache.get("home")).not.toBeNull();
    expired.set("events", at());
    expect(await cache.get("home")).toBeNull();
    expect(await cache.get("lab b")).not.toBeNull();
  });

  it("treats a write during the render as making it stale", async () => {
    const { cache, expired, tick, at } = setup();
    const began = at();
    tick(5);
    expired.set("lab:a", at()); // the save landed while the page was rendering
    tick(5);
    cache.set("lab a", entry(["lab:a"], began));
    expect(await cache.get("lab a")).toBeNull();
    // A render that began in the save's millisecond may not contain it either.
    cache.set("lab a", entry(["lab:a"], at()));
    expired.set("lab:a", at());
    expect(await cache.get("lab a")).toBeNull();
  });

  it("keeps no entry without tags, and none past its maximum age", async () => {
    const { cache, tick, at } = setup();
    cache.set("untagged", entry([], at()));
    expect(await cache.get("untagged")).toBeNull();
    cache.set("old", entry(["lab:a"], at()));
    tick(3600_001);
    expect(await cache.get("old")).toBeNull();
  });

  it("misses when the shared tag clock cannot be read", async () => {
    const cache = new ResponseCache({
      maxBytes: 1_000_000,
      maxAgeMs: 3600_000,
      tagClock: () => Promise.reject(new Error("redis down")),
    });
    cache.set("page", entry(["lab:a"], Date.now()));
    expect(await cache.get("page")).toBeNull();
  });

  it("drops the least recently used entries beyond its size, and refuses one page over an eighth", async () => {
    const { cache, at } = setup(8_000);
    const body = "x".repeat(900);
    for (const key of ["a", "b", "c", "d", "e", "f", "g", "h"]) cache.set(key, entry(["t"], at(), body));
    await cache.get("a"); // recently used: kept
    cache.set("i", entry(["t"], at(), body));
    expect(cache.totalBytes).toBeLessThanOrEqual(8_000);
    expect(await cache.get("a")).not.toBeNull();
    expect(await cache.get("b")).toBeNull();
    expect(await cache.get("i")).not.toBeNull();
    cache.set("huge", entry(["t"], at(), "y".repeat(1_100)));
    expect(await cache.get("huge")).toBeNull();
  });
});
