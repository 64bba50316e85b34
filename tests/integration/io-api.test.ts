import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { allPages } from "./support/all-pages";
import { connectTestDatabase } from "./support/database";
import type { ArticleSummary, EventDto, Page } from "@/lib/data/dto";
import * as R from "@/lib/openapi/response-schemas";
import { parseFeed } from "@/lib/import/parse-feed";
import { events as seedEvents } from "@/prisma/seed-data/events";

/**
 * /api/v1 beyond the four foundation routes: the OpenAPI document, ETags, the new read routes,
 * the streamed exports and the Atom/RSS feeds — all through the real route handlers.
 */

connectTestDatabase();

const req = (p: string, headers?: Record<string, string>) =>
  new NextRequest(new URL(p, "http://localhost"), { headers });
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
const { GET: labs } = await import("@/app/api/v1/labs/route");
const { GET: lab } = await import("@/app/api/v1/labs/[slug]/route");
const { GET: models } = await import("@/app/api/v1/models/route");
const { GET: model } = await import("@/app/api/v1/models/[slug]/route");
const { GET: events } = await import("@/app/api/v1/events/route");
const { GET: event } = await import("@/app/api/v1/events/[id]/route");
const { GET: articles } = await import("@/app/api/v1/articles/route");
const { GET: article } = await import("@/app/api/v1/articles/[id]/route");
const { GET: search } = await import("@/app/api/v1/search/route");
const { GET: exportEvents } = await import("@/app/api/v1/exports/events/route");
const { GET: exportArticles } = await import("@/app/api/v1/exports/articles/route");
const { GET: feedAll } = await import("@/app/api/feeds/[format]/route");
const { GET: feedLab } = await import("@/app/api/feeds/labs/[slug]/[format]/route");
const { GET: feedType } = await import("@/app/api/feeds/types/[type]/[format]/route");
const { iterateEvents } = await import("@/lib/data/export-rows");

