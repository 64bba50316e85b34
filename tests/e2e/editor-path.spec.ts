import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./support/credentials";
import { e2eStateFile } from "./support/state-file";

/**
 * The editor's path from a pasted article to published events (issue 9 §4), in Chromium against
 * the production build on the writer server's throw-away database: paste a real German article
 * into the form, let "Suggest from text" propose events, accept two, save the draft, publish it
 * from the review queue — and the events show on the lab page with the article's quotes.
 *
 * The text is a real German page (The Decoder, "Behemoth-Modell kommt frühestens im Herbst", May or
 * June 2025) from the starter pack, which this server's database (the five seed articles only)
 * does not hold. An opening of a seed article would now be refused as a near-identical copy.
 *
 * The second test imports a file with `npm run import` while this server runs (the CLI uses the
 * server's embedded database, found through start-server.ts's state file), then accepts two of the
 * draft's suggestions in the review queue and publishes it. Its text is the opening of the seed's
 * article a001 ("Schlappe für Zuckerberg: Metas KI-Spitzenmodell Llama 4 Behemoth verzögert sich"),
 * for the same reason.
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const RUN = Date.now().toString(36);
const TITLE = `Behemoth-Modell kommt frühestens im Herbst (Einfügung ${RUN})`;
const BODY = readFileSync(
  path.join(import.meta.dirname, "fixtures", "de-decoder-behemoth-herbst.txt"),
  "utf8",
);

async function signIn(page: Page) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(E2E_ADMIN.email);
}

test("paste a German article, accept two suggestions, save, publish from the queue: the events show on the lab page", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/admin/articles/new");
  await page.locator("#f-title").fill(TITLE);
  await page.locator("#f-publisher").fill("E2E Wirtschaftsdienst");
  await page.locator("#f-publishedDate").fill("2025-05-16");
  await page.locator("#f-body").fill(BODY);
  await expect(page.locator("#f-language")).toHaveValue("de");

  await page.getByRole("button", { name: "Suggest from text" }).click();
  const suggestions = page.getByTestId("suggestion");
  await expect(suggestions.first()).toBeVisible();
  expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
  // Accepting moves a suggestion into the form and off the list, so the first one twice.
  for (let i = 0; i < 2; i++) await suggestions.first().getByRole("button", { name: "Add to form" }).click();

  // What was accepted: re-reports of stored events become citations, the rest new events.
  const citations = page.locator('[id^="f-citations-"][id$="-quote"]');
  const newEvents = page.getByTestId("new-event");
  const nCitations = await citations.count();
  const nNew = await newEvents.count();
  expect(nCitations + nNew).toBe(2);
  const quotes: string[] = [];
  for (let i = 0; i < nCitations; i++) quotes.push(await citations.nth(i).inputValue());
  for (let i = 0; i < nNew; i++) {
    quotes.push(await page.locator(`#f-newEvents-${i}-quote`).inputValue());
    // The editor completes what the assistant cannot know: a title, a summary, the date as written.
    await page.locator(`#f-newEvents-${i}-title`).fill(`Accepted suggestion ${i + 1} (${RUN})`);
    await page
      .locator(`#f-newEvents-${i}-summary`)
      .fill("Accepted from the extraction assistant in the e2e editor path.");
    await page.locator(`#f-newEvents-${i}-occurredText`).fill("Mai 2025");
  }
  for (const q of quotes) expect(BODY).toContain(q);
  expect(await page.locator("#f-status").inputValue()).toBe("draft");

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  const articleId = Number(/articles\/(\d+)/.exec(page.url())?.[1]);

  // Drafts are not public: the API does not show it yet.
  expect((await page.request.get(`/api/v1/articles/${articleId}`)).status()).toBe(404);

  // Publish from the review queue.
  await page.goto("/admin/queue");
  const item = page.getByTestId("queue-item").filter({ hasText: TITLE });
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: "Publish" }).click();
  // Once published it is no longer a draft: the queue re-renders without it (a refusal would keep it).
  await expect(item).toHaveCount(0);

  // The lab page shows the events with this article's quotes.
  const article = (await (await page.request.get(`/api/v1/articles/${articleId}`)).json()) as {
    events: { id: number; lab: { slug: string } | string }[];
  };
  expect(article.events).toHaveLength(2);
  await page.goto("/de/labs/meta");
  for (const q of quotes) {
    // Two accepted suggestions may quote the same sentence: each quote shows on at least one card.
    const card = page.getByTestId("event-card").filter({ hasText: TITLE }).filter({ hasText: q });
    await expect(card.first()).toBeVisible();
  }
});

function runImport(file: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SLIPWATCH_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.SLIPWATCH_PG_PORT;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.resolve("node_modules/tsx/dist/cli.mjs"), "lib/cli/import.ts", file, "--quiet"],
      {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out }));
  });
}

test("import a file while the app runs, accept two suggestions in the review queue, publish: the events show on the lab page", async ({
  page,
}, testInfo) => {
  const port = new URL(String(testInfo.project.use.baseURL)).port;
  const { dataDir } = JSON.parse(readFileSync(e2eStateFile(port), "utf8")) as { dataDir: string };
  const title = `Metas KI-Spitzenmodell verzögert sich (Import ${RUN})`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "slipwatch-e2e-import-"));
  try {
    const file = path.join(dir, "articles.ndjson");
    const body = readFileSync(
      path.join(import.meta.dirname, "fixtures", "de-behemoth-verzoegert-auszug.txt"),
      "utf8",
    );
    writeFileSync(file, `${JSON.stringify({ title, body, language: "de", published: "2025-05-16" })}\n`);
    const result = await runImport(file, dataDir);
    expect(result.out).not.toContain("Another PostgreSQL");
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain("1 drafts queued");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await signIn(page);
  await page.goto("/admin/queue");
  const item = page.getByTestId("queue-item").filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await item.locator("summary").click();
  const suggestions = item.locator("li");
  expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
  const quotes: string[] = [];
  for (let i = 0; i < 2; i++) {
    await suggestions.nth(i).getByTestId("accept-suggestion").check();
    quotes.push((await suggestions.nth(i).locator("q").innerText()).trim());
  }
  const articleId = await item.locator('input[name="articleId"]').inputValue();
  await item.getByRole("button", { name: "Publish" }).click();
  await expect(item).toHaveCount(0);

  const article = (await (await page.request.get(`/api/v1/articles/${articleId}`)).json()) as {
    events: unknown[];
  };
  expect(article.events).toHaveLength(2);
  await page.goto("/de/labs/meta");
  for (const q of quotes) {
    // Two accepted suggestions may quote the same sentence: each quote shows on at least one card.
    await expect(
      page.getByTestId("event-card").filter({ hasText: title }).filter({ hasText: q }).first(),
    ).toBeVisible();
  }
});
