import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { embeddedDatabaseUrl } from "@/lib/database/embedded";

/** The file in which start-server.ts notes its database folder, per app port. */
export function serverInfoPath(port: number): string {
  return path.join(os.tmpdir(), `slipwatch-e2e-server-${port}.json`);
}

/** A client for the database of the e2e server on `port` (start-server.ts noted its port). */
export async function connectServerDatabase(port: number): Promise<pg.Client> {
  const { pgPort } = JSON.parse(readFileSync(serverInfoPath(port), "utf8")) as { pgPort: number };
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(pgPort) });
  await client.connect();
  return client;
}

/**
 * Every table's row count (but sessions and sign-in attempts, which a sign-in or a refused guess
 * writes by design) plus the sum of row versions and the audit log's newest id: any insert,
 * delete, versioned update or audited write changes it.
 */
export async function databaseFingerprint(client: pg.Client): Promise<Record<string, string>> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name::text AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('_prisma_migrations', 'sessions', 'login_attempts')
      ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const res = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${name}"`);
    out[name] = res.rows[0]!.n;
  }
  for (const table of ["articles", "events"]) {
    const res = await client.query<{ v: string | null }>(`SELECT sum(version)::text AS v FROM "${table}"`);
    out[`${table}.versions`] = res.rows[0]!.v ?? "0";
  }
  const audit = await client.query<{ m: string | null }>(`SELECT max(id)::text AS m FROM audit_log`);
  out["audit_log.max_id"] = audit.rows[0]!.m ?? "0";
  return out;
}
