import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { ArticleDetail, ArticleSummary, EventDto, LabSummary } from "@/lib/data/dto";
import { seedDatabase, seedDataset } from "@/prisma/seed";
import { inject } from "vitest";
import { allPages } from "./support/all-pages";
import { createScratchDatabase } from "./support/io-scratch-database";

/**
 * The default seed (what `npm start` loads into an empty database) is the five seed articles plus
 * the starter pack of real articles. Seeded into a database of its own (the shared test database
 * holds the base seed only, whose exact figures other files assert) and read back through /api/v1.
 */

const scratch = await createScratchDatabase(inject("databaseUrl"), "starter_seed_test");
process.env.DATABASE_URL = scratch.url;
const prisma = createPrismaClient(scratch.url);
const counts = await seedDatabase(prisma);
await prisma.$disconnect();

const { GET: getLabs } = await import("@/app/api/v1/labs/route");
const { GET: getEvents } = await import("@/app/api/v1/events/route");
const { GET: getArticles } = await import("@/app/api/v1/articles/route");
const { GET: getArticle } = await import("@/app/api/v1/articles/[id]/route");

const req = (p: string) => new NextRequest(new URL(p, "http://localhost"));
const expected = seedDataset("all");
const starter = expected.articles.filter((a) => a.source === "starter");

const all = <T>(route: (r: NextRequest) => Promise<Response>, p: string) =>
  allPages<T>((cursor) => route(req(`${p}?limit=100${cursor ? `&cursor=${cursor}` : ""}`)));

afterAll(async () => {
  await scratch.drop();
});

describe("default seed: base and starter pack", () => {
  it("loads every article and event of both packs, merged", () => {
    expect(starter.length).toBeGreaterThan(0);
    expect(counts).toEqual({ articles: expected.articles.length, events: expected.events.length });
    expect(counts.articles).toBe(5 + starter.length);
  });

  it("shows the starter labs with their event counts on /api/v1/labs", async () => {
    const res = await getLabs(req("/api/v1/labs"));
    const labs = new Map(
      ((await res.json()) as { items: LabSummary[] }).items.map((l) => [l.slug, l.eventCount]),
    );
    const perLab = new Map<string, number>();
    for (const e of expected.events) perLab.set(e.lab, (perLab.get(e.lab) ?? 0) + 1);
    // Labs only the starter pack brings (Apple, Inflection AI, …) are listed too.
    const baseLabs = new Set(seedDataset("base").labs.map((l) => l.slug));
    expect([...perLab.keys()].filter((slug) => !baseLabs.has(slug)).length).toBeGreaterThan(0);
    for (const [slug, n] of perLab) expect(labs.get(slug), slug).toBe(n);
  });

  it("lists every event once on /api/v1/events, each with its citations", async () => {
    const events = await all<EventDto>(getEvents, "/api/v1/events");
    expect(events).toHaveLength(expected.events.length);
    const titles = new Set(events.map((e) => e.title));
    for (const e of expected.events) expect(titles, e.key).toContain(e.title);
  });

  it("lists the starter articles with their addresses and shows an excerpt as such", async () => {
    const articles = await all<ArticleSummary>(getArticles, "/api/v1/articles");
    expect(articles).toHaveLength(expected.articles.length);
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    for (const a of starter) expect(byUrl.get(a.url ?? null)?.title, a.key).toBe(a.title);

    const excerpt = starter.find((a) => a.excerpt);
    expect(excerpt).toBeDefined();
    const summary = byUrl.get(excerpt?.url ?? null);
    const res = await getArticle(req(`/api/v1/articles/${summary?.id}`), {
      params: Promise.resolve({ id: String(summary?.id) }),
    });
    const detail = (await res.json()) as ArticleDetail;
    expect(detail).toMatchObject({ isExcerpt: true, url: excerpt?.url, language: excerpt?.language });
    expect(detail.events.length).toBeGreaterThan(0);
  });

  it("stores every event's German title and summary (issue 10 §11)", async () => {
    const events = await all<EventDto>(getEvents, "/api/v1/events");
    const missing = events.filter((e) => !e.titleDe?.trim() || !e.summaryDe?.trim()).map((e) => e.title);
    expect(missing).toEqual([]);
    const byTitle = new Map(expected.events.map((e) => [e.title, e]));
    for (const e of events) expect(e.titleDe, e.title).toBe(byTitle.get(e.title)?.titleDe);
  });

  it("leads the Behemoth delay with WinBuzzer (15 May 2025), not The Decoder (May–June 2025)", async () => {
    const events = await all<EventDto>(getEvents, "/api/v1/events");
    const delay = events.find((e) => e.title.startsWith("Llama 4 Behemoth delayed again"));
    const lead = delay?.citations.find((c) => c.articleId === delay.leadArticleId);
    expect(lead?.publisher).toBe("WinBuzzer");
    expect(delay?.firstReported).toMatchObject({ from: "2025-05-15", to: "2025-05-15", precision: "day" });
  });
});
