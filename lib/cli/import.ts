// npm run import -- FILE… [--batch-size N] [--format ndjson|csv|feed] [--batch-delay-ms N] [--no-extract]
// Bulk import of articles (NDJSON, CSV, RSS/Atom) as drafts for the editors' review queue, with
// the extraction assistant's suggestions. Streams, commits in batches, and resumes after a kill.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { loadImportContext } from "@/lib/import/context";
import { importFile, type ImportSummary } from "@/lib/import/run-import";
import type { ImportFormat } from "@/lib/import/sources";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "batch-size": { type: "string", default: "200" },
    format: { type: "string" },
    "batch-delay-ms": { type: "string", default: "0" },
    quiet: { type: "boolean", default: false },
    "no-extract": { type: "boolean", default: false },
  },
});

const log = (line: string) => console.error(`[slipwatch] ${line}`);
const batchSize = Number(values["batch-size"]);
const batchDelayMs = Number(values["batch-delay-ms"]);
const format = values.format as ImportFormat | undefined;
if (positionals.length === 0) {
  console.error("usage: npm run import -- FILE… [--batch-size 200] [--format ndjson|csv|feed] [--no-extract]");
  process.exit(64);
}
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  console.error("--batch-size must be a whole number from 1 to 10000");
  process.exit(64);
}
if (format && !["ndjson", "csv", "feed"].includes(format)) {
  console.error("--format must be ndjson, csv or feed");
  process.exit(64);
}

function formatRate(rows: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? (rows / seconds).toFixed(0) : "0";
}

/** Remaining time from the average speed so far: steadier than the bar's own, which sees bursts. */
function formatEta(bytes: number, totalBytes: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  if (bytes <= 0 || seconds < 1) return "…";
  const left = Math.max(0, Math.round(((totalBytes - bytes) * seconds) / bytes));
  return left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, "0")}s` : `${left}s`;
}

function report(s: ImportSummary) {
  const resumed = s.resumedAfterLine ? ` (resumed after line ${s.resumedAfterLine})` : "";
  console.log(
    `${s.file}${resumed}: ${s.rows} rows read, ${s.imported} drafts queued, ${s.skippedKnown} known URLs skipped, ` +
      `${s.skippedDuplicate} duplicates skipped, ${s.badRows.length} bad rows`,
  );
  const shown = s.badRows.slice(0, 50);
  for (const b of shown) console.log(`  line ${b.line}: ${b.reason}`);
  if (s.badRows.length > shown.length) console.log(`  … and ${s.badRows.length - shown.length} more (stored with import run ${s.runId})`);
}

const database = await openDatabase(log);
const prisma = createPrismaClient(database.url);
let exitCode = 0;
// Ctrl-C: the open batch's transaction is rolled back with the connection; committed ones stay.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n[slipwatch] interrupted — run the same command again to resume after the last committed batch`);
    void prisma
      .$disconnect()
      .finally(() => database.stop())
      .finally(() => process.exit(130));
  });
}
try {
  await migrateDatabase(database.url, log);
  const context = await loadImportContext(prisma);
  for (const file of positionals) {
    const interactive = process.stderr.isTTY && !values.quiet;
    const startedAt = Date.now();
    const bar = new cliProgress.SingleBar(
      {
        format: `${file} [{bar}] {percentage}% | {rows} rows · {rate} rows/s | ETA {etaText} | queued {imported} · skipped {skipped} · bad {bad}`,
        hideCursor: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    try {
      const summary = await importFile(prisma, file, {
        batchSize,
        batchDelayMs,
        context,
        extract: !values["no-extract"],
        ...(format ? { format } : {}),
        onProgress: (p) => {
          if (!interactive) return;
          const payload = {
            rows: p.rows,
            imported: p.imported,
            skipped: p.skipped,
            bad: p.bad,
            rate: formatRate(p.rows, startedAt),
            etaText: formatEta(p.bytes, p.totalBytes, startedAt),
          };
          if (!started) {
            bar.start(Math.max(p.totalBytes, 1), p.bytes, payload);
            started = true;
          } else bar.update(p.bytes, payload);
        },
      });
      if (started) bar.stop();
      report(summary);
    } catch (error) {
      if (started) bar.stop();
      exitCode = 1;
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.exit(exitCode);
