import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * The reader pages against the seed data: lab status lines and figures, the company filter,
 * German search, "as known on", the German UI, and axe on every page.
 */

const status = (page: Page) => page.getByTestId("lab-status");

test.describe("lab status pages", () => {
  test("Meta: status line from the Behemoth slip and key figures from the seed", async ({ page }) => {
    // A fixed "as of" day keeps the 12-month window stable whatever today is.
    await page.goto("/en/labs/meta?asOf=2026-03-31");
    await expect(page.getByRole("heading", { level: 1, name: "Meta" })).toBeVisible();
    await expect(status(page)).toHaveText(
      "Status: Llama 4 Behemoth: slipped from end of April 2025 to fall 2025 or later (2 revisions); 3 reports",
    );
    const investment = page.getByTestId("figure-investment");
    await expect(investment.getByRole("listitem")).toHaveText([/2025\s*up to \$72B/, /2024\s*about \$40B/]);
    await expect(page.getByTestId("figure-open-delays")).toContainText("1 model");
    await expect(page.getByTestId("figure-open-delays")).toContainText("Llama 4 Behemoth — fall 2025 or later");
    await expect(page.getByTestId("figure-departures")).toContainText("1 reported departure");
    const setbacks = page.getByTestId("figure-setbacks");
    await expect(setbacks).toContainText("1 April 2025 – 31 March 2026");
    await expect(setbacks.getByRole("link", { name: /Weak benchmarks/ })).toHaveText(/3\s*Weak benchmarks/);

    // Each figure links to the events behind it.
    await setbacks.getByRole("link", { name: /Weak benchmarks/ }).click();
    await expect(page).toHaveURL(/\/en\/timeline\?lab=meta&type=benchmark_underperformance&from=2025-04-01&to=2026-03-31&asOf=2026-03-31/);
    const cards = page.getByTestId("event-card");
    await expect(cards).toHaveCount(3);
    for (const type of await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-event-type")))) {
      expect(type).toBe("benchmark_underperformance");
    }
  });

  test("Meta: the status line leads to the model page with the slip history", async ({ page }) => {
    await page.goto("/en/labs/meta");
    await status(page).getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/models\/llama-4-behemoth$/);
    await expect(page.getByTestId("slip-summary")).toContainText("slipped from end of April 2025 to fall 2025 or later (2 revisions)");
    await expect(page.getByTestId("commitment")).toHaveCount(3);
    await expect(page.getByTestId("commitment").first()).toContainText("end of April 2025");
    await expect(page.getByTestId("commitment").last()).toContainText("fall 2025 or later");
    await expect(page.getByTestId("commitment").first()).toContainText("reported 15 May 2025");
  });

  test("xAI: status line from its latest setback and figures from the seed", async ({ page }) => {
    await page.goto("/en/labs/xai?asOf=2026-03-31");
    await expect(status(page)).toHaveText(
      "Status: Latest setback (Architecture problem, March 2026): xAI must rebuild its models from scratch after architecture flaws; 1 report",
    );
    await expect(page.getByTestId("figure-investment")).toContainText("No investment figures reported.");
    await expect(page.getByTestId("figure-departures")).toContainText("1 reported departure");
    await expect(page.getByTestId("figure-open-delays")).toContainText("none");
    const setbacks = page.getByTestId("figure-setbacks").getByRole("link");
    await expect(setbacks).toHaveText([/1\s*Architecture problem/, /1\s*Departure/]);
    await expect(page.getByTestId("event-card")).toHaveCount(2);
  });
});

test("filter by company: choose xAI → only xAI events; reload and a shared link show the same", async ({ page, context }) => {
  await page.goto("/en/timeline");
  const all = await page.getByTestId("event-card").count();
  expect(all).toBeGreaterThan(2);
  await page.getByTestId("filters").locator("summary").click();
  // Keyboard: the checkbox is reachable and toggled with Space.
  const xai = page.getByRole("group", { name: "Company" }).getByLabel("xAI");
  await xai.focus();
  await page.keyboard.press("Space");
  await expect(xai).toBeChecked();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]lab=xai(&|$)/);
  const labsShown = () => page.getByTestId("event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-lab")));
  await expect(page.getByTestId("event-card")).toHaveCount(2);
  expect(new Set(await labsShown())).toEqual(new Set(["xai"]));

  await page.reload();
  await expect(page.getByTestId("event-card")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "Company" }).getByLabel("xAI")).toBeChecked();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByTestId("event-card")).toHaveCount(2);
  expect(new Set(await shared.getByTestId("event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-lab"))))).toEqual(
    new Set(["xai"]),
  );

  await page.goBack();
  await expect(page.getByTestId("event-card")).toHaveCount(all);
});

test("several filters combine, and bad parameters fall back to the default view", async ({ page }) => {
  await page.goto("/en/timeline?lab=meta&lab=xai&type=departure");
  await expect(page.getByTestId("event-card")).toHaveCount(2);
  const res = await page.goto("/en/timeline?lab=Not%20A%20Slug&type=nope&from=yesterday&asOf=2025-02-30&cursor=%%%");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("event-card").first()).toBeVisible();
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
});

