import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { createScratchDatabase } from "./support/io-scratch-database";
import { createPrismaClient } from "@/lib/db";
import { writeSnapshot } from "@/lib/export/snapshot";
import { restoreSnapshot, SnapshotError } from "@/lib/import/restore-snapshot";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Backup and restore: a snapshot of the seeded test database (plus rows with awkward values)
 * restored into an empty database and snapshotted again must give the very same file.
 */

const sourceUrl = connectTestDatabase();
const key = `bk${Date.now().toString(36)}`;
const NOW = new Date("2026-01-02T03:04:05.000Z");
let dir = "";
let source: PrismaClient;
const scratch: { drop: () => Promise<void> }[] = [];

async function snapshot(prisma: PrismaClient, file: string) {
  const out = createWriteStream(file);
  const stats = await writeSnapshot(prisma, out, { now: NOW, pageSize: 7 });
  out.end();
  await finished(out);
  return stats;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "slipwatch-io-backup-"));
  source = createPrismaClient(sourceUrl);
  // Values that a lossy round trip would change: 20-digit decimals, quotes and newlines,
  // non-Latin text, empty arrays, JSON, millisecond timestamps, soft deletes.
  const lab = await source.lab.create({
    data: { slug: `${key}-lab`, name: 'Lab "Ω" — ünïcödé\nzweite Zeile', aliases: ["a,b", "c\"d", ""], description: null },
  });
  const article = await source.article.create({
    data: {
      title: "Backslash \\ and tab\t",
      language: "de",
      body: "Körper 🙂",
      contentHash: `${key}-hash`,
      deletedAt: new Date("2025-05-06T07:08:09.123Z"),
      status: "draft",
    },
  });
  await source.event.create({
    data: {
      type: "investment",
      labId: lab.id,
      title: `${key} giant amount`,
      summary: "x",
      occurredFrom: new Date("2025-01-01T00:00:00Z"),
      occurredTo: new Date("2025-12-31T00:00:00Z"),
      occurredPrecision: "year",
      occurredText: "2025",
      amountUsd: "123456789012345678.12",
      percent: "-0.001",
      status: "reported",
      citations: { create: { articleId: article.id, role: "first_report", quote: "q", attribution: "own_reporting" } },
    },
  });
  await source.auditLog.create({
    data: { action: "test", entity: "lab", entityId: String(lab.id), after: { nested: [1, 2.5, "drei", null, { deep: true }] } },
  });
});

afterAll(async () => {
  // Other test files count every event and lab in the shared database: leave it as found.
  await source?.event.deleteMany({ where: { title: `${key} giant amount` } });
  await source?.article.deleteMany({ where: { contentHash: `${key}-hash` } });
  await source?.auditLog.deleteMany({ where: { action: "test", entity: "lab" } });
  await source?.lab.deleteMany({ where: { slug: `${key}-lab` } });
  await source?.$disconnect();
  for (const s of scratch) await s.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("export:all / import:all", () => {
  it("round-trips the database losslessly into an empty one", async () => {
    const first = path.join(dir, "first.json");
    const stats = await snapshot(source, first);
    // The file is valid JSON of the versioned format, with every table.
    const doc = JSON.parse(await readFile(first, "utf8")) as {
      format: string;
      version: number;
      migrations: string[];
      tables: { table: string; rows: unknown[]; rowCount: number }[];
    };
    expect(doc.format).toBe("slipwatch-snapshot");
    expect(doc.version).toBe(1);
    expect(doc.migrations.length).toBeGreaterThanOrEqual(2);
    const names = doc.tables.map((t) => t.table);
    expect(names).toEqual(expect.arrayContaining(["labs", "articles", "events", "citations", "review_items", "import_runs"]));
    // Parents come before children.
    expect(names.indexOf("labs")).toBeLessThan(names.indexOf("events"));
    expect(names.indexOf("articles")).toBeLessThan(names.indexOf("citations"));
    expect(doc.tables.find((t) => t.table === "events")?.rowCount).toBe(await source.event.count());
    expect(stats.tables.find((t) => t.name === "articles")?.rows).toBe(await source.article.count());

    const target = await createScratchDatabase(sourceUrl, `${key}_restore`);
    scratch.push(target);
    const restored = createPrismaClient(target.url);
    try {
      const restoreStats = await restoreSnapshot(restored, first, { batchSize: 5 });
      expect(restoreStats.tables).toEqual(stats.tables);
      const second = path.join(dir, "second.json");
      await snapshot(restored, second);
      expect(await readFile(second, "utf8")).toBe(await readFile(first, "utf8"));

      const giant = await restored.event.findFirstOrThrow({ where: { title: `${key} giant amount` } });
      expect(giant.amountUsd?.toFixed(2)).toBe("123456789012345678.12");
      const lab = await restored.lab.findUniqueOrThrow({ where: { slug: `${key}-lab` } });
      expect(lab.name).toBe('Lab "Ω" — ünïcödé\nzweite Zeile');
      expect(lab.aliases).toEqual(["a,b", "c\"d", ""]);
      // The generated search column is rebuilt, and id counters continue after the restored ids.
      const hits = await restored.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM articles WHERE search @@ to_tsquery('german', 'verzögert')`,
      );
      expect(hits[0]?.n).toBeGreaterThan(0);
      const fresh = await restored.lab.create({ data: { slug: `${key}-after`, name: "After" } });
      expect(fresh.id).toBeGreaterThan(lab.id);

      // A second restore into the now non-empty database is refused, and changes nothing.
      await expect(restoreSnapshot(restored, first)).rejects.toThrow(/not empty/);
      expect(await restored.lab.count()).toBe((await source.lab.count()) + 1);
    } finally {
      await restored.$disconnect();
    }
  });

  it("restores nothing from a truncated or foreign file", async () => {
    const full = path.join(dir, "full.json");
    await snapshot(source, full);
    const text = await readFile(full, "utf8");
    const truncated = path.join(dir, "truncated.json");
    await writeFile(truncated, text.slice(0, Math.floor(text.length * 0.6)).replace(/\n[^\n]*$/, "\n"));
    const foreign = path.join(dir, "foreign.json");
    await writeFile(foreign, '{"hello":"world"}\n');

    const target = await createScratchDatabase(sourceUrl, `${key}_trunc`);
    scratch.push(target);
    const db = createPrismaClient(target.url);
    try {
      await expect(restoreSnapshot(db, truncated)).rejects.toThrow(SnapshotError);
      await expect(restoreSnapshot(db, foreign)).rejects.toThrow(/not a Slipwatch snapshot/);
      expect(await db.lab.count()).toBe(0);
      expect(await db.article.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
