import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { importWorkspace } from "./support/import-workspace";
import { writeCsv, writeNdjson } from "./support/io-import-fixtures";
import { importFile } from "@/lib/import/run-import";

/**
 * The bulk import against the test database: thousands of generated rows with bad rows and
 * duplicates mixed in, CSV with multi-line cells, a feed file, and a run killed mid-way.
 */

const url = connectTestDatabase();
const stamp = Date.now().toString(36);
const ws = importWorkspace(url, "slipwatch-io-import-");

async function draftsWithPrefix(prefix: string) {
  return ws.prisma.article.findMany({
    where: { url: { startsWith: prefix } },
    select: { id: true, url: true, status: true, language: true, publishedFrom: true, reviewItem: { select: { labs: true, models: true, suggestions: true, sourceLine: true } } },
  });
}

describe("npm run import — NDJSON", () => {
  const key = `nd${stamp}`;
  it("imports a few thousand rows, reports bad rows by line and skips known URLs and duplicates", async () => {
    const gen = await writeNdjson(path.join(ws.dir, "articles.ndjson"), key, 3000);
    const progress: number[] = [];
    const summary = await importFile(ws.prisma, gen.file, { batchSize: 250, onProgress: (p) => progress.push(p.bytes) });

    expect(summary.imported).toBe(3000);
    expect(summary.badRows.map((b) => b.line)).toEqual([...gen.badLines.keys()]);
    for (const b of summary.badRows) expect(b.reason).toMatch(gen.badLines.get(b.line) ?? /never/);
    expect(summary.skippedKnown).toBe(gen.knownLines.length);
    expect(summary.skippedDuplicate).toBe(gen.duplicateLines.length);
    expect(summary.rows).toBe(3000 + gen.badLines.size + gen.knownLines.length + gen.duplicateLines.length);
    // The progress callback moved forward through the file up to its end.
    expect(progress.length).toBeGreaterThan(100);
    expect(progress.every((b, i) => i === 0 || b >= (progress[i - 1] ?? 0))).toBe(true);

    const drafts = await draftsWithPrefix(`https://news.example.org/${key}/`);
    expect(drafts).toHaveLength(3000);
    // Tracking parameters are dropped, so the stored URLs are the canonical ones.
    expect(new Set(drafts.map((d) => d.url))).toEqual(new Set(gen.goodUrls));
    expect(drafts.every((d) => d.status === "draft" && d.language === "de" && d.reviewItem !== null)).toBe(true);
    expect(drafts.find((d) => d.url?.endsWith("/0"))?.publishedFrom?.toISOString().slice(0, 10)).toBe("2025-06-01");
    // Every third story names Meta and Llama 4 Behemoth; the review item says so.
    const meta = drafts.filter((d) => d.reviewItem?.labs.includes("meta"));
    expect(meta).toHaveLength(1000);
    expect(meta.every((d) => d.reviewItem?.models.includes("llama-4-behemoth"))).toBe(true);
    expect(drafts.every((d) => Array.isArray(d.reviewItem?.suggestions))).toBe(true);

    const run = await ws.prisma.importRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ status: "completed", imported: 3000, badRows: gen.badLines.size });
    expect(Array.isArray(run.errors) && run.errors.length).toBe(gen.badLines.size);
  });

  it("imports nothing twice when the same file is run again", async () => {
    const file = path.join(ws.dir, "articles.ndjson");
    const again = await importFile(ws.prisma, file, { batchSize: 500 });
    expect(again.imported).toBe(0);
    expect(again.resumedAfterLine).toBe(0);
    expect(again.skippedKnown + again.skippedDuplicate).toBe(again.rows - again.badRows.length);
    expect(await ws.prisma.article.count({ where: { url: { startsWith: `https://news.example.org/${key}/` } } })).toBe(3000);
  });
});

