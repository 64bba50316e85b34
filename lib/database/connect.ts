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
}

export const DEFAULT_DATA_DIR = path.resolve(process.cwd(), ".data/postgres");

export async function openDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const env = parseEnv();
  if (env.DATABASE_URL) {
    const safe = env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    return { url: env.DATABASE_URL, embedded: null, describe: `DATABASE_URL (${safe})`, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.SLIPWATCH_DATA_DIR ?? DEFAULT_DATA_DIR,
    port: env.SLIPWATCH_PG_PORT,
    log,
    verbose: process.env.SLIPWATCH_PG_VERBOSE === "1",
  });
  return {
    url: embedded.url,
    embedded,
    describe: embedded.attached
      ? `embedded PostgreSQL of the running Slipwatch on port ${embedded.port}, data in ${embedded.dataDir}`
      : `embedded PostgreSQL on port ${embedded.port}, data in ${embedded.dataDir}`,
    stop: embedded.stop,
  };
}

export async function migrateDatabase(url: string, log: (line: string) => void = console.log) {
  const result = await migrate(url, { log });
  if (result.applied.length === 0) log(`database schema up to date (${result.alreadyApplied.length} migrations)`);
  return result;
}
