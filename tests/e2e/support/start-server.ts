// Starts the production server for Playwright on a throw-away embedded database: a fresh temp
// data folder and a free Postgres port, removed when Playwright stops the server.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { E2E_ADMIN } from "./credentials";
import { findFreePort } from "@/lib/database/embedded";
import { e2eStateFile } from "./state-file";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "slipwatch-e2e-"));
const env: NodeJS.ProcessEnv = { ...process.env, SLIPWATCH_DATA_DIR: path.join(dataDir, "pg") };
delete env.DATABASE_URL;
// A free port chosen here, so suites that compare this server's rows can reach its database.
const pgPort = await findFreePort();
env.SLIPWATCH_PG_PORT = String(pgPort);
// A known first-admin password on this throw-away database only, so tests can sign in.
env.SLIPWATCH_BOOTSTRAP_ADMIN_PASSWORD = E2E_ADMIN.password;
// The five seed articles only: the reader specs assert their exact figures.
env.SLIPWATCH_SEED = "base";

const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "lib/cli/serve.ts"], {
  stdio: "inherit",
  env,
});
// Where this server's database lives and listens, in one file per app port: for specs that run a
// second process beside it (npm run import) and suites that compare its rows before and after.
// (serverInfoPath and e2eStateFile name the same file; two separate writes once clobbered pgPort.)
const stateFile = e2eStateFile(process.env.PORT ?? "");
writeFileSync(stateFile, JSON.stringify({ dataDir: env.SLIPWATCH_DATA_DIR, pgPort }));
const cleanup = () => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code) => {
  cleanup();
  process.exit(code ?? 0);
});
