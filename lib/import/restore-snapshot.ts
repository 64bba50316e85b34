import { createReadStream } from "node:fs";
import readline from "node:readline";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotHeader } from "@/lib/export/snapshot";
import { appliedMigrations, quoteIdent, snapshotTables, type SnapshotTable } from "@/lib/export/snapshot-tables";

/**
 * `npm run import:all`: restores a snapshot written by writeSnapshot into an empty database (or,
 * with `replace`, one whose content it deletes first). Streams the file line by line and inserts
 * in batches, all in one transaction: a truncated or mismatched file restores nothing.
 */

export class SnapshotError extends Error {}

export interface RestoreStats {
  tables: { name: string; rows: number }[];
}

const stripComma = (line: string) => (line.startsWith(",") ? line.slice(1) : line);

async function insertBatch(tx: Prisma.TransactionClient, table: SnapshotTable, rows: string[]) {
  if (rows.length === 0) return;
  const cols = table.columns.map(quoteIdent).join(", ");
  // json_populate_recordset lets Postgres parse its own row_to_json output: exact for every type.
  await tx.$executeRawUnsafe(
    `INSERT INTO ${quoteIdent(table.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
    `[${rows.join(",")}]`,
  );
}

export async function restoreSnapshot(
  prisma: PrismaClient,
  file: string,
  options: { replace?: boolean; batchSize?: number; onTable?: (name: string, rows: number) => void } = {},
): Promise<RestoreStats> {
  const batchSize = options.batchSize ?? 500;
  return prisma.$transaction(
    async (tx) => {
      const tables = await snapshotTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      const lines = readline.createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });

      let header: SnapshotHeader | null = null;
      let current: SnapshotTable | null = null;
      let batch: string[] = [];
      let count = 0;
      let finished = false;
      const stats: RestoreStats = { tables: [] };
      let lineNo = 0;

      for await (const line of lines) {
        lineNo++;
        if (line === "") continue;
        if (finished) throw new SnapshotError(`line ${lineNo}: content after the end of the snapshot`);
        if (!header) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(`${line}]}`);
          } catch {
            throw new SnapshotError("not a Slipwatch snapshot (the first line is not its header)");
          }
          const h = parsed as Partial<SnapshotHeader>;
          if (h.format !== SNAPSHOT_FORMAT) throw new SnapshotError("not a Slipwatch snapshot (format field missing)");
          if (h.version !== SNAPSHOT_VERSION) {
            throw new SnapshotError(`snapshot format version ${String(h.version)} is not supported (this Slipwatch reads version ${SNAPSHOT_VERSION})`);
          }
          const here = await appliedMigrations(tx);
          const there = h.migrations ?? [];
          if (here.join("\n") !== there.join("\n")) {
            throw new SnapshotError(
              `the snapshot was taken at schema [${there.join(", ")}] but this database is at [${here.join(", ")}]; ` +
                "restore with the Slipwatch version that wrote it, or migrate that database first",
            );
          }
          header = h as SnapshotHeader;
          await prepareTarget(tx, tables, options.replace ?? false);
          continue;
        }
        if (!current) {
          if (line === "]}") {
            finished = true;
            continue;
          }
          const t = JSON.parse(`${stripComma(line)}]}`) as { table?: string; columns?: string[] };
          const target = t.table ? byName.get(t.table) : undefined;
          if (!target) throw new SnapshotError(`line ${lineNo}: table ${String(t.table)} does not exist in this database`);
          if ((t.columns ?? []).join(",") !== target.columns.join(",")) {
            throw new SnapshotError(`line ${lineNo}: the columns of ${target.name} differ from this database's`);
          }
          current = target;
          count = 0;
          continue;
        }
        if (line.startsWith("],")) {
          await insertBatch(tx, current, batch);
          batch = [];
          const { rowCount } = JSON.parse(`{${line.slice(2)}`) as { rowCount: number };
          if (rowCount !== count) throw new SnapshotError(`${current.name}: the file says ${rowCount} rows but holds ${count}`);
          stats.tables.push({ name: current.name, rows: count });
          options.onTable?.(current.name, count);
          current = null;
          continue;
        }
        batch.push(stripComma(line));
        count++;
        if (batch.length >= batchSize) {
          await insertBatch(tx, current, batch);
          batch = [];
        }
      }
      if (!finished) throw new SnapshotError("the snapshot ends early (truncated file?); nothing was restored");

      // Move every id counter past the restored ids, so new rows do not collide with them.
      for (const t of tables) {
        for (const col of t.serialColumns) {
          await tx.$queryRawUnsafe(
            `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quoteIdent(col)}), 1), MAX(${quoteIdent(col)}) IS NOT NULL)::text FROM ${quoteIdent(t.name)}`,
            quoteIdent(t.name),
            col,
          );
        }
      }
      return stats;
    },
    { timeout: 24 * 60 * 60 * 1000, maxWait: 60_000 },
  );
}

async function prepareTarget(tx: Prisma.TransactionClient, tables: SnapshotTable[], replace: boolean) {
  if (replace) {
    if (tables.length) await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(", ")} RESTART IDENTITY CASCADE`);
    return;
  }
  const nonEmpty: string[] = [];
  for (const t of tables) {
    const rows = await tx.$queryRawUnsafe<{ any: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(t.name)}) AS any`);
    if (rows[0]?.any) nonEmpty.push(t.name);
  }
  if (nonEmpty.length) {
    throw new SnapshotError(
      `the database is not empty (${nonEmpty.join(", ")}); restore into a fresh database, or pass --replace to delete its content first`,
    );
  }
}
