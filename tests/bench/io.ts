// npm run bench:io [-- --articles 20000 --articles-extract 5000 --batch-size N --only import|export --format ndjson|csv|json --keep]
// Bulk data in and out at scale (issue 11), on the database of SLIPWATCH_DATA_DIR / DATABASE_URL
// (e.g. the 100k tier loaded by `npm run db:synthetic -- --tier 100k`):
//   · import: writes N realistic articles (the synthetic generator's vocabulary, labs and models)
//     to an NDJSON file and imports it through the real path (importFile: zod row check, URL and
//     content-hash duplicate rules, batches with checkpoints, review items), once with the
//     extraction assistant off and once on; prints articles/s. The imported drafts are removed
//     afterwards unless --keep.
//   · export: streams every event through GET /api/v1/exports/events (the route handler itself)
//     and prints the process's resident memory at every 100,000 rows.
// Figures come from here, never from timed tests.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { createPrismaClient } from "@/lib/db";
import { loadImportContext } from "@/lib/import/context";
import { importFile, type ImportSummary } from "@/lib/import/run-import";
import { seedDatabase } from "@/prisma/seed";
import { importRecord, TIERS } from "@/prisma/synthetic";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    "articles-extract": { type: "string", default: "5000" },
    "batch-size": { type: "string" },
    only: { type: "string" },
    format: { type: "string", default: "ndjson" },
    keep: { type: "boolean", default: false },
  },
});

const log = (line: string) => console.log(`[bench:io] ${line}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");

/**
 * CPU seconds used so far by this process and by the database server (the postmaster and its
 * children, read from /proc): on a machine shared with others the wall clock says little, the
 * CPU time a run costs says what it would take on cores of its own.
 */
function cpuSeconds(postmaster: number | null): { node: number; db: number } {
  const usage = process.cpuUsage();
  const node = (usage.user + usage.system) / 1e6;
  if (postmaster === null) return { node, db: NaN };
  const tick = 100; // USER_HZ on Linux
  let db = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      if (pid === postmaster || ppid === postmaster) db += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return { node, db };
}

async function postmasterPid(prisma: ReturnType<typeof createPrismaClient>): Promise<number | null> {
  try {
    const [row] = await prisma.$queryRaw<
      { setting: string }[]
    >`SELECT setting FROM pg_settings WHERE name = 'data_directory'`;
    return Number(readFileSync(path.join(row!.setting, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null; // a database on another machine, or not ours to read
  }
}

/** Writes n import rows; the run id keeps URLs and texts new on every run. */
function writeImportFile(n: number, run: string): string {
  const file = path.join(os.tmpdir(), `slipwatch-bench-io-${run}.ndjson`);
  // The 100k tier's labs and models, so mentions and suggestions name what the database tracks.
  const tier = TIERS["100k"]!;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(importRecord(tier, run, i)));
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

async function benchImport(url: string) {
  const prisma = createPrismaClient(url);
  try {
    if ((await prisma.lab.count()) === 0) await seedDatabase(prisma, { packs: "base" });
    const started = performance.now();
    const context = await loadImportContext(prisma);
    log(
      `import context: ${context.labs.length} labs, ${context.models.length} models (${(performance.now() - started).toFixed(0)} ms, once per run)`,
    );
    const stamp = Date.now().toString(36);
    const postmaster = await postmasterPid(prisma);
    const passes = [
      { name: "extraction off", n: Number(values.articles), extract: false },
      { name: "extraction on", n: Number(values["articles-extract"]), extract: true },
    ];
    for (const pass of passes) {
      if (pass.n <= 0) continue;
      const file = writeImportFile(pass.n, `${stamp}-${pass.extract ? "x" : "n"}`);
      const batchSize = values["batch-size"] ? Number(values["batch-size"]) : undefined;
      const t0 = performance.now();
      const cpu0 = cpuSeconds(postmaster);
      let summary: ImportSummary;
      try {
        summary = await importFile(prisma, file, {
          context,
          extract: pass.extract,
          ...(batchSize ? { batchSize } : {}),
        });
      } finally {
        rmSync(file, { force: true });
      }
      const seconds = (performance.now() - t0) / 1000;
      const cpu1 = cpuSeconds(postmaster);
      const node = cpu1.node - cpu0.node;
      const db = cpu1.db - cpu0.db;
      log(
        `import, ${pass.name}: ${summary.rows} rows → ${summary.imported} drafts queued, ` +
          `${summary.skippedKnown + summary.skippedDuplicate} skipped, ${summary.badRows.length} bad in ${seconds.toFixed(1)} s = ` +
          `**${Math.round(summary.rows / seconds)} articles/s** (RSS ${mb(process.memoryUsage().rss)}, load ${loadAverage()})`,
      );
      log(
        `  CPU: import process ${node.toFixed(1)} s, database ${db.toFixed(1)} s → ` +
          `${(((node + db) / summary.rows) * 1000).toFixed(2)} CPU-ms per article; on two idle cores, ` +
          `about ${Math.round(summary.rows / Math.max(node, db, (node + db) / 2))} articles/s`,
      );
      if (!values.keep) {
        // The drafts and their review items go again, so repeated runs measure the same database.
        const ids = await prisma.reviewItem.findMany({
          where: { importRunId: summary.runId },
          select: { articleId: true },
        });
        await prisma.reviewItem.deleteMany({ where: { importRunId: summary.runId } });
        for (let i = 0; i < ids.length; i += 10_000) {
          await prisma.article.deleteMany({
            where: { id: { in: ids.slice(i, i + 10_000).map((r) => r.articleId) } },
          });
        }
        await prisma.importRun.delete({ where: { id: summary.runId } });
      }
    }
  } finally {
    await prisma.$disconnect();
  }
}

async function benchExport(url: string) {
  process.env.DATABASE_URL = url;
  const { NextRequest } = await import("next/server");
  const { GET } = await import("@/app/api/v1/exports/events/route");
  const format = values.format ?? "ndjson";
  const started = performance.now();
  const response = await GET(new NextRequest(`http://localhost/api/v1/exports/events?format=${format}`));
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  log(
    `export (${format}): first row after ${(performance.now() - started).toFixed(0)} ms, RSS ${mb(process.memoryUsage().rss)}`,
  );
  // One newline per row in every format (JSON puts it before each row; the header line of CSV and
  // the closing bracket of JSON add one). Quoted CSV cells may hold newlines: CSV counts are approximate.
  let rows = 0;
  let bytes = 0;
  let nextMark = 100_000;
  let peak = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) rows++;
    if (rows >= nextMark) {
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      const s = (performance.now() - started) / 1000;
      log(
        `export: ${nextMark.toLocaleString("en")} rows, RSS ${mb(rss)}, heap ${mb(process.memoryUsage().heapUsed)}, ${Math.round(rows / s)} rows/s`,
      );
      nextMark += 100_000;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  log(
    `export (${format}): ${rows} rows, ${mb(bytes)} in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s; ` +
      `RSS at the end ${mb(process.memoryUsage().rss)}, peak sampled ${mb(peak)} (load ${loadAverage()})`,
  );
  const { db } = await import("@/lib/db");
  await db.$disconnect();
}

async function main() {
  const database = await openDatabase(log);
  try {
    await migrateDatabase(database.url, log);
    log(`${os.cpus().length} cores, load average ${loadAverage()}`);
    if (values.only !== "export") await benchImport(database.url);
    if (values.only !== "import") await benchExport(database.url);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
