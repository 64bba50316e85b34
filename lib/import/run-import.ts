import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { describeIssues, ImportArticleSchema } from "@/lib/import/article-row";
import { loadImportContext, type ImportContext } from "@/lib/import/context";
import { insertDrafts, prepareDraft, type PreparedDraft } from "@/lib/import/drafts";
import { detectFormat, fileSize, readRows, type ImportFormat } from "@/lib/import/sources";

/**
 * The bulk import of one file: stream rows, check each, queue the good ones as drafts with the
 * extraction assistant's suggestions, and report the bad ones by line. Every batch is one
 * transaction that also moves the run's checkpoint (committedLine), so after a kill a re-run of
 * the same file resumes where the last committed batch ended: nothing is written twice and no
 * batch is half-written.
 */

export interface BadRow {
  line: number;
  reason: string;
}

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
  imported: number;
  skipped: number;
  bad: number;
}

export interface ImportOptions {
  format?: ImportFormat;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  onBadRow?: (bad: BadRow) => void;
  /** pause after each committed batch — lets a demo or test interrupt a run mid-way */
  batchDelayMs?: number;
  context?: ImportContext;
  /** false: queue drafts without the extraction assistant's suggestions (--no-extract) */
  extract?: boolean;
}

export interface ImportSummary {
  runId: number;
  file: string;
  format: ImportFormat;
  /** 0 for a fresh run; else the last line an interrupted run had committed */
  resumedAfterLine: number;
  rows: number;
  imported: number;
  skippedKnown: number;
  skippedDuplicate: number;
  badRows: BadRow[];
}

const MAX_STORED_ERRORS = 1000;

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function storedErrors(value: Prisma.JsonValue | null): BadRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) =>
    v && typeof v === "object" && !Array.isArray(v) && typeof v.line === "number" && typeof v.reason === "string"
      ? [{ line: v.line, reason: v.reason }]
      : [],
  );
}

/**
 * Moves the words and trigrams the run left in the articles' GIN pending lists into the indexes
 * proper, so search and the near-duplicate lookup do not scan a long pending list afterwards
 * (autovacuum would do it too, later).
 */
async function mergeTextIndexes(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRaw`
    SELECT gin_clean_pending_list(i.indexrelid)
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
     WHERE i.indrelid = 'articles'::regclass AND am.amname = 'gin'`;
}

