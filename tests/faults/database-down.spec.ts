import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded";
import { startSeededPostgres } from "../support/seeded-postgres";
import { waitForStatus } from "../support/wait-for-http";

/**
 * Issue 12 §8: PostgreSQL stopped mid-run. Each test runs its own production server on its own
 * embedded database (ports from E2E_PORT + 2 on, and free ones for PostgreSQL), so it can stop
 * that database:
 * - the app server (lib/cli/next-server.ts, what the launcher runs) on a database this spec
 *   starts and stops: while it is down, pages answer a 503 "temporarily unavailable" page with
 *   Retry-After, the API and feeds a JSON 503, exports a 503 (not a 200 cut off); once it is back,
 *   the next request succeeds without restarting the app; and a busy but healthy database is
 *   never called down;
 * - the launcher (lib/cli/serve.ts) with its own embedded PostgreSQL, which is killed: the
 *   launcher notices and starts it again, and the app answers again without a restart.
 */

test.describe.configure({ mode: "serial" });

const APP_PORT = Number(process.env.FAULTS_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
const tsxCli = path.resolve("node_modules/tsx/dist/cli.mjs");

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Keeps a child's output, so a failure can show it and a test can wait for a line. */
function collectOutput(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      lines.push(...chunk.split("\n").filter(Boolean));
      if (lines.length > 2_000) lines.splice(0, lines.length - 2_000);
    });
  }
  return lines;
}

/** Waits until a server answers /api/v1/labs with 200; if it never does, its last output is the message. */
async function expectServing(base: string, output: string[], timeoutMs: number): Promise<void> {
  expect(
    await waitForStatus(`${base}/api/v1/labs`, (s) => s === 200, timeoutMs),
    output.slice(-20).join("\n"),
  ).toBe(200);
}

