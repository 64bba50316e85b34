import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("home page lists labs and recent events", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Meta/ }).first()).toBeVisible();
  await expect(page.getByTestId("event-row").first()).toBeVisible();
});

test("Meta's lab page shows the Behemoth delay with its three citing articles", async ({ page }) => {
  await page.goto("/en/labs/meta");
  await expect(page.getByRole("heading", { level: 1, name: "Meta" })).toBeVisible();
  const delay = page.getByTestId("event-card").filter({ hasText: "Llama 4 Behemoth delayed again" });
  await expect(delay).toHaveCount(1);
  // Four citations (one is Meta's own "no comment") from three distinct articles.
  await expect(delay.getByTestId("citation-count")).toHaveText("3 citing articles");
  await delay.getByTestId("citation-count").click();
  const articleLinks = delay.locator('a[href^="/en/articles/"]');
  const hrefs = new Set(await articleLinks.evaluateAll((links) => links.map((l) => l.getAttribute("href"))));
  expect(hrefs.size).toBe(3);
});

test("home page has no axe violations", async ({ page }) => {
  await page.goto("/en");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