/** Every route.ts under app/api as its OpenAPI path: app/api/v1/labs/[slug] → /api/v1/labs/{slug}. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts"
      ? [
          path
            .relative("app", path.dirname(full))
            .split(path.sep)
            .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
            .join("/"),
        ]
      : [];
  });
}

type Json = Record<string, unknown>;

describe("GET /api/v1/openapi.json", () => {
  it("lists every API and feed route with its parameters", async () => {
    const res = await openapi(req("/api/v1/openapi.json"));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: Json;
      paths: Record<string, { get: Json }>;
      components: { schemas: Record<string, Json> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(typeof doc.info.title).toBe("string");
    expect(doc.info.version).toBe("1.0.0");
    const routes = routeFiles("app/api").map((r) => `/${r}`);
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());

    const ids = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      const op = item.get as {
        operationId: string;
        parameters?: { name: string; in: string; required?: boolean; schema: Json }[];
        responses: Record<string, Json>;
      };
      expect(ids.has(op.operationId), op.operationId).toBe(false);
      ids.add(op.operationId);
      expect(op.responses["200"], p).toBeDefined();
      // Every {placeholder} is a required path parameter, and nothing else is.
      const placeholders = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const pathParams = (op.parameters ?? []).filter((x) => x.in === "path");
      expect(pathParams.map((x) => x.name).sort(), p).toEqual(placeholders.sort());
      expect(pathParams.every((x) => x.required === true)).toBe(true);
      for (const x of op.parameters ?? []) expect(x.schema, `${p} ${x.name}`).toBeTypeOf("object");
    }
    // The event filters are the ones the route enforces.
    const eventParams = (doc.paths["/api/v1/events"]?.get.parameters as { name: string; schema: Json }[]).map(
      (x) => x.name,
    );
    expect(eventParams).toEqual([
      "lab",
      "type",
      "model",
      "status",
      "from",
      "to",
      "asOf",
      "q",
      "claims",
      "limit",
      "cursor",
    ]);

    // Every $ref resolves to a component.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) {
      const id = r.slice(8, -1).replace("#/components/schemas/", "");
      expect(doc.components.schemas[id], r).toBeDefined();
    }
  });

  it("documents responses that the real routes match field for field", async () => {
    const one = (await (await events(req("/api/v1/events?limit=1"))).json()) as Page<EventDto>;
    const id = one.items[0]?.id ?? 0;
    const articleId = one.items[0]?.citations[0]?.articleId ?? 0;
    const checks: [z.ZodType, Response][] = [
      [R.LabListSchema, await labs(req("/api/v1/labs"))],
      [R.LabDetailSchema, await lab(req("/api/v1/labs/meta"), params({ slug: "meta" }))],
      [R.ModelListSchema, await models(req("/api/v1/models"))],
      [
        R.ModelDetailSchema,
        await model(req("/api/v1/models/llama-4-behemoth"), params({ slug: "llama-4-behemoth" })),
      ],
      [R.EventPageSchema, await events(req("/api/v1/events?limit=100"))],
      [R.EventSchema, await event(req(`/api/v1/events/${id}`), params({ id: String(id) }))],
      [R.ArticlePageSchema, await articles(req("/api/v1/articles"))],
      [
        R.ArticleDetailSchema,
        await article(req(`/api/v1/articles/${articleId}`), params({ id: String(articleId) })),
      ],
      [R.SearchPageSchema, await search(req("/api/v1/search?q=Behemoth"))],
      [R.ApiErrorSchema, await events(req("/api/v1/events?type=nope"))],
    ];
    for (const [schema, res] of checks) {
      const body: unknown = await res.json();
      const parsed = schema.safeParse(body);
      expect(parsed.success, `${res.url} ${parsed.error?.message ?? ""}`).toBe(true);
    }
  });
});

describe("read routes", () => {
  it("answer If-None-Match with 304 and a changed request with a new ETag", async () => {
    const first = await labs(req("/api/v1/labs"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    const again = await labs(req("/api/v1/labs", { "if-none-match": etag ?? "" }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await labs(req("/api/v1/labs?asOf=2025-05-20", { "if-none-match": etag ?? "" }));
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("page articles by cursor and search them", async () => {
    const all = await allPages<ArticleSummary>((c) =>
      articles(req(`/api/v1/articles?limit=2${c ? `&cursor=${c}` : ""}`)),
    );
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    const hits = (await (await search(req("/api/v1/search?q=Behemoth&lang=de"))).json()) as Page<{
      snippet: string;
    }>;
    expect(hits.items.length).toBeGreaterThan(0);
    expect(hits.items.every((h) => h.snippet.includes("\u0002"))).toBe(true);
    expect((await search(req("/api/v1/search"))).status).toBe(400);
    expect((await lab(req("/api/v1/labs/nope"), params({ slug: "nope" }))).status).toBe(404);
    expect((await event(req("/api/v1/events/abc"), params({ id: "abc" }))).status).toBe(404);
  });
});

describe("exports", () => {
  const text = async (res: Response) => {
    expect(res.status).toBe(200);
    return res.text();
  };

  it("stream every matching event as CSV, NDJSON and JSON, the same rows as the API", async () => {
    const expected = await allPages<EventDto>((c) =>
      events(req(`/api/v1/events?lab=meta&limit=3${c ? `&cursor=${c}` : ""}`)),
    );
    expect(expected.length).toBe(seedEvents.filter((e) => e.lab === "meta").length);

    const csvRes = await exportEvents(req("/api/v1/exports/events?lab=meta&format=csv"));
    expect(csvRes.headers.get("content-type")).toContain("text/csv");
    expect(csvRes.headers.get("content-disposition")).toContain("slipwatch-events.csv");
    const rows = parseCsv(await text(csvRes), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.id))).toEqual(expected.map((e) => e.id));
    const behemoth = rows.find((r) => r.model === "llama-4-behemoth" && r.type === "delay");
    expect(behemoth?.citing_article_ids?.split(";")).toHaveLength(3);
    expect(rows.find((r) => r.title?.includes("$72B"))).toMatchObject({
      amount_usd: "72000000000",
      amount_qualifier: "up_to",
    });

    const nd = (await text(await exportEvents(req("/api/v1/exports/events?lab=meta&format=ndjson"))))
      .trimEnd()
      .split("\n");
    expect(nd.map((l) => R.EventSchema.parse(JSON.parse(l)))).toEqual(expected);
    const json = JSON.parse(
      await text(await exportEvents(req("/api/v1/exports/events?lab=meta&format=json"))),
    ) as unknown[];
    expect(json).toEqual(expected);

    const none = JSON.parse(
      await text(await exportEvents(req("/api/v1/exports/events?lab=no-such-lab&format=json"))),
    ) as unknown[];
    expect(none).toEqual([]);
    expect((await exportEvents(req("/api/v1/exports/events?format=xlsx"))).status).toBe(400);
    expect((await exportEvents(req("/api/v1/exports/events?type=nope"))).status).toBe(400);
  });

  it("page through the database by keyset, each row exactly once whatever the page size", async () => {
    const ids = async (pageSize: number) => {
      const out: number[] = [];
      for await (const e of iterateEvents({}, pageSize)) out.push(e.id);
      return out;
    };
    const big = await ids(1000);
    expect(big.length).toBeGreaterThanOrEqual(seedEvents.length);
    expect(await ids(2)).toEqual(big);
    expect(new Set(big).size).toBe(big.length);
  });

  it("stream articles with the article filters", async () => {
    const expected = await allPages<ArticleSummary>((c) =>
      articles(req(`/api/v1/articles?lang=de&limit=2${c ? `&cursor=${c}` : ""}`)),
    );
    const rows = parseCsv(await text(await exportArticles(req("/api/v1/exports/articles?lang=de"))), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.id))).toEqual(expected.map((a) => a.id));
    expect(rows.every((r) => r.language === "de")).toBe(true);
    const nd = (await text(await exportArticles(req("/api/v1/exports/articles?format=ndjson&lang=de"))))
      .trimEnd()
      .split("\n");
    expect(nd.map((l) => R.ArticleSummarySchema.parse(JSON.parse(l)))).toEqual(expected);
  });
});

describe("feeds", () => {
  it("serve a lab's events as valid Atom that parses back with the citing articles linked", async () => {
    const res = await feedLab(
      req("/api/feeds/labs/meta/atom.xml"),
      params({ slug: "meta", format: "atom.xml" }),
    );
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.kind).toBe("atom");
    expect(feed.title).toBe("Slipwatch — Meta");
    const metaEvents = seedEvents.filter((e) => e.lab === "meta");
    expect(feed.items).toHaveLength(metaEvents.length);
    expect(feed.items.every((i) => i.title.startsWith("Meta: "))).toBe(true);
    const delay = feed.items.find((i) => i.title.includes("Behemoth delayed again"));
    expect(delay?.link).toMatch(/^http:\/\/localhost\/en\/events\/\d+$/);
    // The item's HTML lists the three citing articles with links to their Slipwatch pages.
    const links = new Set(
      xml
        .slice(xml.indexOf("Behemoth delayed again"))
        .split("</entry>")[0]
        ?.match(/\/en\/articles\/\d+/g),
    );
    expect(links.size).toBe(3);
  });

  it("serve RSS for everything and per event type; 404 for unknown ones", async () => {
    const all = await feedAll(req("/api/feeds/rss.xml"), params({ format: "rss.xml" }));
    expect(all.headers.get("content-type")).toContain("application/rss+xml");
    const parsed = parseFeed(await all.text());
    expect(parsed.kind).toBe("rss");
    expect(parsed.items.length).toBeGreaterThanOrEqual(seedEvents.length);
    const delays = parseFeed(
      await (
        await feedType(req("/api/feeds/types/delay/rss.xml"), params({ type: "delay", format: "rss.xml" }))
      ).text(),
    );
    expect(delays.items.length).toBe(seedEvents.filter((e) => e.type === "delay").length);
    expect(delays.items.every((i) => i.published !== null)).toBe(true);
    expect((await feedLab(req("/x"), params({ slug: "nope", format: "rss.xml" }))).status).toBe(404);
    expect((await feedType(req("/x"), params({ type: "nope", format: "rss.xml" }))).status).toBe(404);
    expect((await feedAll(req("/x"), params({ format: "feed.json" }))).status).toBe(404);
  });
});
