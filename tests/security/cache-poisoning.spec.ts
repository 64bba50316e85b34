import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/**
 * The response cache in our HTTP server (ADR 011) keeps the bytes of one anonymous request and
 * serves them to everyone asking for the same key. Its classic attack is poisoning: a request
 * whose unkeyed parts (Host, forwarding headers, router headers, cookies, language) change the
 * response, stored and then served to others. Each case sends the hostile request first, on a
 * URL nobody asked for yet, then a plain one, and checks the plain one gets a clean answer.
 */

test.describe.configure({ mode: "serial" });

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly these headers (Playwright's client would set Host and others itself). */
function raw(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: "GET", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let n = 0;
/** A cache key of its own per case: the same page, a query parameter nobody else sends. */
const fresh = (path: string) => `${path}${path.includes("?") ? "&" : "?"}poison=${Date.now().toString(36)}${n++}`;

const HOSTILE_HOST = {
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-for": "6.6.6.6",
  "x-original-url": "/admin/users",
  "x-rewrite-url": "/admin/users",
  forwarded: "host=evil.example;proto=https",
};

test("hostile Host and forwarding headers neither change what is stored nor reroute it", async ({ baseURL }) => {
  for (const path of ["/en/labs/meta", "/api/v1/labs", "/en/articles"]) {
    const url = fresh(path);
    const first = await raw(baseURL!, url, HOSTILE_HOST);
    expect(first.status, url).toBe(200);
    expect(first.body, url).not.toContain("evil.example");
    const plain = await raw(baseURL!, url);
    expect(plain.status, url).toBe(200);
    expect(plain.body, url).not.toContain("evil.example");
    // The same bytes as a clean render of the same page: nothing of the hostile request stuck.
    expect(plain.headers["content-type"], url).toBe(first.headers["content-type"]);
    // Client-sent forwarding headers are dropped (no trusted proxy here), so both share one key.
    expect(plain.headers["x-slipwatch-cache"], url).toBe("HIT");
  }
});

test("router requests (RSC, prefetch) are never stored under the page's key", async ({ baseURL }) => {
  const routerHeaders: Record<string, string>[] = [
    { rsc: "1" },
    { "next-router-prefetch": "1", rsc: "1" },
    { "next-router-state-tree": "%5B%22%22%5D", rsc: "1" },
  ];
  for (const headers of routerHeaders) {
    const url = fresh("/en/labs");
    await raw(baseURL!, url, headers);
    const plain = await raw(baseURL!, url);
    expect(plain.status).toBe(200);
    // A browser loading the page must get HTML, not the router's flight payload.
    expect(String(plain.headers["content-type"])).toMatch(/^text\/html/);
    expect(plain.body.trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    expect(plain.headers["x-slipwatch-cache"]).toBe("MISS");
  }
});

test("a signed-in or language-negotiating request neither fills nor reads the shared copy", async ({ baseURL }) => {
  const url = fresh("/en/labs");
  // A session cookie (even a forged one) bypasses the cache both ways.
  const withCookie = await raw(baseURL!, url, { cookie: "slipwatch_session=forged-token" });
  expect(withCookie.headers["x-slipwatch-cache"]).toBeUndefined();
  const plain = await raw(baseURL!, url);
  expect(plain.headers["x-slipwatch-cache"]).toBe("MISS");
  // The locale is in the path: Accept-Language cannot make /en answer in German for everyone.
  const url2 = fresh("/en/labs");
  const german = await raw(baseURL!, url2, { "accept-language": "de-DE,de;q=0.9" });
  expect(german.body).toContain('lang="en"');
  const after = await raw(baseURL!, url2);
  expect(after.headers["x-slipwatch-cache"]).toBe("HIT");
  expect(after.body).toContain('lang="en"');
});

test("an error answer is not stored: the next request renders afresh", async ({ baseURL }) => {
  // A query the API refuses (400) and a page that does not exist (404): neither becomes a cached 200.
  const bad = fresh("/api/v1/events?from=not-a-date");
  expect((await raw(baseURL!, bad)).status).toBe(400);
  const again = await raw(baseURL!, bad);
  expect(again.status).toBe(400);
  expect(again.headers["x-slipwatch-cache"]).not.toBe("HIT");
  const missing = fresh("/en/labs/no-such-lab-anywhere");
  expect((await raw(baseURL!, missing)).status).toBe(404);
  const missingAgain = await raw(baseURL!, missing);
  expect(missingAgain.status).toBe(404);
  expect(missingAgain.headers["x-slipwatch-cache"]).not.toBe("HIT");
});
