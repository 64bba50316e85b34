import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { importWorkspace } from "./support/import-workspace";
import { startEmbeddedPostgres } from "@/lib/database/embedded";

/**
 * `npm run import` while the dashboard runs (issue 9 §4): the test run's embedded Postgres plays
 * the dashboard's. A second process pointed at the same data folder uses that running database
 * instead of failing with "Another PostgreSQL … is already running", and leaves it running.
 */

const url = connectTestDatabase();
const dataDir = inject("databaseDataDir");
const key = `iwr${Date.now().toString(36)}`;
const ws = importWorkspace(url, "slipwatch-import-running-");
// Registered after importWorkspace's, so it runs before the client is closed (hooks unwind as a stack).
afterAll(async () => {
  await ws.prisma.article.deleteMany({ where: { url: { startsWith: `https://running.example.org/${key}/` } } });
});

function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("a second process on the running embedded database", () => {
  it("attaches instead of starting another Postgres, and stop() leaves the running one up", async () => {
    const attached = await startEmbeddedPostgres({ dataDir });
    expect(attached.attached).toBe(true);
    expect(new URL(attached.url).port).toBe(new URL(url).port);
    await attached.stop();
    expect(await ws.prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
  });

  it("npm run import imports a file into the running database", async () => {
    const file = path.join(ws.dir, "running.ndjson");
    const rows = [1, 2].map((n) => ({
      url: `https://running.example.org/${key}/${n}`,
      title: `Import while running ${n}`,
      body: `Meta verschiebt erneut die Veröffentlichung von Llama 4 Behemoth (${key} ${n}).`,
      language: "de",
      published: "2031-07-0" + n,
    }));
    await writeFile(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const env: NodeJS.ProcessEnv = { ...process.env, SLIPWATCH_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    delete env.SLIPWATCH_PG_PORT;

    const result = await runCli(["lib/cli/import.ts", file, "--quiet"], env);
    expect(result.stderr).not.toContain("Another PostgreSQL");
    expect(result.stderr).toContain("using the PostgreSQL already running");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2 drafts queued");
    const drafts = await ws.prisma.article.findMany({
      where: { url: { startsWith: `https://running.example.org/${key}/` } },
      select: { status: true, reviewItem: { select: { id: true } } },
    });
    expect(drafts).toHaveLength(2);
    expect(drafts.every((d) => d.status === "draft" && d.reviewItem)).toBe(true);
    // The "dashboard's" database is still there after the import finished.
    expect(await ws.prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
  });
});
