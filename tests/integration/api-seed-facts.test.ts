import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import type { EventDto, LabSummary, ModelDetail, ArticleDetail, Page } from "@/lib/data/dto";
import { events as seedEvents } from "@/prisma/seed-data/events";

/**
 * The seed facts, read back through the real /api/v1 route handlers against the migrated and
 * seeded embedded database: what analysts and other tools will see.
 */

connectTestDatabase();

const { GET: getLabs } = await import("@/app/api/v1/labs/route");
const { GET: getEvents } = await import("@/app/api/v1/events/route");
const { GET: getModel } = await import("@/app/api/v1/models/[slug]/route");
const { GET: getArticle } = await import("@/app/api/v1/articles/[id]/route");

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));

async function events(query: string): Promise<Page<EventDto>> {
  const res = await getEvents(req(`/api/v1/events?${query}`));
  expect(res.status).toBe(200);
  return (await res.json()) as Page<EventDto>;
}

async function allEvents(query = ""): Promise<EventDto[]> {
  const out: EventDto[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<EventDto> = await events(`${query}&limit=5${cursor ? `&cursor=${cursor}` : ""}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

let everything: EventDto[] = [];
beforeAll(async () => {
  everything = await allEvents();
});

describe("GET /api/v1/labs", () => {
  it("lists labs with event counts", async () => {
    const res = await getLabs(req("/api/v1/labs"));
    const body = (await res.json()) as { items: LabSummary[] };
    const bySlug = new Map(body.items.map((l) => [l.slug, l]));
    expect(bySlug.get("meta")?.eventCount).toBe(seedEvents.filter((e) => e.lab === "meta").length);
    expect(bySlug.get("xai")).toEqual({ slug: "xai", name: "xAI", eventCount: 2 });
    expect(bySlug.has("scale-ai")).toBe(true);
  });
});

describe("GET /api/v1/events", () => {
  it("returns every seed event exactly once across cursor pages", () => {
    expect(everything).toHaveLength(seedEvents.length);
    expect(new Set(everything.map((e) => e.id)).size).toBe(seedEvents.length);
  });

  it("returns the Behemoth delay with its three citing articles, quotes and fuzzy date", () => {
    const delay = everything.find((e) => e.type === "delay" && e.model?.slug === "llama-4-behemoth");
    expect(delay).toBeDefined();
    expect(delay?.lab).toEqual({ slug: "meta", name: "Meta" });
    expect(new Set(delay?.citations.map((c) => c.articleId)).size).toBe(3);
    expect(delay?.citations.every((c) => c.quote.length > 20 && c.language === "de")).toBe(true);
    expect(delay?.citations.filter((c) => c.attribution === "relays_outlet").every((c) => c.attributedTo === "The Wall Street Journal")).toBe(true);
    expect(delay?.occurred).toMatchObject({ from: "2025-05-01", to: "2025-05-31", precision: "month" });
  });

  it("returns the numbers typed and signed", () => {
    const find = (title: RegExp) => everything.find((e) => title.test(e.title));
    expect(find(/up to \$72B/)).toMatchObject({ type: "investment", amountUsd: 72e9, amountQualifier: "up_to", amountKind: "capex" });
    expect(find(/\$40B/)).toMatchObject({ amountUsd: 40e9, amountQualifier: "about", occurred: { from: "2024-01-01", precision: "year" } });
    expect(find(/Scale AI$/)).toMatchObject({ type: "acquisition", amountUsd: 14e9, percent: 49, counterparty: { slug: "scale-ai", name: "Scale AI" } });
    expect(find(/slide 2.2%/)).toMatchObject({ type: "stock_move", percent: -2.2 });
    expect(find(/At least seven OpenAI/)).toMatchObject({ type: "departure", headcount: 7, headcountQualifier: "at_least", status: "confirmed" });
  });

  it("filters by several labs and types", async () => {
    const xai = await allEvents("lab=xai");
    expect(xai.map((e) => e.type).sort()).toEqual(["architecture_problem", "departure"]);
    const both = await allEvents("lab=xai&lab=openai");
    expect(new Set(both.map((e) => e.lab.slug))).toEqual(new Set(["xai", "openai"]));
    const types = await allEvents("type=delay,investment");
    expect(new Set(types.map((e) => e.type))).toEqual(new Set(["delay", "investment"]));
  });

  it("filters by model, date range and words", async () => {
    const behemoth = await allEvents("model=llama-4-behemoth");
    expect(behemoth.length).toBe(seedEvents.filter((e) => e.model === "llama-4-behemoth").length);
    const in2026 = await allEvents("from=2026-01-01");
    expect(in2026.every((e) => e.occurred.to >= "2026-01-01")).toBe(true);
    expect(in2026.length).toBe(4);
    const q = await allEvents("q=avocado");
    expect(q).toHaveLength(1);
  });

  it("hides what was not yet reported with asOf", async () => {
    const before = await allEvents("asOf=2025-05-01");
    expect(before).toHaveLength(0);
    const may = await allEvents("asOf=2025-05-20");
    expect(may.some((e) => e.model?.slug === "llama-4-behemoth")).toBe(true);
    expect(may.some((e) => e.lab.slug === "xai")).toBe(false);
  });

  it("answers a bad parameter with a 400 that names it, never a 500", async () => {
    for (const bad of ["type=nonsense", "from=2025-13-01", "limit=0", "limit=abc", "lab=Not A Slug", "from=2025-06-01&to=2025-01-01"]) {
      const res = await getEvents(req(`/api/v1/events?${bad}`));
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe("GET /api/v1/models/:slug", () => {
  it("returns Behemoth's lifecycle and its planned dates end of April → June → fall or later", async () => {
    const res = await getModel(req("/api/v1/models/llama-4-behemoth"), { params: Promise.resolve({ slug: "llama-4-behemoth" }) });
    const model = (await res.json()) as ModelDetail;
    expect(model.status).toBe("delayed");
    expect(model.lifecycle.map((l) => l.status)).toEqual(["announced", "delayed"]);
    expect(model.commitments.map((c) => [c.planned.from, c.planned.to, c.planned.precision, c.planned.text])).toEqual([
      ["2025-04-21", "2025-04-30", "month_part", "Ende April (LlamaCon)"],
      ["2025-06-01", "2025-06-30", "month", "Juni"],
      ["2025-09-01", "2025-11-30", "season", "Herbst oder später"],
    ]);
    expect(model.commitments[2]?.planned.openEnd).toBe(true);
    expect(model.commitments.every((c) => c.articleId > 0 && c.reportedAt)).toBe(true);
  });

  it("404s for an unknown model", async () => {
    const res = await getModel(req("/api/v1/models/nope"), { params: Promise.resolve({ slug: "nope" }) });
    expect(res.status).toBe(404);
  });
});

describe("GET /api/v1/articles/:id", () => {
  it("returns an article with its cleaned text and the events it supports", async () => {
    const delay = everything.find((e) => e.type === "delay" && e.model?.slug === "llama-4-behemoth");
    const id = delay?.citations.find((c) => c.title.startsWith("Meta verzögert"))?.articleId ?? 0;
    const res = await getArticle(req(`/api/v1/articles/${id}`), { params: Promise.resolve({ id: String(id) }) });
    const article = (await res.json()) as ArticleDetail;
    expect(article.language).toBe("de");
    expect(article.originalReporter?.name).toBe("The Wall Street Journal");
    expect(article.body).not.toContain("Blockchain");
    expect(article.events.map((e) => e.type)).toEqual(expect.arrayContaining(["delay", "benchmark_underperformance"]));
    for (const e of article.events) expect(article.body).toContain(e.quote);
  });

  it("404s for an unknown or malformed id", async () => {
    for (const id of ["999999", "abc", "-1"]) {
      const res = await getArticle(req(`/api/v1/articles/${id}`), { params: Promise.resolve({ id }) });
      expect(res.status, id).toBe(404);
    }
  });
});