test.describe("the app server, its database stopped and started", () => {
  let dataRoot = "";
  let database: EmbeddedDatabase | undefined;
  let app: ChildProcess | undefined;
  let output: string[] = [];
  let pgPort = 0;
  const base = `http://127.0.0.1:${APP_PORT}`;

  test.beforeAll(async () => {
    // initdb, migrations, seed and a production start: minutes on a busy machine.
    test.setTimeout(300_000);
    ({ dataRoot, port: pgPort, database } = await startSeededPostgres("slipwatch-faults-", "base"));
    // The server the launcher runs (our HTTP server around Next), on this database.
    app = spawn(process.execPath, [tsxCli, "lib/cli/next-server.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(APP_PORT),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    output = collectOutput(app);
    await expectServing(base, output, 180_000);
  });

  test.afterAll(async () => {
    await stopProcess(app);
    await database?.stop().catch(() => undefined);
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  });

  test("a busy, healthy database is not called down", async () => {
    test.setTimeout(120_000);
    // Twenty uncached reads at once (each a new query string): the probe must not answer 503.
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const res = await fetch(`${base}/api/v1/events?q=busy-${Date.now()}-${i}`);
        await res.arrayBuffer();
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  test("database stopped: 503s with Retry-After; started again: the next request succeeds", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Up: a page, the API and an export answer 200.
    expect((await fetch(`${base}/en/labs/meta`)).status).toBe(200);
    const up = await fetch(`${base}/api/v1/events?q=delay`);
    expect(up.status, await up.clone().text()).toBe(200);
    expect((await fetch(`${base}/api/v1/exports/events?format=csv`)).status).toBe(200);

    await database!.stop();
    // The proxy remembers a good probe for 2 s (UP_FOR_MS in lib/http/database-health.ts): until
    // then a cached page is still served from the cache. Past it, every request sees the outage.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    // Pages: a 503 page that says what is going on, in the reader's language.
    const res = await page.goto(`${base}/en/labs/meta`);
    expect(res?.status()).toBe(503);
    expect(res?.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();
    const de = await page.goto(`${base}/de`);
    expect(de?.status()).toBe(503);
    await expect(page.getByRole("heading", { name: "Vorübergehend nicht erreichbar" })).toBeVisible();
    expect((await page.goto(`${base}/admin/sign-in`))?.status()).toBe(503);

    // API and feeds: JSON 503; exports: 503 before any byte of a download (never a 200).
    for (const p of [
      "/api/v1/events?q=anything",
      "/api/v1/labs",
      "/api/v1/exports/events",
      "/api/v1/exports/articles?format=csv",
      "/api/feeds/atom.xml",
    ]) {
      const api = await fetch(`${base}${p}`);
      expect(api.status, p).toBe(503);
      expect(api.headers.get("retry-after"), p).toMatch(/^\d+$/);
      expect(api.headers.get("content-type"), p).toContain("application/json");
      expect(((await api.json()) as { error: { code: string } }).error.code, p).toBe("unavailable");
    }

    // Back on the same port: the app reconnects by itself (the same process, never restarted).
    const pid = app!.pid;
    database = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: pgPort });
    // A query no cache has seen, so the answer comes from the database.
    const fresh = `/api/v1/events?q=recovered-${Date.now()}`;
    expect(await waitForStatus(`${base}${fresh}`, (s) => s !== 503, 15_000)).toBe(200);
    expect((await fetch(`${base}/en/labs/meta`)).status).toBe(200);
    const csv = await fetch(`${base}/api/v1/exports/articles?format=csv`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split("\n").length).toBeGreaterThan(2);
    expect(app!.exitCode).toBeNull();
    expect(app!.pid).toBe(pid);
    // One line per failed request at most, and none of them an unhandled error.
    expect(output.filter((l) => /unhandled|uncaughtException/i.test(l))).toEqual([]);
  });
});

test.describe("the launcher, its embedded PostgreSQL killed", () => {
  let dataRoot = "";
  let launcher: ChildProcess | undefined;
  let output: string[] = [];
  const port = APP_PORT + 1;
  const base = `http://127.0.0.1:${port}`;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dataRoot = mkdtempSync(path.join(os.tmpdir(), "slipwatch-faults-launcher-"));
    chmodSync(dataRoot, 0o755);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SLIPWATCH_DATA_DIR: path.join(dataRoot, "pg"),
      SLIPWATCH_PG_PORT: String(await findFreePort()),
      SLIPWATCH_SEED: "base",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.DATABASE_URL;
    launcher = spawn(process.execPath, [tsxCli, "lib/cli/serve.ts"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    output = collectOutput(launcher);
    await expectServing(base, output, 240_000);
  });

  test.afterAll(async () => {
    await stopProcess(launcher);
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  });

  test("killed PostgreSQL: the launcher starts it again and the app answers without a restart", async () => {
    test.setTimeout(120_000);
    // Postgres' lock file: line 1 is the postmaster's pid.
    const postmaster = Number(
      readFileSync(path.join(dataRoot, "pg", "postmaster.pid"), "utf8").split("\n")[0],
    );
    expect(postmaster).toBeGreaterThan(0);
    process.kill(postmaster, "SIGKILL");

    // The first test covers the 503s; here the window before the restart is only seconds long.
    // Back: a fresh query answers from the restarted database, served by the same launcher.
    const fresh = `/api/v1/events?q=relaunched-${Date.now()}`;
    expect(
      await waitForStatus(`${base}${fresh}`, (s) => s === 200, 60_000),
      output.slice(-20).join("\n"),
    ).toBe(200);
    expect(output.some((l) => l.includes("embedded PostgreSQL stopped unexpectedly; restarting it"))).toBe(
      true,
    );
    expect(output.some((l) => l.includes("embedded PostgreSQL is running again"))).toBe(true);
    expect(launcher!.exitCode).toBeNull();
    const restarted = Number(
      readFileSync(path.join(dataRoot, "pg", "postmaster.pid"), "utf8").split("\n")[0],
    );
    expect(restarted).not.toBe(postmaster);
  });
});
