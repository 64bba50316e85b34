// npm run bench [-- --duration 10 --connections 10 --articles 0 --events 0]
// Serves the production build on a throw-away embedded database (seeded, plus optional synthetic
// rows), then load-tests the main pages and API routes with autocannon on 127.0.0.1 and prints
// requests/second and latency. Figures for notes come from here, never from timed test asserts.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrator";
import { seedDatabase } from "@/prisma/seed";
import { loadSyntheticData, TIERS } from "@/prisma/synthetic";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    articles: { type: "string", default: "0" },
    events: { type: "string", default: "0" },
    port: { type: "string", default: "3300" },
    only: { type: "string" },
  },
});

const TARGETS = [
  "/en",
  "/en/labs/meta",
  "/en/labs",
  "/en/models/llama-4-behemoth",
  "/en/timeline",
  "/en/timeline?lab=xai&type=departure",
  "/en/articles",
  "/en/search?q=Verz%C3%B6gerung",
  "/en/charts/slips",
  "/en/charts/investments",
  "/api/v1/labs",
  "/api/v1/events",
  "/api/v1/events?lab=meta&type=delay&type=investment",
  "/api/v1/models/llama-4-behemoth",
];

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), "slipwatch-bench-"));
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, "pg"),
    port: await findFreePort(),
  });
  const port = Number(values.port);
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await migrate(database.url);
    const prisma = createPrismaClient(database.url);
    await seedDatabase(prisma);
    const articles = Number(values.articles);
    const events = Number(values.events);
    if (articles > 0 || events > 0) {
      console.log(`generating ${articles} synthetic articles and ${events} events …`);
      const quiet = { start() {}, tick() {}, stop() {} };
      await loadSyntheticData(database.url, { ...TIERS["10k"]!, articles, events }, quiet);
    }
    await prisma.$disconnect();

    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/v1/labs`, 60_000);

    const targets = values.only ? TARGETS.filter((t) => t.includes(values.only ?? "")) : TARGETS;
    console.log(
      `\nautocannon: ${values.connections} connections × ${values.duration} s per URL · data: seed` +
        (articles || events ? ` + ${articles} synthetic articles, ${events} events` : " only") +
        ` · ${os.cpus().length} cores\n`,
    );
    console.log("| URL | status | req/s (mean) | p50 ms | p99 ms | non-2xx |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: |");
    for (const target of targets) {
      const url = `${base}${target}`;
      const probe = await fetch(url);
      await probe.arrayBuffer();
      if (!probe.ok) {
        console.log(`| ${target} | ${probe.status} | skipped | | | |`);
        continue;
      }
      // One warm-up pass fills the data cache, as the first reader after a save would.
      await autocannon({ url, connections: 2, duration: 1 });
      const r = await autocannon({
        url,
        connections: Number(values.connections),
        duration: Number(values.duration),
      });
      console.log(
        `| ${target} | ${probe.status} | ${r.requests.mean.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} |`,
      );
    }
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
