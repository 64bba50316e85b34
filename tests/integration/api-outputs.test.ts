import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { createScratchDatabase } from "./support/io-scratch-database";

/**
 * Every GET route under /api/v1 and /api/feeds, called on a fixed list of URLs against the default
 * seed (base + starter pack), compared with a snapshot taken from the code before issue 13's
 * clean-up (tests/integration/fixtures/api-outputs.json): a refactor that changes any status,
 * header we set or byte of a body fails here, with the URL that changed.
 *
 * Only two things vary between runs, and both are pinned rather than masked:
 * - the clock (`todayIso()` judges scorecards and slips, and the seed may read it): Date is faked
 *   to a fixed instant;
 * - `created_at` / `updated_at`, which Postgres fills with now() on insert (they surface as
 *   `addedAt` / `lastChangedAt`): set to that same instant after seeding.
 * Autoincrement ids are stable because the scratch database is new and seeded in one order.
 *
 * Regenerate deliberately with UPDATE_API_SNAPSHOT=1 (and say why in the commit).
 */

const FIXED_NOW = new Date("2026-11-27T12:00:00.000Z");
const SNAPSHOT = path.join(import.meta.dirname, "fixtures", "api-outputs.json");

vi.useFakeTimers({ toFake: ["Date"], now: FIXED_NOW });

const scratch = await createScratchDatabase(inject("databaseUrl"), "api_outputs_test");
process.env.DATABASE_URL = scratch.url;
const prisma = createPrismaClient(scratch.url);
await seedDatabase(prisma);
await prisma.$disconnect();
await pinTimestamps(scratch.url);

