import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { createPrismaClient } from "@/lib/db";
import { pollAllFeeds, type FeedPollResult } from "@/lib/feeds/watch-feeds";
import { upsertFeedSources } from "@/lib/feeds/feed-config";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The feed watcher against a local HTTP server on 127.0.0.1 serving fixture feeds: one fine, one
 * unchanged on the second poll (ETag), one failing twice before it works, one too slow, one gone.
 */

const url = connectTestDatabase();
const key = `fw${Date.now().toString(36)}`;
const fixtures = path.join(import.meta.dirname, "fixtures/io-feeds");
// Unique hosts and wording per run: the import test reads the same fixture files, and the same
// text would be skipped here as a duplicate.
const rss = readFileSync(path.join(fixtures, "publisher-rss.xml"), "utf8")
  .replaceAll("technews.example.net", `technews-${key}.example.net`)
  .replaceAll("</description>", ` [${key}]</description>`);
const atom = readFileSync(path.join(fixtures, "publisher-atom.xml"), "utf8")
  .replaceAll("aiwire.example.com", `aiwire-${key}.example.com`)
  .replaceAll("</summary>", ` [${key}]</summary>`);
// Another outlet with its own wording (the same text would be skipped as a duplicate).
const flaky = rss.replaceAll(`technews-${key}.example.net`, `flaky-${key}.example.net`).replaceAll("</description>", " (Agenturmeldung)</description>");

const hits = new Map<string, number>();
let server: http.Server;
let base = "";
let prisma: PrismaClient;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const p = req.url ?? "";
    const n = (hits.get(p) ?? 0) + 1;
    hits.set(p, n);
    if (p === "/rss.xml") {
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { "Content-Type": "application/rss+xml", ETag: '"v1"' }).end(rss);
    }
    if (p === "/atom.xml") return res.writeHead(200, { "Content-Type": "application/atom+xml" }).end(atom);
    if (p === "/flaky.xml") {
      if (n <= 2) return res.writeHead(503).end("busy");
      return res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(flaky);
    }
    if (p === "/slow.xml") {
      const t = setTimeout(() => res.writeHead(200).end(rss), 30_000);
      res.on("close", () => clearTimeout(t));
      return;
    }
    if (p === "/broken.xml") return res.writeHead(200, { "Content-Type": "application/xml" }).end("<rss><channel><item></channel>");
    res.writeHead(404).end("gone");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  prisma = createPrismaClient(url);
  // Only this test's feeds are enabled while it runs.
  await prisma.feedSource.updateMany({ data: { enabled: false } });
  await upsertFeedSources(prisma, [
    { slug: `${key}-rss`, name: "Example Tech News", url: `${base}/rss.xml`, language: "de", enabled: true },
    { slug: `${key}-atom`, name: "Example AI Wire", url: `${base}/atom.xml`, enabled: true },
    { slug: `${key}-flaky`, name: "Flaky", url: `${base}/flaky.xml`, enabled: true },
    { slug: `${key}-slow`, name: "Slow", url: `${base}/slow.xml`, enabled: true },
    { slug: `${key}-gone`, name: "Gone", url: `${base}/gone.xml`, enabled: true },
    { slug: `${key}-broken`, name: "Broken", url: `${base}/broken.xml`, enabled: true },
  ]);
});

afterAll(async () => {
  await prisma?.feedSource.updateMany({ where: { slug: { startsWith: key } }, data: { enabled: false } });
  await prisma?.$disconnect();
  await new Promise((resolve) => server?.close(resolve));
});

