import { describe, expect, it } from "vitest";
import { FeedFetchError, fetchFeed } from "./fetch-feed";

/** Retry policy with a scripted fetch: which failures are retried, and how long it waits. */
function scripted(...answers: (number | "network" | "hang")[]) {
  const calls: RequestInit[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    const a = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (a === "network") throw new TypeError("fetch failed");
    if (a === "hang") {
      return new Promise((_resolve, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    }
    return new Response(a === 200 ? "<rss/>" : null, { status: a, headers: a === 200 ? { ETag: '"e1"' } : {} });
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

describe("fetchFeed", () => {
  it("retries 5xx, 429 and network errors with doubling waits", async () => {
    const { fetchImpl, calls } = scripted(503, 429, "network", 200);
    const waits: number[] = [];
    const r = await fetchFeed("http://x", { fetch: fetchImpl, retries: 3, backoffMs: 100, sleep: async (ms) => void waits.push(ms) });
    expect(r).toMatchObject({ status: "ok", attempts: 4, body: "<rss/>", etag: '"e1"' });
    expect(waits).toEqual([100, 200, 400]);
    expect(calls).toHaveLength(4);
  });

  it("gives up after the last retry and says how often it tried", async () => {
    const { fetchImpl } = scripted(500);
    const err = await fetchFeed("http://x", { fetch: fetchImpl, retries: 2, backoffMs: 1, sleep: async () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect((err as FeedFetchError).attempts).toBe(3);
    expect((err as Error).message).toBe("HTTP 500 (after 3 attempts)");
  });

  it("does not retry a 404", async () => {
    const { fetchImpl, calls } = scripted(404);
    await expect(fetchFeed("http://x", { fetch: fetchImpl, retries: 5, sleep: async () => {} })).rejects.toThrow("HTTP 404");
    expect(calls).toHaveLength(1);
  });

  it("times out a hanging server", async () => {
    const { fetchImpl } = scripted("hang");
    await expect(fetchFeed("http://x", { fetch: fetchImpl, timeoutMs: 50, retries: 0 })).rejects.toThrow("timed out after 50 ms");
  });

  it("sends the validators it has and reports 304 as unchanged", async () => {
    const { fetchImpl, calls } = scripted(304);
    const r = await fetchFeed("http://x", { fetch: fetchImpl, etag: '"e1"', lastModified: "Tue, 01 Jul 2025 00:00:00 GMT" });
    expect(r).toEqual({ status: "not_modified", attempts: 1 });
    expect(calls[0]?.headers).toMatchObject({ "If-None-Match": '"e1"', "If-Modified-Since": "Tue, 01 Jul 2025 00:00:00 GMT" });
  });

  it("refuses a feed larger than the cap", async () => {
    const big = (async () => new Response("x".repeat(2048))) as unknown as typeof fetch;
    await expect(fetchFeed("http://x", { fetch: big, maxBytes: 1024 })).rejects.toThrow(/larger than 1 KiB/);
  });
});
