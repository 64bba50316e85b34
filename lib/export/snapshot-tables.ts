import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The tables a snapshot holds, read from the database catalogue rather than listed by hand, so a
 * table added by a later migration is backed up without anyone remembering to add it here.
 * Ordered parents before children (foreign keys), so a restore can insert them in this order.
 */
export interface SnapshotTable {
  name: string;
  /** stored columns in table order; generated ones (articles.search) are rebuilt by Postgres */
  columns: string[];
  primaryKey: { column: string; type: string }[];
  /** columns filled by a sequence, whose counters a restore must move past the restored ids */
  serialColumns: string[];
}

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Summary tables derived from events by triggers (migration 20261127020000_event_summaries): not
 * backed up, because a restore inserts the events and the triggers rebuild them.
 */
const DERIVED_TABLES = ["event_month_counts", "lab_year_amounts"];

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function snapshotTables(db: Db): Promise<SnapshotTable[]> {
  const columns = await db.$queryRawUnsafe<{ table_name: string; column_name: string; is_generated: string; column_default: string | null }[]>(
    `SELECT c.table_name::text, c.column_name::text, c.is_generated::text, c.column_default::text
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
        AND c.table_name <> ALL($1::text[])
      ORDER BY c.table_name, c.ordinal_position`,
    DERIVED_TABLES,
  );
  const keys = await db.$queryRawUnsafe<{ table_name: string; column_name: string; type: string }[]>(
    `SELECT cl.relname::text AS table_name, a.attname::text AS column_name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_index i
       JOIN pg_class cl ON cl.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = current_schema()
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = k.attnum
      WHERE i.indisprimary
      ORDER BY cl.relname, k.ord`,
  );
  const edges = await db.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.relname::text AS child, p.relname::text AS parent
       FROM pg_constraint f
       JOIN pg_class c ON c.oid = f.conrelid
       JOIN pg_class p ON p.oid = f.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE f.contype = 'f'`,
  );

  const tables = new Map<string, SnapshotTable>();
  for (const c of columns) {
    const t = tables.get(c.table_name) ?? { name: c.table_name, columns: [], primaryKey: [], serialColumns: [] };
    if (c.is_generated !== "ALWAYS") t.columns.push(c.column_name);
    if (c.column_default?.startsWith("nextval(")) t.serialColumns.push(c.column_name);
    tables.set(c.table_name, t);
  }
  for (const k of keys) tables.get(k.table_name)?.primaryKey.push({ column: k.column_name, type: k.type });
  for (const t of tables.values()) {
    if (t.primaryKey.length === 0) throw new Error(`table ${t.name} has no primary key; a snapshot cannot page through it`);
  }

  // Depth-first topological order, alphabetical among equals so snapshots are reproducible.
  const parents = new Map<string, string[]>();
  for (const e of edges) {
    if (e.child !== e.parent) parents.set(e.child, [...(parents.get(e.child) ?? []), e.parent]);
  }
  const ordered: SnapshotTable[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    for (const p of [...(parents.get(name) ?? [])].sort()) visit(p);
    state.set(name, "done");
    const t = tables.get(name);
    if (t) ordered.push(t);
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  return ordered;
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}
