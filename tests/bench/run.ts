// npm run bench [-- --tier none|10k|100k|1m --duration 5 --connections 10 --port 3300 --only STR --no-queries]
// Serves the production build on a database with the chosen synthetic tier (loaded with COPY,
// resumable; kept between runs in .data/bench-<tier> unless DATABASE_URL or SLIPWATCH_DATA_DIR
// says otherwise) and prints, from one run:
//   · the static ceiling: a static file of about the page's size from the same server;
//   · every reader page cold (its first request after the server started, nothing cached) and hot;
//   · the API routes and search in both languages;
//   · req/s, p50, p95, p99 and the ratio to the ceiling;
//   · per page, its first-load JavaScript: the build's files its HTML loads, gzipped;
//   · per page, its data functions' time through the ORM beside the sum of its queries' raw SQL
//     execution times (EXPLAIN ANALYZE), with the plans written to the JSON.
// The server is the one users run (lib/cli/next-server.ts: our HTTP server around Next, with its
// response cache), not `next start`.
// Results go to bench-results/<timestamp>.json. Figures come from here, never from timed tests.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { loadSyntheticData, TIERS } from "@/prisma/synthetic";
import { waitForServer } from "../support/wait-for-http";
import { captureQueries, loadAverage } from "./capture-queries";

const { values } = parseArgs({
  options: {
    tier: { type: "string", default: "100k" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    only: { type: "string" },
    "no-queries": { type: "boolean", default: false },
  },
});

const SYN_LAB = "synthetic-001"; // the lab with the most coverage (the generator skews towards it)
const SYN_MODEL = "synthetic-model-0001";
const synthetic = values.tier !== "none";
const LAB = synthetic ? SYN_LAB : "meta";
const MODEL = synthetic ? SYN_MODEL : "llama-4-behemoth";

interface Target {
  name: string;
  url: string;
  kind: "page" | "api" | "search";
}
const TARGETS: Target[] = [
  { name: "home", url: "/en", kind: "page" },
  { name: "lab page", url: `/en/labs/${LAB}`, kind: "page" },
  { name: "labs", url: "/en/labs", kind: "page" },
  { name: "model page", url: `/en/models/${MODEL}`, kind: "page" },
  { name: "timeline", url: "/en/timeline", kind: "page" },
  { name: "timeline, 3 filters", url: `/en/timeline?lab=${LAB}&type=delay&status=reported`, kind: "page" },
  { name: "articles", url: "/en/articles", kind: "page" },
  { name: "slip board", url: "/en/charts/slips", kind: "page" },
  { name: "investments", url: "/en/charts/investments", kind: "page" },
  { name: "setbacks", url: "/en/charts/setbacks", kind: "page" },
  { name: "search de", url: "/de/search?q=Verz%C3%B6gerung", kind: "search" },
  { name: "search en", url: "/en/search?q=layoffs", kind: "search" },
  { name: "api search", url: "/api/v1/search?q=Verz%C3%B6gerung", kind: "search" },
  { name: "api labs", url: "/api/v1/labs", kind: "api" },
  { name: "api events", url: "/api/v1/events", kind: "api" },
  { name: "api events, filtered", url: `/api/v1/events?lab=${LAB}&type=delay&type=investment`, kind: "api" },
  { name: "api model", url: `/api/v1/models/${MODEL}`, kind: "api" },
];

/** The built static file nearest in size to `bytes` (served by the same Next server). */
function staticFileNear(bytes: number): { url: string; bytes: number } | null {
  const dir = ".next/static/chunks";
  const files: { url: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".js"))
        files.push({ url: `/_next/static/${path.relative(".next/static", p)}`, bytes: statSync(p).size });
    }
  };
  if (existsSync(dir)) walk(dir);
  files.sort((a, b) => Math.abs(a.bytes - bytes) - Math.abs(b.bytes - bytes));
  return files[0] ?? null;
}

/**
 * First-load JavaScript of a page: the build's script files its HTML loads (`<script src>` under
 * /_next/static/, without the `noModule` polyfills), each gzipped as a server would send it,
 * summed. Inline scripts (the page's RSC payload) are part of the HTML size instead.
 */
function firstLoadJsGzip(html: string): { bytes: number; files: number } {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="\/_next\/static\/([^"?]+)[^>]*>/g)) {
    // Legacy polyfills (`noModule`) are skipped by every browser that runs modules.
    if (!/\snoModule/i.test(m[0])) srcs.add(m[1]!);
  }
  let bytes = 0;
  for (const src of srcs) {
    const file = path.join(".next/static", src);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).byteLength;
  }
  return { bytes, files: srcs.size };
}

interface LoadResult {
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Latency percentiles from every response (autocannon's own summary has no p95). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(url: string): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const r = await instance;
  times.sort((x, y) => x - y);
  return {
    // Completed responses over the run; a page slower than the run itself shows as 0.
    reqPerSec: Math.round((times.length / Number(values.duration)) * 10) / 10,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Waits until the server answers a small request quickly again: a slow page's backlog is done. */
async function drain(base: string) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(`${base}/api/v1/labs`)).arrayBuffer();
    if (performance.now() - started < 300) return;
  }
}