describe("npm run watch-feeds", () => {
  let first: Map<string, FeedPollResult>;
  const backoffs: number[] = [];

  it("queues the items that name a tracked lab or model, as drafts with review items", async () => {
    const results = await pollAllFeeds(prisma, { timeoutMs: 2_000, retries: 2, backoffMs: 20, sleep: async (ms) => void backoffs.push(ms) });
    first = new Map(results.map((r) => [r.slug.slice(key.length + 1), r]));
    expect(first.get("rss")).toMatchObject({ status: "ok", attempts: 1, items: 3, queued: 2, unrelated: 1 });
    expect(first.get("atom")).toMatchObject({ status: "ok", items: 2, queued: 1, unrelated: 1 });

    const drafts = await prisma.article.findMany({
      where: { url: { contains: key } },
      select: { url: true, status: true, title: true, language: true, publisherId: true, reviewItem: { select: { labs: true, feedSource: { select: { slug: true } } } } },
      orderBy: { url: "asc" },
    });
    expect(drafts.map((d) => d.url)).toEqual([
      `https://aiwire-${key}.example.com/openai-departures`,
      `https://flaky-${key}.example.net/2025/06/behemoth-again`,
      `https://flaky-${key}.example.net/2026/03/xai-rebuild`,
      `https://technews-${key}.example.net/2025/06/behemoth-again`,
      `https://technews-${key}.example.net/2026/03/xai-rebuild`,
    ]);
    expect(drafts.every((d) => d.status === "draft" && d.reviewItem !== null)).toBe(true);
    const behemoth = drafts.find((d) => d.url?.startsWith(`https://technews-${key}`) && d.title.includes("Behemoth"));
    expect(behemoth?.reviewItem?.labs).toContain("meta");
    expect(behemoth?.reviewItem?.feedSource?.slug).toBe(`${key}-rss`);
    expect(behemoth?.language).toBe("de");
    expect(drafts.find((d) => d.url?.includes("openai"))?.reviewItem?.labs).toEqual(expect.arrayContaining(["meta", "openai"]));
  });

  it("retries with backoff, gives up on timeouts and never retries a 404 or a broken document", async () => {
    expect(first.get("flaky")).toMatchObject({ status: "ok", attempts: 3, queued: 2 });
    expect(first.get("slow")).toMatchObject({ status: "error", attempts: 3 });
    expect(first.get("slow")?.error).toMatch(/timed out after 2000 ms/);
    expect(first.get("gone")).toMatchObject({ status: "error", attempts: 1, error: "HTTP 404" });
    expect(first.get("broken")).toMatchObject({ status: "error", attempts: 1 });
    expect(first.get("broken")?.error).toMatch(/not well-formed/);
    // Exponential: 20, 40 for the flaky feed and again for the slow one (a generous 2 s limit
    // keeps a busy machine from timing out the healthy feeds).
    expect(backoffs).toEqual([20, 40, 20, 40]);
    expect(hits.get("/flaky.xml")).toBe(3);

    const status = new Map(
      (await prisma.feedSource.findMany({ where: { slug: { startsWith: key } } })).map((s) => [s.slug.slice(key.length + 1), s]),
    );
    expect(status.get("rss")).toMatchObject({ lastStatus: "ok", lastError: null, itemsSeen: 3, itemsQueued: 2, consecutiveFailures: 0, etag: '"v1"' });
    expect(status.get("slow")).toMatchObject({ lastStatus: "error", consecutiveFailures: 1, lastAttempts: 3 });
    expect(status.get("slow")?.lastPolledAt).toBeInstanceOf(Date);
    expect(status.get("slow")?.lastSuccessAt).toBeNull();
  });

  it("asks with the ETag next time and queues nothing twice", async () => {
    const results = new Map((await pollAllFeeds(prisma, { timeoutMs: 2_000, retries: 0, backoffMs: 1 })).map((r) => [r.slug.slice(key.length + 1), r]));
    expect(results.get("rss")).toMatchObject({ status: "not_modified", queued: 0 });
    expect(results.get("atom")).toMatchObject({ status: "ok", queued: 0, known: 1 });
    expect(await prisma.article.count({ where: { url: { contains: key } } })).toBe(5);
    const slow = await prisma.feedSource.findUniqueOrThrow({ where: { slug: `${key}-slow` } });
    expect(slow.consecutiveFailures).toBe(2);
  });
});