async function pinTimestamps(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name IN ('created_at', 'updated_at')`,
    );
    for (const { table_name, column_name } of rows)
      await client.query(`UPDATE "${table_name}" SET "${column_name}" = $1`, [FIXED_NOW]);
  } finally {
    await client.end();
  }
}

type Handler = (request: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface Route {
  pattern: string;
  load: () => Promise<{ GET: unknown }>;
}

// Every GET route handler under app/api; the test below checks this list against the folder.
const ROUTES: Route[] = [
  { pattern: "/api/feeds/[format]", load: () => import("@/app/api/feeds/[format]/route") },
  {
    pattern: "/api/feeds/labs/[slug]/[format]",
    load: () => import("@/app/api/feeds/labs/[slug]/[format]/route"),
  },
  {
    pattern: "/api/feeds/types/[type]/[format]",
    load: () => import("@/app/api/feeds/types/[type]/[format]/route"),
  },
  { pattern: "/api/v1/articles", load: () => import("@/app/api/v1/articles/route") },
  { pattern: "/api/v1/articles/[id]", load: () => import("@/app/api/v1/articles/[id]/route") },
  { pattern: "/api/v1/charts/investments", load: () => import("@/app/api/v1/charts/investments/route") },
  { pattern: "/api/v1/charts/setbacks", load: () => import("@/app/api/v1/charts/setbacks/route") },
  { pattern: "/api/v1/charts/slips", load: () => import("@/app/api/v1/charts/slips/route") },
  { pattern: "/api/v1/events", load: () => import("@/app/api/v1/events/route") },
  { pattern: "/api/v1/events/[id]", load: () => import("@/app/api/v1/events/[id]/route") },
  { pattern: "/api/v1/exports/articles", load: () => import("@/app/api/v1/exports/articles/route") },
  { pattern: "/api/v1/exports/events", load: () => import("@/app/api/v1/exports/events/route") },
  { pattern: "/api/v1/labs", load: () => import("@/app/api/v1/labs/route") },
  { pattern: "/api/v1/labs/[slug]", load: () => import("@/app/api/v1/labs/[slug]/route") },
  { pattern: "/api/v1/models", load: () => import("@/app/api/v1/models/route") },
  { pattern: "/api/v1/models/[slug]", load: () => import("@/app/api/v1/models/[slug]/route") },
  { pattern: "/api/v1/openapi.json", load: () => import("@/app/api/v1/openapi.json/route") },
  { pattern: "/api/v1/scorecards", load: () => import("@/app/api/v1/scorecards/route") },
  { pattern: "/api/v1/search", load: () => import("@/app/api/v1/search/route") },
];

/** The route a path belongs to and its dynamic segments, matched segment by segment. */
function match(pathname: string): { route: Route; params: Record<string, string> } {
  const parts = pathname.split("/");
  for (const route of ROUTES) {
    const pattern = route.pattern.split("/");
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      const name = /^\[(.+)\]$/.exec(seg)?.[1];
      if (name) params[name] = decodeURIComponent(parts[i] ?? "");
      return name !== undefined || seg === parts[i];
    });
    // The first route that fits; no two of them fit the same path today.
    if (ok) return { route, params };
  }
  throw new Error(`no route for ${pathname}`);
}

interface Output {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

// The headers our code sets; Date and the like are not ours.
const HEADERS = [
  "content-type",
  "content-disposition",
  "cache-control",
  "etag",
  "vary",
  "x-content-type-options",
];

async function call(url: string, headers: Record<string, string> = {}): Promise<Output> {
  const request = new NextRequest(new URL(url, "http://localhost"), { headers });
  const { route, params } = match(request.nextUrl.pathname);
  const GET = (await route.load()).GET as Handler;
  const response = await GET(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const picked: Record<string, string> = {};
  for (const h of HEADERS) {
    const v = response.headers.get(h);
    if (v !== null) picked[h] = v;
  }
  return {
    status: response.status,
    headers: picked,
    body: type.startsWith("application/json") ? JSON.parse(text) : text,
  };
}

async function json<T>(url: string): Promise<T> {
  const out = await call(url);
  expect(out.status, url).toBe(200);
  return out.body as T;
}

/** The fixed URLs, plus one record URL for every lab, model, event and article the lists show. */
async function urls(): Promise<string[]> {
  const fixed = [
    "/api/v1/labs",
    "/api/v1/labs?asOf=2025-06-01",
    "/api/v1/labs?asOf=nonsense",
    "/api/v1/labs/meta?asOf=2025-09-01",
    "/api/v1/labs/no-such-lab",
    "/api/v1/labs/Not%20A%20Slug",
    "/api/v1/models",
    "/api/v1/models?asOf=2025-06-01",
    "/api/v1/models/llama-4-behemoth?asOf=2025-06-01",
    "/api/v1/models/no-such-model",
    "/api/v1/events",
    "/api/v1/events?lab=meta",
    "/api/v1/events?lab=xai&lab=openai",
    "/api/v1/events?type=delay,investment&limit=10",
    "/api/v1/events?model=llama-4-behemoth",
    "/api/v1/events?status=confirmed&limit=10",
    "/api/v1/events?claims=all&limit=10",
    "/api/v1/events?from=2026-01-01&to=2026-06-30",
    "/api/v1/events?q=avocado",
    "/api/v1/events?asOf=2025-06-01&limit=10",
    "/api/v1/events?type=nonsense",
    "/api/v1/events?from=2025-06-01&to=2025-01-01",
    "/api/v1/events?limit=0",
    "/api/v1/events?cursor=not-a-cursor",
    "/api/v1/events/999999",
    "/api/v1/events/abc",
    "/api/v1/articles",
    "/api/v1/articles?lang=de",
    "/api/v1/articles?lab=openai",
    "/api/v1/articles?from=2025-06-01&to=2025-12-31",
    "/api/v1/articles?asOf=2025-06-01",
    "/api/v1/articles?limit=abc",
    "/api/v1/articles/999999",
    "/api/v1/articles/abc",
    "/api/v1/search?q=delay",
    "/api/v1/search?q=Verz%C3%B6gerung",
    "/api/v1/search?q=openai&limit=3",
    "/api/v1/search?q=model&lang=en&limit=5",
    "/api/v1/search?q=",
    "/api/v1/charts/setbacks",
    "/api/v1/charts/setbacks?mode=share",
    "/api/v1/charts/setbacks?mode=share&format=csv",
    "/api/v1/charts/setbacks?lab=meta&type=delay&format=csv",
    "/api/v1/charts/setbacks?mode=bogus",
    "/api/v1/charts/slips",
    "/api/v1/charts/slips?asOf=2025-09-01",
    "/api/v1/charts/slips?format=csv",
    "/api/v1/charts/slips?lab=openai&format=csv",
    "/api/v1/charts/investments",
    "/api/v1/charts/investments?format=csv",
    "/api/v1/charts/investments?lab=meta&lab=no-such-lab",
    "/api/v1/charts/investments?format=xml",
    "/api/v1/scorecards",
    "/api/v1/scorecards?sort=missed",
    "/api/v1/scorecards?sort=slip&asOf=2025-09-01",
    "/api/v1/scorecards?sort=lab",
    "/api/v1/scorecards?sort=overdue",
    "/api/v1/scorecards?sort=bogus",
    "/api/v1/openapi.json",
    "/api/v1/exports/events",
    "/api/v1/exports/events?format=ndjson&lab=meta",
    "/api/v1/exports/events?format=json&type=delay",
    "/api/v1/exports/events?format=xml",
    "/api/v1/exports/articles",
    "/api/v1/exports/articles?format=ndjson&lang=de",
    "/api/v1/exports/articles?format=json&lab=openai",
    "/api/feeds/atom.xml",
    "/api/feeds/rss.xml",
    "/api/feeds/feed.txt",
    "/api/feeds/labs/meta/atom.xml",
    "/api/feeds/labs/openai/rss.xml",
    "/api/feeds/labs/no-such-lab/atom.xml",
    "/api/feeds/types/delay/atom.xml",
    "/api/feeds/types/investment/rss.xml",
    "/api/feeds/types/nonsense/rss.xml",
  ];
  const labs = (await json<{ items: { slug: string }[] }>("/api/v1/labs")).items;
  const models = (await json<{ items: { slug: string }[] }>("/api/v1/models")).items;
  const pages = async (base: string) => {
    const out: string[] = [];
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${base}${base.includes("?") ? "&" : "?"}limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      out.push(url);
      const page = await json<{ items: { id: number }[]; nextCursor: string | null }>(url);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return { urls: out, ids };
  };
  const events = await pages("/api/v1/events");
  const articles = await pages("/api/v1/articles");
  const search = await pages("/api/v1/search?q=delay");
  return [
    ...fixed,
    ...events.urls,
    ...articles.urls,
    ...search.urls,
    ...(await pages("/api/v1/events?lab=openai")).urls,
    ...labs.map((l) => `/api/v1/labs/${l.slug}`),
    ...models.map((m) => `/api/v1/models/${m.slug}`),
    ...events.ids.map((id) => `/api/v1/events/${id}`),
    ...articles.ids.map((id) => `/api/v1/articles/${id}`),
    `/api/v1/events/${events.ids.at(-1)}?asOf=2025-06-01`,
    `/api/v1/articles/${articles.ids.at(-1)}?asOf=2025-06-01`,
  ];
}

afterAll(async () => {
  vi.useRealTimers();
  await scratch.drop();
});

describe("API outputs on the default seed", () => {
  it("covers every GET route handler under app/api", async () => {
    const api = path.resolve(import.meta.dirname, "../../app/api");
    const onDisk = readdirSync(api, { recursive: true, encoding: "utf8" })
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => `/api/${path.dirname(f).split(path.sep).join("/")}`)
      .sort();
    expect(ROUTES.map((r) => r.pattern).sort()).toEqual(onDisk);
  });

  // Some 400 requests: generous on a loaded machine.
  it("answers every URL exactly as before the clean-up", { timeout: 600_000 }, async () => {
    const actual: Record<string, Output> = {};
    for (const url of await urls()) actual[url] = await call(url);
    // A conditional request with the ETag we sent is a 304, as before.
    const etag = actual["/api/v1/labs"]?.headers.etag ?? "";
    actual["/api/v1/labs (If-None-Match)"] = await call("/api/v1/labs", { "If-None-Match": etag });

    if (process.env.UPDATE_API_SNAPSHOT === "1") {
      // One line per URL: small, and a diff names the URLs that changed.
      const lines = Object.entries(actual).map(
        ([url, out]) => `${JSON.stringify(url)}: ${JSON.stringify(out)}`,
      );
      await writeFile(SNAPSHOT, `{\n${lines.join(",\n")}\n}\n`);
      return;
    }
    const expected = JSON.parse(await readFile(SNAPSHOT, "utf8")) as Record<string, Output>;
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const url of Object.keys(expected)) expect(actual[url], url).toEqual(expected[url]);
  });
});
