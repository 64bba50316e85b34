import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./support/credentials";

/**
 * The editor's path from a pasted article to published events (issue 9 §4), in Chromium against
 * the production build on the writer server's throw-away database: paste a real German article
 * into the form, let "Suggest from text" propose events, accept two, save the draft, publish it
 * from the review queue — and the events show on the lab page with the article's quotes.
 *
 * The text is the opening of the seed's German article a004 ("Meta muss Einführung seines neuesten
 * KI-Flaggschiffs verschieben", relaying the Wall Street Journal, May 2025): stored pages from
 * other outlets either are already in the German starter pack (so a paste would be a duplicate) or
 * give the extraction assistant too little to propose two events. Only the opening is pasted, so
 * it is a new article, not a copy of the seed's.
 * (Importing a file while the app runs is covered by tests/integration/import-while-running.test.ts.)
 */

test.describe.configure({ mode: "serial", timeout: 120_000 });

const RUN = Date.now().toString(36);
const TITLE = `Meta muss Einführung seines KI-Flaggschiffs verschieben (Auszug ${RUN})`;
const BODY = readFileSync(
  path.join(import.meta.dirname, "fixtures", "de-meta-flaggschiff-verschoben-auszug.txt"),
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
    const card = page.getByTestId("event-card").filter({ hasText: TITLE }).filter({ hasText: q });
    await expect(card).toHaveCount(1);
  }
});
