import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createAccount } from "@/lib/auth/user-accounts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrator";
import { createPrismaClient } from "@/lib/db";
import { waitForServer } from "../support/wait-for-http";
import { seedDatabase } from "@/prisma/seed";

/**
 * Several instances, one truth: two app servers (lib/cli/next-server.ts, what the launcher runs:
 * our HTTP server with its response cache around Next) on one Postgres and one Redis (REDIS_URL
 * selects the shared cache handler). Both serve the lab page from their cache; an editor saves
 * through the first, and the second shows the change on its next request, while pages the save
 * did not touch stay cached (X-Slipwatch-Cache: HIT). A third server without Redis checks the
 * same for one instance with its in-memory cache.
 * Starts its own redis-server (Debian's package), database and servers on free ports.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const ADMIN = { email: "multi@slipwatch.local", password: "multi-instance-Admin-pw-42" };
let root = "";
let database: EmbeddedDatabase | undefined;
const children: ChildProcess[] = [];
let a = "";
let b = "";
/** one instance on its own, without Redis */
let c = "";
let eventId = 0;

/** The page's body and whether it came from the server's response cache. */
async function load(url: string): Promise<{ body: string; cache: string | null }> {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return { body: await res.text(), cache: res.headers.get("x-slipwatch-cache") };
}

async function signInAndSave(page: Page, base: string, title: string) {
  await page.goto(`${base}/admin/sign-in`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(ADMIN.email);
  await page.goto(`${base}/admin/events/${eventId}`);
  await page.locator("#f-title").fill(title);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();
}

/** Meta's event is saved; Anthropic's lab page shows nothing of Meta's. */
const TOUCHED = "/en/labs/meta";
const UNRELATED = "/en/labs/anthropic";


test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(path.join(os.tmpdir(), "slipwatch-multi-"));
  const redisPort = await findFreePort();
  children.push(
    spawn(
      "redis-server",
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    ),
  );
  database = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort() });
  await migrate(database.url, { log: () => {} });
  const prisma = createPrismaClient(database.url);
  try {
    await seedDatabase(prisma);
    await createAccount(prisma, { email: ADMIN.email, password: ADMIN.password, role: "admin" });
    const event = await prisma.event.findFirstOrThrow({
      where: { lab: { slug: "meta" }, deletedAt: null },
      orderBy: [{ occurredFrom: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    eventId = event.id;
  } finally {
    await prisma.$disconnect();
  }
  const server = (port: number, redis: boolean) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database!.url,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    };
    if (redis) env.REDIS_URL = `redis://127.0.0.1:${redisPort}`;
    else delete env.REDIS_URL;
    children.push(
      spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "lib/cli/next-server.ts"], {
        env,
        stdio: "ignore",
      }),
    );
    return `http://127.0.0.1:${port}`;
  };
  a = server(await findFreePort(), true);
  b = server(await findFreePort(), true);
  c = server(await findFreePort(), false);
  await Promise.all([a, b, c].map((base) => waitForServer(`${base}/api/v1/labs`, 120_000)));
});

test.afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await database?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("a save through one instance shows on the next request to the other; untouched pages stay cached", async ({
  page,
}) => {
  const title = `Shared-cache title ${Date.now()}`;
  // Both instances have the pages in their cache before the save: the second load is a hit.
  for (const base of [a, b]) {
    for (const path of [TOUCHED, UNRELATED, "/en", `/api/v1/events/${eventId}`]) {
      expect((await load(`${base}${path}`)).body).not.toContain(title);
      const again = await load(`${base}${path}`);
      expect(again.cache, `${base}${path}`).toBe("HIT");
      expect(again.body).not.toContain(title);
    }
  }
  await signInAndSave(page, a, title);

  // The other instance renders the touched pages afresh on its very next request…
  const touched = await load(`${b}${TOUCHED}`);
  expect(touched.body).toContain(title);
  expect(touched.cache).toBe("MISS");
  // Home carries the whole-entity tags a save expires: rendered afresh too.
  expect((await load(`${b}/en`)).cache).toBe("MISS");
  expect(await (await fetch(`${b}/api/v1/events/${eventId}`)).text()).toContain(title);
  expect((await load(`${a}${TOUCHED}`)).body).toContain(title);
  // …and the page the save did not touch is still the cached copy on both.
  for (const base of [a, b]) expect((await load(`${base}${UNRELATED}`)).cache, base).toBe("HIT");
  // The fresh render is cached again.
  const again = await load(`${b}${TOUCHED}`);
  expect(again.cache).toBe("HIT");
  expect(again.body).toContain(title);
});

test("one instance without Redis: a save shows on the next page load, untouched pages stay cached", async ({
  page,
}) => {
  const title = `Local-cache title ${Date.now()}`;
  for (const path of [TOUCHED, UNRELATED, "/en/timeline?lab=meta"]) {
    await load(`${c}${path}`);
    expect((await load(`${c}${path}`)).cache, path).toBe("HIT");
  }
  await signInAndSave(page, c, title);

  const touched = await load(`${c}${TOUCHED}`);
  expect(touched.cache).toBe("MISS");
  expect(touched.body).toContain(title);
  expect((await load(`${c}/en/timeline?lab=meta`)).body).toContain(title);
  const unrelated = await load(`${c}${UNRELATED}`);
  expect(unrelated.cache).toBe("HIT");
  expect(unrelated.body).not.toContain(title);
  // A signed-in editor is never served the readers' cached copy.
  const cookies = await page.context().cookies(c);
  const session = cookies.find((k) => k.name === "slipwatch_session");
  expect(session).toBeDefined();
  const asEditor = await fetch(`${c}${UNRELATED}`, { headers: { cookie: `slipwatch_session=${session!.value}` } });
  expect(asEditor.status).toBe(200);
  expect(asEditor.headers.get("x-slipwatch-cache")).toBeNull();
});