export async function importFile(prisma: PrismaClient, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const format = options.format ?? detectFormat(file);
  if (!format) throw new Error(`${file}: unknown file type (use .ndjson/.jsonl, .csv, or .xml/.rss/.atom, or --format)`);
  const batchSize = options.batchSize ?? 200;
  const [fileHash, totalBytes, ctx] = await Promise.all([
    sha256(file),
    fileSize(file),
    options.context ? Promise.resolve(options.context) : loadImportContext(prisma),
  ]);

  // Resume the last interrupted run of exactly this file, if any.
  const previous = await prisma.importRun.findFirst({
    where: { fileHash, status: { in: ["running", "failed"] } },
    orderBy: { id: "desc" },
  });
  const run =
    previous ??
    (await prisma.importRun.create({ data: { source: path.resolve(file), fileHash, format } }));
  if (previous) {
    await prisma.importRun.update({ where: { id: run.id }, data: { status: "running" } });
  }
  const resumedAfterLine = previous?.committedLine ?? 0;
  const sourceName = path.basename(file);

  const allBad: BadRow[] = storedErrors(run.errors);
  const summary: ImportSummary = {
    runId: run.id,
    file,
    format,
    resumedAfterLine,
    rows: 0,
    imported: 0,
    skippedKnown: 0,
    skippedDuplicate: 0,
    badRows: [],
  };
  const progress = (bytes: number) =>
    options.onProgress?.({
      bytes,
      totalBytes,
      rows: summary.rows,
      imported: summary.imported,
      skipped: summary.skippedKnown + summary.skippedDuplicate,
      bad: summary.badRows.length,
    });

  let batch: PreparedDraft[] = [];
  let batchBad: BadRow[] = [];
  let lastLine = resumedAfterLine;

  // One batch commits while the next is read and prepared (the assistant and the row checks are
  // CPU, the commit is the database): at most one in flight, so batches still commit in file order
  // and each checkpoint covers exactly the lines before it.
  let inFlight = null as Promise<void> | null;
  const commitBatch = async (drafts: PreparedDraft[], bad: BadRow[], upToLine: number) => {
    const counts = await prisma.$transaction(
      async (tx) => {
        // The batch and its checkpoint commit or vanish together, so a commit that a crash loses
        // is simply imported again on resume: the import need not wait for the disk (WAL flush).
        await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
        // New articles' words and trigrams go to the GIN indexes' pending lists and are merged in
        // bulk (at the end of the run, below) instead of every 4 MB: a third of the insert time.
        await tx.$executeRaw`SET LOCAL gin_pending_list_limit = '64MB'`;
        // Row lock on the run: a batch of a killed process still committing finishes first, so
        // the duplicate checks below see its rows.
        await tx.$queryRaw`SELECT id FROM import_runs WHERE id = ${run.id} FOR UPDATE`;
        const c = await insertDrafts(tx, drafts, { importRunId: run.id });
        allBad.push(...bad);
        await tx.importRun.update({
          where: { id: run.id },
          data: {
            committedLine: upToLine,
            imported: { increment: c.created },
            skippedKnown: { increment: c.skippedKnown },
            skippedDuplicate: { increment: c.skippedDuplicate },
            badRows: { increment: bad.length },
            ...(bad.length ? { errors: allBad.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue } : {}),
          },
        });
        return c;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    summary.imported += counts.created;
    summary.skippedKnown += counts.skippedKnown;
    summary.skippedDuplicate += counts.skippedDuplicate;
    if (options.batchDelayMs) await sleep(options.batchDelayMs);
  };
  const flush = async () => {
    if (inFlight) await inFlight;
    const committing = commitBatch(batch, batchBad, lastLine);
    batch = [];
    batchBad = [];
    // Handled here so a failing commit is not an unhandled rejection while the next batch is
    // read; awaiting inFlight still throws it.
    committing.catch(() => undefined);
    inFlight = committing;
  };

  try {
    for await (const raw of readRows(file, format)) {
      if (raw.line <= resumedAfterLine && !("fatal" in raw && raw.fatal)) continue;
      summary.rows++;
      lastLine = Math.max(lastLine, raw.line);
      const bad = (reason: string) => {
        const b = { line: raw.line, reason };
        batchBad.push(b);
        summary.badRows.push(b);
        options.onBadRow?.(b);
      };
      if ("error" in raw) {
        bad(raw.error);
        if (raw.fatal) break;
      } else {
        const parsed = ImportArticleSchema.safeParse(raw.value);
        if (!parsed.success) bad(describeIssues(parsed.error));
        else {
          const draft = prepareDraft(parsed.data, raw.line, ctx, `import:${sourceName}:${raw.line}`, {
            extract: options.extract ?? true,
          });
          if ("error" in draft) bad(draft.error);
          else batch.push(draft);
        }
      }
      if (batch.length >= batchSize) await flush();
      progress(raw.bytes);
    }
    await flush();
    await inFlight;
    await mergeTextIndexes(prisma);
    await prisma.importRun.update({ where: { id: run.id }, data: { status: "completed", finishedAt: new Date() } });
    progress(totalBytes);
    return summary;
  } catch (error) {
    // A batch still committing ends first (committed or rolled back) before the run is marked.
    await inFlight?.catch(() => undefined);
    await prisma.importRun
      .update({ where: { id: run.id }, data: { status: "failed", finishedAt: new Date() } })
      .catch(() => undefined);
    throw error;
  }
}