test("the timeline pages with a cursor in the URL and groups by month without fake days", async ({ page }) => {
  await page.goto("/en/timeline");
  await expect(page.getByTestId("event-card")).toHaveCount(20);
  const firstIds = await page.getByTestId("event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  await page.getByTestId("older-link").click();
  await expect(page).toHaveURL(/cursor=/);
  const more = await page.getByTestId("event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  expect(more.length).toBeGreaterThan(0);
  expect(more.filter((id) => firstIds.includes(id))).toEqual([]);
  // A year-long or multi-month date is its own group, named as what it is.
  await expect(page.getByTestId("timeline-group").getByRole("heading", { name: "2024", exact: true })).toBeVisible();
  await expect(page.getByTestId("timeline-group").getByRole("heading", { name: "January 2023 – May 2025" })).toBeVisible();
});

test("search: “Verzögerung” finds the Behemoth articles with highlighted snippets", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByRole("searchbox", { name: "Search articles" }).fill("Verzögerung");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Verz%C3%B6gerung/);
  const titles = page.getByTestId("article-item").getByRole("link");
  await expect(titles).toHaveCount(3);
  await expect(titles.filter({ hasText: "Behemoth" })).toHaveCount(2);
  const marks = await page.getByTestId("snippet").locator("mark").allTextContents();
  expect(marks.some((m) => /^verzöger/i.test(m))).toBe(true);
  // A nonsense word finds nothing and says so.
  await page.goto("/en/search?q=Quxxelbrot");
  await expect(page.getByTestId("empty-state")).toContainText("No articles match this search.");
});

test("article page: original text escaped, quoted sentences highlighted", async ({ page }) => {
  await page.goto("/en/search?q=Schlappe");
  await page.getByTestId("article-item").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Schlappe für Zuckerberg");
  await expect(page.getByTestId("article-meta")).toContainText("The Wall Street Journal");
  await expect(page.getByTestId("article-body")).toHaveAttribute("lang", "de");
  const marks = page.getByTestId("quote-mark");
  expect(await marks.count()).toBeGreaterThanOrEqual(8);
  await expect(marks.filter({ hasText: "Bis zu 72 Milliarden US-Dollar" })).toHaveCount(1);
  await expect(page.getByTestId("supported-events").getByRole("listitem").first()).toBeVisible();
});

test.describe("as known on", () => {
  test("a day before the Behemoth reports hides them, with a banner", async ({ page }) => {
    await page.goto("/en/labs/meta?asOf=2025-05-10");
    await expect(page.getByTestId("as-of-banner")).toContainText("what had been reported by 10 May 2025");
    await expect(status(page)).not.toContainText("Behemoth");
    await expect(page.getByTestId("event-card").filter({ hasText: "Behemoth" })).toHaveCount(0);
    await page.goto("/en/timeline?asOf=2025-05-10");
    await expect(page.getByTestId("event-card")).toHaveCount(0);
    await expect(page.getByTestId("empty-state")).toBeVisible();
    await page.goto("/en/models/llama-4-behemoth?asOf=2025-05-10");
    await expect(page.getByTestId("commitment")).toHaveCount(0);
  });

  test("the date picker sets the day in the URL and keeps the filters", async ({ page }) => {
    await page.goto("/en/timeline?lab=meta");
    await page.getByLabel("As known on").fill("2025-05-20");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/lab=meta/);
    await expect(page).toHaveURL(/asOf=2025-05-20/);
    await expect(page.getByTestId("as-of-banner")).toBeVisible();
    await expect(page.getByTestId("event-card").filter({ hasText: "Llama 4 Behemoth delayed again" })).toHaveCount(1);
    // The 2026 reports were not known yet.
    await expect(page.getByTestId("event-card").filter({ hasText: "Avocado" })).toHaveCount(0);
    await page.getByTestId("as-of-reset").click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page.getByTestId("event-card").filter({ hasText: "Avocado" })).toHaveCount(1);
  });
});

test("German UI: labels, status line and figures in German, filters kept when switching", async ({ page }) => {
  await page.goto("/de/labs/meta");
  await expect(page.getByRole("heading", { name: "Kennzahlen" })).toBeVisible();
  await expect(status(page)).toHaveText(
    "Stand: Llama 4 Behemoth: verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen); 3 Berichte",
  );
  await expect(page.getByTestId("figure-investment")).toContainText("bis zu 72 Mrd. US-Dollar");
  await expect(page.getByTestId("figure-investment")).toContainText("rund 40 Mrd. US-Dollar");
  await page.goto("/en/timeline?lab=xai");
  await page.getByRole("group", { name: "Language" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/timeline\?lab=xai/);
  await expect(page.getByRole("heading", { level: 1, name: "Zeitleiste" })).toBeVisible();
  await expect(page.getByTestId("event-card")).toHaveCount(2);
  await expect(page.getByTestId("event-card").first()).toContainText("Architekturproblem");
});

test("an unknown lab, model or article is a 404 page, not an error", async ({ page }) => {
  for (const path of ["/en/labs/nope", "/en/models/nope", "/en/articles/999999", "/en/articles/abc"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

const PAGES = [
  "/en",
  "/en/labs",
  "/en/labs/meta",
  "/en/labs/xai",
  "/en/models",
  "/en/models/llama-4-behemoth",
  "/en/articles",
  "/en/timeline",
  "/en/timeline?lab=xai&asOf=2026-03-31",
  "/en/search?q=Verz%C3%B6gerung",
  "/de",
  "/de/labs/meta",
  "/de/timeline",
  "/de/search?q=Stellenabbau",
];

test("every reader page has no axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [...PAGES, await firstArticlePath(page)]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Open the collapsed parts too, so their contents are checked.
    for (const d of await page.locator("details:not([open]) > summary").all()) await d.click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test("every reader page fits a 390px phone screen", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [...PAGES, await firstArticlePath(page)]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Wide tables scroll inside their own box; the page itself must not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto("/en/articles");
  const href = await page.getByTestId("article-item").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/en\/articles\/\d+$/);
  return href!;
}
