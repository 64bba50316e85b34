import path from "node:path";
import { parseEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrator";

/**
 * The one place that decides which database a process uses: DATABASE_URL when set, otherwise
 * the embedded PostgreSQL in the project's data folder (started here, stopped by the caller).
 */
export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedDatabase | null;
  describe: string;
  stop: () => Promise<void>;
  /** Starts the embedded PostgreSQL again on the same folder and port (after it died); null for DATABASE_URL. */
  restart: (() => Promise<void>) | null;
}

export const DEFAULT_DATA_DIR = path.resolve(process.cwd(), ".data/postgres");

export async function openDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const env = parseEnv();
  if (env.DATABASE_URL) {
    const safe = env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    return {
      url: env.DATABASE_URL,
      embedded: null,
      describe: `DATABASE_URL (${safe})`,
      stop: async () => {},
      restart: null,
    };
  }
  const options = {
    dataDir: env.SLIPWATCH_DATA_DIR ?? DEFAULT_DATA_DIR,
    port: env.SLIPWATCH_PG_PORT,
    log,
    verbose: process.env.SLIPWATCH_PG_VERBOSE === "1",
  };
  let current = await startEmbeddedPostgres(options);
  // Same port after a restart, so the URL the app was started with stays right.
  const port = current.port;
  return {
    url: current.url,
    embedded: current,
    describe: current.attached
      ? `embedded PostgreSQL of the running Slipwatch on port ${current.port}, data in ${current.dataDir}`
      : `embedded PostgreSQL on port ${current.port}, data in ${current.dataDir}`,
    stop: () => current.stop(),
    // Another process owns an attached server: restarting it is that process's job.
    restart: current.attached
      ? null
      : async () => {
          // The dead server's stop may never settle (its process is gone); do not wait on it for long.
          await Promise.race([
            current.stop().catch(() => undefined),
            new Promise((r) => setTimeout(r, 3_000)),
          ]);
          current = await startEmbeddedPostgres({ ...options, port });
        },
  };
}

export async function migrateDatabase(url: string, log: (line: string) => void = console.log) {
  const result = await migrate(url, { log });
  if (result.applied.length === 0)
    log(`database schema up to date (${result.alreadyApplied.length} migrations)`);
  return result;
}
