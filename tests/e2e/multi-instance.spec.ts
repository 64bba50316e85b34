import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createAccount } from "@/lib/auth/user-accounts";
import { findFreePort, type EmbeddedDatabase } from "@/lib/database/embedded";
import { createPrismaClient } from "@/lib/db";
import { startSeededPostgres } from "../support/seeded-postgres";
import { waitForServer } from "../support/wait-for-http";

/**
 * Several instances, one truth: two `next start` processes on one Postgres and one Redis
 * (REDIS_URL selects the shared cache handler). Both serve the lab page from their cache; an
 * editor saves through the first, and the second shows the change on its next request.
 * Starts its own redis-server (Debian's package), database and servers on free ports.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const ADMIN = { email: "multi@slipwatch.local", password: "multi-instance-Admin-pw-42" };
let root = "";
let database: EmbeddedDatabase | undefined;
const children: ChildProcess[] = [];
let a = "";
let b = "";
let eventId = 0;

test.beforeAll(async () => {
  test.setTimeout(180_000);
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
  ({ dataRoot: root, database } = await startSeededPostgres("slipwatch-multi-", "all"));
  const prisma = createPrismaClient(database.url);
  try {
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
  for (const port of [await findFreePort(), await findFreePort()]) {
    children.push(
      spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          REDIS_URL: `redis://127.0.0.1:${redisPort}`,
          NEXT_TELEMETRY_DISABLED: "1",
        },
        stdio: "ignore",
      }),
    );
    (a ? (url: string) => (b = url) : (url: string) => (a = url))(`http://127.0.0.1:${port}`);
  }
  await Promise.all([waitForServer(`${a}/api/v1/labs`, 120_000), waitForServer(`${b}/api/v1/labs`, 120_000)]);
});

test.afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await database?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("a save through one instance shows on the next request to the other", async ({ page, request }) => {
  const title = `Shared-cache title ${Date.now()}`;
  // Both instances have the lab page and the API in their (shared) cache before the save.
  for (const base of [a, b]) {
    for (let i = 0; i < 2; i++) {
      expect(await (await request.get(`${base}/en/labs/meta`)).text()).not.toContain(title);
    }
  }
  await page.goto(`${a}/admin/sign-in`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(ADMIN.email);
  await page.goto(`${a}/admin/events/${eventId}`);
  await page.locator("#f-title").fill(title);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByTestId("saved-notice")).toBeVisible();

  expect(await (await request.get(`${b}/en/labs/meta`)).text()).toContain(title);
  expect(await (await request.get(`${b}/api/v1/events/${eventId}`)).text()).toContain(title);
  expect(await (await request.get(`${a}/en/labs/meta`)).text()).toContain(title);
});