describe("npm run import — CSV and feed files", () => {
  it("imports CSV with multi-line cells and reports bad records at their physical line", async () => {
    const key = `csv${stamp}`;
    const gen = await writeCsv(path.join(ws.dir, "articles.csv"), key, 40);
    const summary = await importFile(ws.prisma, gen.file, { batchSize: 7 });
    expect(summary.imported).toBe(40);
    expect(summary.badRows.map((b) => b.line)).toEqual([...gen.badLines.keys()]);
    for (const b of summary.badRows) expect(b.reason).toMatch(gen.badLines.get(b.line) ?? /never/);
    const drafts = await draftsWithPrefix(`https://csv.example.com/${key}/`);
    expect(drafts).toHaveLength(40);
  });

  it("imports an RSS file's items", async () => {
    const file = path.join(import.meta.dirname, "fixtures/io-feeds/publisher-rss.xml");
    const summary = await importFile(ws.prisma, file);
    expect(summary.format).toBe("feed");
    expect(summary.imported + summary.skippedKnown).toBe(3);
    const behemoth = await ws.prisma.article.findUniqueOrThrow({
      where: { url: "https://technews.example.net/2025/06/behemoth-again" },
      select: { title: true, body: true, author: true, language: true, publishedFrom: true, reviewItem: { select: { labs: true, models: true } } },
    });
    expect(behemoth).toMatchObject({ title: "Meta stellt Llama 4 Behemoth erneut zurück", author: "Erika Muster", language: "de" });
    expect(behemoth.body).toContain("Das größte Modell kommt nicht vor dem Herbst.");
    expect(behemoth.body).not.toContain("<p>");
    expect(behemoth.reviewItem?.labs).toContain("meta");
  });
});

describe("npm run import — interrupted and re-run", () => {
  const key = `kill${stamp}`;
  const prefix = `https://news.example.org/${key}/`;
  const cli = (file: string) =>
    // tsx as a loader inside one node process (its CLI would fork a child the kill would miss).
    spawn(process.execPath, ["--import", "tsx", "lib/cli/import.ts", file, "--batch-size", "100", "--batch-delay-ms", "150", "--quiet"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
  const run = (child: ReturnType<typeof cli>) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) => resolve({ code, out }));
    });

  it("leaves only whole batches behind after a kill, and a re-run finishes without duplicates", { timeout: 180_000 }, async () => {
    const gen = await writeNdjson(path.join(ws.dir, "interrupted.ndjson"), key, 2000);
    const first = cli(gen.file);
    const firstDone = run(first);
    // Wait until a few batches are committed, then kill it without warning.
    let committed = 0;
    for (let i = 0; i < 600 && committed < 300; i++) {
      await sleep(50);
      const r = await ws.prisma.importRun.findFirst({ where: { source: gen.file }, orderBy: { id: "desc" } });
      committed = r?.committedLine ?? 0;
    }
    first.kill("SIGKILL");
    await firstDone;
    const interrupted = await ws.prisma.importRun.findFirstOrThrow({ where: { source: gen.file }, orderBy: { id: "desc" } });
    expect(interrupted.status).toBe("running");
    expect(interrupted.committedLine).toBeGreaterThan(0);

    // Nothing half-written: every draft has its review item, and the drafts are exactly the good
    // rows up to the checkpoint.
    const partial = await draftsWithPrefix(prefix);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(2000);
    expect(partial.every((d) => d.reviewItem !== null)).toBe(true);
    expect(partial.length).toBe(interrupted.imported);
    expect(Math.max(...partial.map((d) => d.reviewItem?.sourceLine ?? 0))).toBeLessThanOrEqual(interrupted.committedLine);

    const second = await run(cli(gen.file));
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(new RegExp(`resumed after line ${interrupted.committedLine}`));
    const all = await draftsWithPrefix(prefix);
    expect(all).toHaveLength(2000);
    expect(new Set(all.map((d) => d.url)).size).toBe(2000);
    const done = await ws.prisma.importRun.findUniqueOrThrow({ where: { id: interrupted.id } });
    expect(done).toMatchObject({ status: "completed", imported: 2000, badRows: gen.badLines.size });
    expect(await ws.prisma.importRun.count({ where: { source: gen.file } })).toBe(1);
  });
});
