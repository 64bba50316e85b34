import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * Issue 10 §9–10 against the five seed articles: the /slips leaderboard, Meta's scorecard on its
 * lab page (Behemoth's end-of-April 2025 plan missed, the rule beside it), and the comparison of
 * Meta and xAI — shareable by URL, with a lab picker that works without JavaScript.
 */

test.describe.configure({ timeout: 90_000 });

test("the slips leaderboard ranks labs by kept commitments and sorts by column", async ({ page }) => {
  await page.goto("/en/slips");
  await expect(page.getByRole("heading", { level: 1, name: "Who keeps their release dates?" })).toBeVisible();
  expect(await page.title()).toContain("Commitment scorecards");
  const meta = page.getByTestId("scorecard-row").filter({ has: page.getByRole("link", { name: "Meta" }) });
  // Behemoth's three plans (end of April, June, fall or later 2025) all passed unreleased.
  await expect(meta.getByTestId("cell-kept")).toHaveText("0 of 3 (0 %)");
  await expect(meta.getByTestId("cell-missed")).toHaveText("3");
  expect(Number(await meta.getByTestId("cell-overdue").textContent())).toBeGreaterThan(0);
  await page.getByTestId("sort-overdue").click();
  await expect(page).toHaveURL(/\/en\/slips\?sort=overdue/);
  await expect(page.getByTestId("scorecard-board")).toHaveAttribute("data-sort", "overdue");
  await expect(page.getByRole("columnheader", { name: /Days overdue/ })).toHaveAttribute("aria-sort", "descending");
  await expectNoAxeViolations(page);

  // As of 31 May 2025 the plan for June and the one for fall were still open.
  await page.goto("/en/slips?asOf=2025-05-31");
  await expect(meta.getByTestId("cell-kept")).toHaveText("0 of 1 (0 %)");
  await page.goto("/de/slips");
  await expect(page.getByRole("heading", { level: 1, name: "Wer hält seine Veröffentlichungstermine?" })).toBeVisible();
  await expect(meta.getByTestId("cell-kept")).toHaveText("0 von 3 (0 %)");
});

test("Meta's lab page shows its scorecard with the rule beside each ruling", async ({ page }) => {
  await page.goto("/en/labs/meta");
  const card = page.getByTestId("lab-scorecard");
  await expect(card.getByTestId("scorecard-kept")).toHaveText("kept 0 of 3 resolved (0 %)");
  const behemoth = card.locator('[data-model="llama-4-behemoth"]');
  const first = behemoth.locator('[data-testid="ruling"][data-plan="1"]');
  await expect(first).toHaveAttribute("data-ruling", "missed");
  await expect(first.getByTestId("ruling-rule")).toContainText("shipped —: missed, period ended 30 April 2025");
  await expect(first).toContainText("missed");
  await expectNoAxeViolations(page);

  await page.goto("/en/labs/meta?asOf=2025-05-31");
  await expect(page.getByTestId("lab-scorecard").locator('[data-testid="ruling"][data-ruling="open"]')).toHaveCount(2);
});

test("compare Meta and xAI side by side, by URL", async ({ page }) => {
  await page.goto("/en/compare?lab=meta&lab=xai");
  await expect(page.getByRole("heading", { level: 1, name: "Meta vs xAI" })).toBeVisible();
  expect(await page.title()).toContain("Compare Meta vs xAI");
  const figures = page.getByTestId("compare-figures");
  await expect(figures.getByRole("columnheader")).toHaveText(["Meta", "xAI"]);
  await expect(figures.locator('tr[data-figure="kept"] td[data-lab="meta"]')).toHaveText("0 of 3 (0 %)");
  await expect(figures.locator('tr[data-figure="kept"] td[data-lab="xai"]')).toHaveText("—");
  await expect(page.getByTestId("compare-scorecard")).toHaveCount(2);
  await expect(page.locator('[data-testid="compare-scorecard"][data-lab="meta"]').getByTestId("scorecard-kept")).toHaveText(
    "kept 0 of 3 resolved (0 %)",
  );
  await expect(page.getByTestId("compare-setbacks")).toHaveCount(2);
  await expect(page.locator('[data-testid="compare-slips"][data-lab="meta"]')).toContainText("Llama 4 Behemoth");
  await expect(page.locator('[data-testid="compare-slips"][data-lab="xai"]')).toContainText("No release plans reported.");
  await expectNoAxeViolations(page);
});

test("the compare picker works without the app's JavaScript, with an empty and a one-lab state", async ({ browser }) => {
  // No app bundle: React never hydrates and there is no client router, so the picker can only work
  // as a plain GET form. (Fully disabled JavaScript is no test here: every reader page streams
  // behind app/[locale]/loading.tsx, whose content React reveals with an inline script.)
  const context = await browser.newContext();
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto("/en/compare");
  await expect(page.getByTestId("compare-empty")).toHaveText("Pick two to four labs above to compare them.");
  await page.getByRole("checkbox", { name: "Meta", exact: true }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/en\/compare\?lab=meta$/);
  await expect(page.getByTestId("compare-empty")).toHaveText("Pick at least one more lab to compare with Meta.");
  await page.getByRole("checkbox", { name: "xAI", exact: true }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/lab=meta/);
  await expect(page).toHaveURL(/lab=xai/);
  await expect(page.getByTestId("compare-scorecard")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await context.close();
});
