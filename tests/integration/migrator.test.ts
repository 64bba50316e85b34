import { createHash, randomBytes } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/database/migrator";
import { connectTestDatabase } from "./support/database";

/**
 * Our migrator stands in for `prisma migrate deploy`, so it must leave _prisma_migrations exactly
 * as Prisma would (Prisma's CLI reads those rows wherever its engine is available) and must stop
 * on a failed migration the way Prisma does. Every test gets a database of its own on the test
 * server, so none depends on another's state.
 */

// Not a React hook despite its name (tests/integration/support/database.ts).
const serverUrl = connectTestDatabase();

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

let admin: pg.Client;
const databases: string[] = [];
const tempDirs: string[] = [];

beforeAll(async () => {
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
});

afterAll(async () => {
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `migrator_test_${randomBytes(6).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  databases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = (url: string) =>
  query<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);

const tableExists = async (url: string, table: string) =>
  (await query<{ oid: string | null }>(url, `SELECT to_regclass('${table}')::text AS oid`))[0]?.oid != null;

/** A temp copy of prisma/migrations that a test may add to or edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "slipwatch-migrations-"));
  tempDirs.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function realMigrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe("migrate", () => {
  it("applies every folder of prisma/migrations and records rows the way Prisma does", async () => {
    const url = await freshDatabase();
    const names = await realMigrationNames();

    const result = await migrate(url);

    expect(result).toEqual({ applied: names, alreadyApplied: [], modified: [] });
    const rows = await migrationRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      // Prisma's checksum is the sha256 of the file's bytes, computed here independently.
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row).toMatchObject({
        checksum: createHash("sha256").update(file).digest("hex"),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(await tableExists(url, "labs")).toBe(true);
  });

  it("applies migrations in name order, whatever order the folders were made in", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    // The second needs the table the first creates, and is written to disk first.
    await addMigration(dir, "29990102000000_fill_probe", `INSERT INTO "order_probe" VALUES (2);`);
    await addMigration(dir, "29990101000000_create_probe", `CREATE TABLE "order_probe" ("n" INTEGER);`);

    const result = await migrate(url, { dir });

    expect(result.applied.slice(-2)).toEqual(["29990101000000_create_probe", "29990102000000_fill_probe"]);
    expect((await migrationRows(url)).map((r) => r.migration_name)).toEqual(result.applied);
    expect(await query(url, `SELECT n FROM "order_probe"`)).toEqual([{ n: 2 }]);
  });

  it("applies nothing on a second run", async () => {
    const url = await freshDatabase();
    const names = await realMigrationNames();
    await migrate(url);
    const before = await migrationRows(url);

    const result = await migrate(url);

    expect(result).toEqual({ applied: [], alreadyApplied: names, modified: [] });
    expect(await migrationRows(url)).toEqual(before);
  });

  it("records a failing migration as unfinished, rolls it back and refuses to go on", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    const broken = "29991231000000_broken";
    await addMigration(
      dir,
      broken,
      `CREATE TABLE "broken_probe" ("id" INTEGER);\nSELECT * FROM "no_such_table";\n`,
    );

    await expect(migrate(url, { dir })).rejects.toThrow(
      `Migration ${broken} failed: relation "no_such_table" does not exist`,
    );

    const rows = await migrationRows(url);
    const failed = rows.find((r) => r.migration_name === broken);
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toContain('relation "no_such_table" does not exist');
    expect(rows.filter((r) => r.migration_name !== broken).every((r) => r.finished_at !== null)).toBe(true);
    // The migration ran in a transaction, so its first statement left nothing behind.
    expect(await tableExists(url, "broken_probe")).toBe(false);

    // A later migration must not run while the failed one is unresolved.
    await addMigration(dir, "29991231000001_after", `CREATE TABLE "after_probe" ("id" INTEGER);`);
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${broken} failed earlier`);
    expect(await tableExists(url, "after_probe")).toBe(false);
    expect(await migrationRows(url)).toHaveLength(rows.length);
  });

  it("reports a migration whose file changed after it was applied", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    const [first, ...rest] = await realMigrationNames();
    await migrate(url, { dir });
    await appendFile(path.join(dir, first!, "migration.sql"), "\n-- edited after it was applied\n");
    const log: string[] = [];

    const result = await migrate(url, { dir, log: (line) => log.push(line) });

    expect(result).toEqual({ applied: [], alreadyApplied: [first, ...rest], modified: [first] });
    expect(log).toContain(`warning: migration ${first} was modified after it was applied`);
  });
});
