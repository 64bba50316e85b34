import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against a production
 * build served by the same start script users run, on a throw-away embedded database.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const WRITER_PORT = PORT + 1;
const writerURL = `http://127.0.0.1:${WRITER_PORT}`;
/** Specs that write run on the writer server (see projects below). */
const WRITER_SPECS = /(admin|editor-path)\.spec\.ts$/;
// The security suite (tests/security) compares the writer server's database before and after
// each attack and reads its log: the server writes both locations for it.
process.env.SECURITY_DATABASE_URL_FILE = path.join(os.tmpdir(), `slipwatch-e2e-${WRITER_PORT}.database-url`);
process.env.SECURITY_LOG_FILE = path.join(os.tmpdir(), `slipwatch-e2e-${WRITER_PORT}.log`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Tests that write (the admin specs) get a server and database of their own, so the reader
  // specs can assert exact seed figures whatever order the files run in.
  projects: [
    {
      name: "desktop",
      testIgnore: WRITER_SPECS,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL },
    },
    {
      name: "admin",
      testMatch: WRITER_SPECS,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: writerURL },
    },
    // Generated input against every route (issue 12): on the writer's server, which it compares
    // before and after (one worker, so no other spec writes meanwhile).
    {
      name: "fuzz",
      testDir: "tests/fuzz",
      timeout: 20 * 60_000,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: writerURL },
    },
    {
      // Attacks on the writer server: refused actions, sign-in limits, XSS payloads, headers.
      name: "security",
      testDir: "tests/security",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: writerURL },
    },
    // PostgreSQL stopped mid-run: its own server (port E2E_PORT+2) and database, which it stops.
    { name: "faults", testDir: "tests/faults", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: [PORT, WRITER_PORT].map((port) => ({
    command: "npx tsx tests/e2e/support/start-server.ts",
    url: `http://127.0.0.1:${port}/api/v1/labs`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // The reader server lets tests ask for an injected render error (lib/http/fault-injection.ts);
      // the writer's, which the fuzzer floods with generated input, does not.
      ...(port === PORT ? { SLIPWATCH_E2E_FAULTS: "1" } : {}),
      ...(port === WRITER_PORT
        ? {
            SLIPWATCH_DATABASE_URL_FILE: process.env.SECURITY_DATABASE_URL_FILE ?? "",
            LOG_FILE: process.env.SECURITY_LOG_FILE ?? "",
          }
        : {}),
    },
  })),
});
