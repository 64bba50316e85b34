import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Shared by the security specs: the writer server's database (to prove an attack changed
 * nothing), sessions made directly in it (valid, expired, editor), and the server actions listed in
 * the build's manifest — every one, so a new action is attacked without anyone adding it here.
 */

export const SESSION_COOKIE = "slipwatch_session";

function databaseUrl(): string {
  const file = process.env.SECURITY_DATABASE_URL_FILE;
  if (!file || !existsSync(file))
    throw new Error(`No database URL file (${file}); run through playwright.config.ts`);
  return readFileSync(file, "utf8").trim();
}

let pool: pg.Pool | null = null;
export function db(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: databaseUrl(), max: 2 });
  return pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = null;
}

const TABLES = [
  "labs",
  "models",
  "model_status_changes",
  "publishers",
  "articles",
  "events",
  "citations",
  "release_commitments",
  "users",
  "sessions",
  "audit_log",
  "import_runs",
  "feed_sources",
  "review_items",
];

/**
 * What an attack must not change: row counts of every content table, the newest audit entry, and
 * a checksum of every row's updated_at/version where a table has them (an update keeps counts).
 */
export async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await db().query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
    out[table] = rows[0]?.n ?? "?";
  }
  const audit = await db().query<{ m: string | null }>(`SELECT max(id)::text AS m FROM audit_log`);
  out.audit_max_id = audit.rows[0]?.m ?? "none";
  for (const table of ["articles", "events", "users", "labs", "models"]) {
    const { rows } = await db().query<{ h: string | null }>(
      `SELECT md5(string_agg(t::text, ',' ORDER BY id)) AS h FROM "${table}" t`,
    );
    out[`${table}_rows`] = rows[0]?.h ?? "empty";
  }
  return out;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** A user with a session token (valid or already expired), made directly in the database. */
export async function makeSession(
  role: "editor" | "admin",
  options: { expired?: boolean } = {},
): Promise<{ token: string; userId: number; email: string }> {
  const email = `sec-${role}-${Date.now()}-${randomBytes(3).toString("hex")}@security.test`;
  const user = await db().query<{ id: number }>(
    `INSERT INTO users (email, role, password_hash, updated_at) VALUES ($1, $2, 'scrypt$unusable', now()) RETURNING id`,
    [email, role],
  );
  const userId = user.rows[0]!.id;
  const token = randomBytes(32).toString("base64url");
  const expires = options.expired ? "now() - interval '1 hour'" : "now() + interval '1 hour'";
  await db().query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, ${expires})`, [
    sha256(token),
    userId,
  ]);
  return { token, userId, email };
}

export interface ManifestAction {
  id: string;
  name: string;
  file: string;
  /** a page that imports it, to post to */
  page: string;
}

/** Every server reference in the production build's manifest (actions and 'use cache' functions). */
export function manifestActions(): ManifestAction[] {
  const file = path.resolve(
    process.env.SECURITY_BUILD_DIR ?? ".next",
    "server/server-reference-manifest.json",
  );
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/admin/page";
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/(page|route)$/, "")
        .replace("[locale]", "en")
        .replace(/\[[^\]]+\]/g, "1") || "/";
    return { id, name: entry.exportedName ?? "?", file: entry.filename ?? "?", page };
  });
}

/** Server action arguments as React's client encodes them: one FormData, or (state, FormData). */
export function actionBody(fields: Record<string, string>, withState: boolean): FormData {
  const body = new FormData();
  // React's encoding: the FormData's entries under "_1_", then the root "0" last (the server
  // resolves the root as soon as it arrives, with the entries read so far).
  for (const [k, v] of Object.entries(fields)) body.set(`_1_${k}`, v);
  body.set("0", JSON.stringify(withState ? [{}, "$K1"] : ["$K1"]));
  return body;
}