// ── Query timing: each page's data functions through the ORM, and their SQL under EXPLAIN ──────

interface QueryTiming {
  page: string;
  ormMs: number;
  sqlMs: number;
  queries: { sql: string; ms: number; plan: string }[];
}

async function timeQueries(url: string): Promise<QueryTiming[]> {
  // The bench's own client, logging every statement the data functions send (lib/db reuses it).
  const { client, captured } = await captureQueries(url);

  const { getLabBySlug, findLabs } = await import("@/lib/data/labs");
  const { getLabFacts } = await import("@/lib/data/lab-overview");
  const { findModelPlans, findTopSlips } = await import("@/lib/data/model-plans");
  const { findReaderEvents, findRecentlyReportedEvents } = await import("@/lib/data/reader-events");
  const { findArticles, searchArticles } = await import("@/lib/data/articles");
  const { getModelBySlug } = await import("@/lib/data/models");
  const { getSlipChartPage, getInvestmentsPageChart, getSetbacksChart } = await import("@/lib/data/charts");
  const { findEvents } = await import("@/lib/data/events");
  const today = new Date().toISOString().slice(0, 10);
  const year = { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };

  const pages: [string, () => Promise<unknown>][] = [
    [
      "home",
      () =>
        Promise.all([
          findRecentlyReportedEvents({ limit: 8 }),
          findTopSlips({ today, limit: 5 }),
          findLabs(),
        ]),
    ],
    [
      "lab page",
      () =>
        Promise.all([
          getLabBySlug(LAB),
          getLabFacts(LAB, { since: year.from, until: year.to }),
          findModelPlans({ lab: LAB }),
          findReaderEvents({ lab: [LAB], limit: 20 }),
          findArticles({ lab: [LAB], limit: 5 }),
        ]),
    ],
    [
      "model page",
      () => Promise.all([getModelBySlug(MODEL), findReaderEvents({ model: [MODEL], limit: 20 })]),
    ],
    ["timeline", () => findReaderEvents({ limit: 20 })],
    [
      "timeline, 3 filters",
      () => findReaderEvents({ lab: [LAB], type: ["delay"], status: ["reported"], limit: 20 }),
    ],
    ["slip board", () => getSlipChartPage({}, today)],
    ["investments", () => getInvestmentsPageChart({})],
    ["setbacks", () => getSetbacksChart({}, "count")],
    ["search de", () => searchArticles("Verzögerung", { limit: 20 })],
    ["search en", () => searchArticles("layoffs", { limit: 20 })],
    ["api events", () => findEvents({ limit: 50 })],
  ];
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  const results: QueryTiming[] = [];
  try {
    for (const [page, run] of pages) {
      await run(); // warm the connection pool and the database's buffers
      captured.length = 0;
      const started = performance.now();
      await run();
      const ormMs = performance.now() - started;
      const queries: QueryTiming["queries"] = [];
      for (const q of captured) {
        try {
          const params = JSON.parse(q.params) as unknown[];
          const res = await raw.query<{
            "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number; Plan: unknown }];
          }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.query}`, params);
          const plan = res.rows[0]!["QUERY PLAN"][0];
          const text = await raw.query<{ "QUERY PLAN": string }>(
            `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${q.query}`,
            params,
          );
          queries.push({
            sql: q.query,
            ms: plan["Execution Time"] + plan["Planning Time"],
            plan: text.rows.map((r) => r["QUERY PLAN"]).join("\n"),
          });
        } catch (error) {
          queries.push({ sql: q.query, ms: NaN, plan: `not explained: ${(error as Error).message}` });
        }
      }
      const sqlMs = queries.reduce((s, q) => s + (Number.isNaN(q.ms) ? 0 : q.ms), 0);
      results.push({ page, ormMs, sqlMs, queries });
    }
  } finally {
    await raw.end();
    await client.$disconnect();
  }
  return results;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const tier = synthetic ? TIERS[values.tier ?? ""] : undefined;
  if (synthetic && !tier) throw new Error(`--tier must be none or one of ${Object.keys(TIERS).join(", ")}`);
  if (!process.env.DATABASE_URL && !process.env.SLIPWATCH_DATA_DIR) {
    process.env.SLIPWATCH_DATA_DIR = path.resolve(`.data/bench-${values.tier}`);
  }
  const log = (line: string) => console.log(`[bench] ${line}`);
  const database = await openDatabase(log);
  let server: ReturnType<typeof spawn> | undefined;
  const port = Number(values.port);
  try {
    await migrateDatabase(database.url, log);
    const prisma = createPrismaClient(database.url);
    // The five seed articles only, so figures stay comparable with earlier bench runs.
    if ((await prisma.lab.count()) === 0) await seedDatabase(prisma, { packs: "base" });
    const counts = { articles: await prisma.article.count(), events: await prisma.event.count() };
    await prisma.$disconnect();
    if (tier) {
      log(`tier ${values.tier}: loading (or resuming) ${tier.articles} articles and ${tier.events} events …`);
      const quiet = { start() {}, tick() {}, stop() {} };
      const loaded = await loadSyntheticData(database.url, tier, quiet, log);
      if (loaded.rows > 0) log(`loaded ${loaded.rows} rows in ${loaded.seconds.toFixed(0)} s`);
      const p2 = createPrismaClient(database.url);
      counts.articles = await p2.article.count();
      counts.events = await p2.event.count();
      await p2.$disconnect();
    }

    const queryTimings = values["no-queries"] ? [] : await timeQueries(database.url);

    server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/next-server.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/v1/openapi.json`, 120_000);

    const targets = values.only
      ? TARGETS.filter((t) => t.name.includes(values.only ?? "") || t.url.includes(values.only ?? ""))
      : TARGETS;
    const header =
      `autocannon: ${values.connections} connections × ${values.duration} s per URL · ` +
      `${counts.articles} articles, ${counts.events} events · ${os.cpus().length} cores · load average ${loadAverage()}`;
    console.log(`\n${header}\n`);

    // Cold: each URL's first request after the server started (no page or data cache yet).
    const cold = new Map<string, { ms: number; bytes: number; status: number; js: { bytes: number; files: number } | null }>();
    for (const t of targets) {
      const started = performance.now();
      // Uncompressed, like the hot run (autocannon sends no Accept-Encoding): the same cache entry.
      const res = await fetch(`${base}${t.url}`, { headers: { "accept-encoding": "identity" } });
      const body = await res.arrayBuffer();
      const js = t.url.startsWith("/api/") ? null : firstLoadJsGzip(Buffer.from(body).toString("utf8"));
      cold.set(t.url, { ms: performance.now() - started, bytes: body.byteLength, status: res.status, js });
    }

    const rows: Record<string, unknown>[] = [];
    console.log(
      "| URL | status | kB | JS gz kB | cold ms | req/s | p50 | p95 | p99 | errors | ceiling req/s | ratio | load avg |",
    );
    console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    const ceilingCache = new Map<string, LoadResult>();
    for (const t of targets) {
      const c = cold.get(t.url)!;
      if (c.status >= 400) {
        console.log(`| ${t.url} | ${c.status} | | | | skipped | | | | | | | |`);
        continue;
      }
      await autocannon({ url: `${base}${t.url}`, connections: 2, duration: 1 });
      await drain(base);
      const hot = await load(`${base}${t.url}`);
      await drain(base);
      const file = staticFileNear(c.bytes);
      let ceiling: LoadResult | undefined;
      if (file) {
        ceiling = ceilingCache.get(file.url) ?? (await load(`${base}${file.url}`));
        await drain(base);
        ceilingCache.set(file.url, ceiling);
      }
      const ratio = ceiling ? hot.reqPerSec / Math.max(1, ceiling.reqPerSec) : NaN;
      const la = os.loadavg()[0]!.toFixed(2);
      console.log(
        `| ${t.url} | ${c.status} | ${(c.bytes / 1024).toFixed(0)} | ${c.js ? (c.js.bytes / 1024).toFixed(0) : "–"} | ${c.ms.toFixed(0)} | ${hot.reqPerSec} | ${hot.p50} | ${hot.p95} | ${hot.p99} | ${hot.errors + hot.non2xx} | ` +
          `${ceiling?.reqPerSec ?? "–"} | ${ratio.toFixed(2)}x | ${la} |`,
      );
      rows.push({
        ...t,
        status: c.status,
        bytes: c.bytes,
        firstLoadJsGzipBytes: c.js?.bytes ?? null,
        coldMs: c.ms,
        hot,
        ceiling: file ? { file, ...ceiling } : null,
        ratio,
        loadAverage: la,
      });
    }

    if (queryTimings.length) {
      console.log("\n| page data | ORM ms | raw SQL ms (EXPLAIN ANALYZE, sum) | queries | ratio |");
      console.log("| --- | ---: | ---: | ---: | ---: |");
      for (const q of queryTimings) {
        console.log(
          `| ${q.page} | ${q.ormMs.toFixed(1)} | ${q.sqlMs.toFixed(1)} | ${q.queries.length} | ${(q.ormMs / Math.max(0.1, q.sqlMs)).toFixed(2)}x |`,
        );
      }
    }

    mkdirSync("bench-results", { recursive: true });
    const file = path.join(
      "bench-results",
      `${new Date().toISOString().replace(/[:.]/g, "-")}-${values.tier}.json`,
    );
    writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          tier: values.tier,
          counts,
          cores: os.cpus().length,
          loadAverageAtEnd: os.loadavg(),
          connections: Number(values.connections),
          durationSeconds: Number(values.duration),
          urls: rows,
          queries: queryTimings,
        },
        null,
        2,
      ),
    );
    console.log(`\nload average at the end: ${loadAverage()} · results in ${file}`);
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
