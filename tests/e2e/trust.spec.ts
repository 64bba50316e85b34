import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Issue 10 against the base seed: as-of without hindsight on pages and API, independent sources
 * on event cards, the claims toggle, event pages reached from a feed link, and search over events.
 */

const tid = (page: Page, id: string): Locator => page.getByTestId(id).filter({ visible: true });

// First renders on a cold, shared machine are slow; no assertion here depends on timing.
test.describe.configure({ timeout: 120_000 });

test("as of 2025-05-10, Meta's page knows neither Behemoth's delay nor Avocado; the API agrees", async ({
  page,
  request,
}) => {
  await page.goto("/en/labs/meta?asOf=2025-05-10");
  await expect(page.getByRole("heading", { level: 1, name: "Meta" })).toBeVisible();
  await expect(tid(page, "as-of-banner")).toContainText("last day it may have appeared");
  const main = page.locator("main");
  await expect(main).not.toContainText("Behemoth");
  await expect(main).not.toContainText("Avocado");
  for (const slug of ["llama-4-behemoth", "avocado"]) {
    expect((await request.get(`/api/v1/models/${slug}?asOf=2025-05-10`)).status()).toBe(404);
  }
  const models = (await (await request.get("/api/v1/models?asOf=2025-05-10")).json()) as {
    items: { slug: string }[];
  };
  expect(models.items.map((m) => m.slug)).not.toContain("avocado");
});

test("the Behemoth delay card names one independent source, the WSJ, behind three articles", async ({
  page,
}) => {
  await page.goto("/en/models/llama-4-behemoth");
  const delay = tid(page, "event-card")
    .filter({ has: page.locator('[data-event-type="delay"]') })
    .or(page.locator('[data-testid="event-card"][data-event-type="delay"]'));
  await expect(delay.first().getByTestId("corroboration")).toHaveText(
    "1 independent source (The Wall Street Journal) · 3 articles",
  );
  // Relays are re-reports: no "First report" label on this event's citations.
  await delay.first().getByTestId("citation-count").click();
  await expect(delay.first()).not.toContainText(/First report(?!ed)/);
});

test("the lab figures say denied claims are left out, with a toggle that includes them", async ({ page }) => {
  await page.goto("/en/labs/meta?asOf=2026-03-31");
  const toggle = tid(page, "claims-toggle");
  await expect(toggle).toHaveAttribute("data-claims", "counted");
  await toggle.getByRole("button", { name: "Include them" }).click();
  await expect(page).toHaveURL(/claims=all/);
  await expect(tid(page, "claims-toggle")).toHaveAttribute("data-claims", "all");
});

test("a feed link opens the event page with citations, sources, dates and status history", async ({
  page,
  request,
}) => {
  const atom = await (await request.get("/api/feeds/labs/meta/atom.xml")).text();
  const links = [...atom.matchAll(/<link href="([^"]+\/en\/events\/\d+)"/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  const path = new URL(links[0]!).pathname;
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(tid(page, "event-corroboration")).toContainText("independent source");
  await expect(tid(page, "status-history").getByRole("listitem")).not.toHaveCount(0);
  await expect(tid(page, "event-dates")).toContainText("First reported");
  expect(await page.title()).not.toBe("Slipwatch — setbacks at AI labs");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the header search finds Meta's job cuts for “layoffs”, grouped as events", async ({ page }) => {
  await page.goto("/en/labs");
  await page.getByRole("searchbox", { name: "Search events and articles" }).fill("layoffs");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=layoffs/);
  const events = tid(page, "event-results");
  await expect(events).toContainText("Meta prepares broad job cuts outside core AI development");
  await events
    .getByRole("link", { name: "Meta prepares broad job cuts outside core AI development" })
    .click();
  await expect(page).toHaveURL(/\/en\/events\/\d+/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Meta prepares broad job cuts outside core AI development",
  );
});
