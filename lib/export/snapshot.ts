import type { Writable } from "node:stream";
import { once } from "node:events";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appliedMigrations, quoteIdent, snapshotTables, type SnapshotTable } from "@/lib/export/snapshot-tables";

/**
 * `npm run export:all`: the whole database as one versioned JSON document, written row by row.
 *
 * Layout (valid JSON, and one row per line so a restore can stream it back):
 *   {"format":"slipwatch-snapshot","version":1,"createdAt":…,"migrations":[…],"tables":[
 *   {"table":"labs","columns":[…],"rows":[
 *   {…row…}
 *   ,{…row…}
 *   ],"rowCount":2}
 *   ,{"table":"models",…
 *   ]}
 * Rows are Postgres's own row_to_json text, never parsed in JavaScript, so numerics, timestamps
 * and JSON keep every digit. The export reads in one REPEATABLE READ transaction: a consistent
 * picture even while editors keep writing.
 */

export const SNAPSHOT_FORMAT = "slipwatch-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
}

export interface SnapshotStats {
  tables: { name: string; rows: number }[];
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

async function* tableRows(db: Parameters<typeof snapshotTables>[0], table: SnapshotTable, pageSize: number): AsyncGenerator<string> {
  const cols = table.columns.map(quoteIdent).join(", ");
  const pk = table.primaryKey.map((k) => quoteIdent(k.column));
  const pkList = pk.join(", ");
  const keyAliases = table.primaryKey.map((_, i) => `x.${pk[i]} AS k${i}`).join(", ");
  let after: unknown[] | null = null;
  for (;;) {
    const where = after
      ? `WHERE (${pkList}) > (${table.primaryKey.map((k, i) => `$${i + 1}::${k.type}`).join(", ")})`
      : "";
    const rows: Record<string, unknown>[] = await db.$queryRawUnsafe(
      `SELECT row_to_json(x)::text AS j, ${keyAliases}
         FROM (SELECT ${cols} FROM ${quoteIdent(table.name)} ${where} ORDER BY ${pkList} LIMIT ${pageSize}) x
        ORDER BY ${table.primaryKey.map((_, i) => `k${i}`).join(", ")}`,
      ...(after ?? []),
    );
    for (const r of rows) yield r.j as string;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = table.primaryKey.map((_, i) => last[`k${i}`]);
  }
}

export async function writeSnapshot(
  prisma: PrismaClient,
  out: Writable,
  options: { pageSize?: number; now?: Date; onTable?: (name: string, rows: number) => void } = {},
): Promise<SnapshotStats> {
  const pageSize = options.pageSize ?? 1000;
  return prisma.$transaction(
    async (tx) => {
      const [tables, migrations] = await Promise.all([snapshotTables(tx), appliedMigrations(tx)]);
      const header: SnapshotHeader = {
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        createdAt: (options.now ?? new Date()).toISOString(),
        migrations,
      };
      const headerJson = JSON.stringify(header);
      await write(out, `${headerJson.slice(0, -1)},"tables":[\n`);
      const stats: SnapshotStats = { tables: [] };
      for (const [ti, table] of tables.entries()) {
        await write(out, `${ti ? "," : ""}${JSON.stringify({ table: table.name, columns: table.columns }).slice(0, -1)},"rows":[\n`);
        let count = 0;
        for await (const row of tableRows(tx, table, pageSize)) {
          await write(out, `${count ? "," : ""}${row}\n`);
          count++;
        }
        await write(out, `],"rowCount":${count}}\n`);
        stats.tables.push({ name: table.name, rows: count });
        options.onTable?.(table.name, count);
      }
      await write(out, "]}\n");
      return stats;
    },
    { isolationLevel: "RepeatableRead", timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
  );
}
