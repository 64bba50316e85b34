import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * The reader pages against the seed data: lab status lines and figures, the company filter,
 * German search, "as known on", the German UI, and axe on every page.
 */

/**
 * Next keeps the previous route's tree mounted but hidden after a client-side navigation (for
 * instant back/forward), so count only what is visible.
 */
const tid = (page: Page, id: string): Locator => page.getByTestId(id).filter({ visible: true });
const status = (page: Page) => tid(page, "lab-status");

test.describe("lab status pages", () => {
  test("Meta: status line from the Behemoth slip and key figures from the seed", async ({ page }) => {
    // A fixed "as of" day keeps the 12-month window stable whatever today is.
    await page.goto("/en/labs/meta?asOf=2026-03-31");
    await expect(page.getByRole("heading", { level: 1, name: "Meta" })).toBeVisible();
    await expect(status(page)).toHaveText(
      "Status: Llama 4 Behemoth: slipped from end of April 2025 to fall 2025 or later (2 revisions); 1 independent source",
    );
    const investment = tid(page, "figure-investment");
    await expect(investment.getByRole("listitem")).toHaveText([/2025\s*up to \$72B/, /2024\s*about \$40B/]);
    await expect(tid(page, "figure-open-delays")).toContainText("1 model");
    await expect(tid(page, "figure-open-delays")).toContainText("Llama 4 Behemoth — fall 2025 or later");
    await expect(tid(page, "figure-departures")).toContainText("1 reported departure");
    const setbacks = tid(page, "figure-setbacks");
    await expect(setbacks).toContainText("1 April 2025 – 31 March 2026");
    await expect(setbacks.getByRole("link", { name: /Weak benchmarks/ })).toHaveText(/3\s*Weak benchmarks/);

    // Each figure links to the events behind it.
    await setbacks.getByRole("link", { name: /Weak benchmarks/ }).click();
    await expect(page).toHaveURL(
      /\/en\/timeline\?lab=meta&type=benchmark_underperformance&from=2025-04-01&to=2026-03-31&asOf=2026-03-31/,
    );
    const cards = tid(page, "event-card");
    await expect(cards).toHaveCount(3);
    for (const type of await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-event-type")))) {
      expect(type).toBe("benchmark_underperformance");
    }
  });

  test("Meta: the status line leads to the model page with the slip history", async ({ page }) => {
    await page.goto("/en/labs/meta");
    await status(page).getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/models\/llama-4-behemoth$/);
    await expect(tid(page, "slip-summary")).toContainText(
      "slipped from end of April 2025 to fall 2025 or later (2 revisions)",
    );
    await expect(tid(page, "commitment")).toHaveCount(3);
    await expect(tid(page, "commitment").first()).toContainText("end of April 2025");
    await expect(tid(page, "commitment").last()).toContainText("fall 2025 or later");
    await expect(tid(page, "commitment").first()).toContainText("reported 15 May 2025");
  });

  test("xAI: status line from its latest setback and figures from the seed", async ({ page }) => {
    await page.goto("/en/labs/xai?asOf=2026-03-31");
    await expect(status(page)).toHaveText(
      "Status: Latest setback (Architecture problem, March 2026): xAI must rebuild its models from scratch after architecture flaws; 1 independent source",
    );
    await expect(tid(page, "figure-investment")).toContainText("No investment figures reported.");
    await expect(tid(page, "figure-departures")).toContainText("1 reported departure");
    await expect(tid(page, "figure-open-delays")).toContainText("none");
    const setbacks = tid(page, "figure-setbacks").getByRole("link");
    await expect(setbacks).toHaveText([/1\s*Architecture problem/, /1\s*Departure/]);
    await expect(tid(page, "event-card")).toHaveCount(2);
  });
});

test("filter by company: choose xAI → only xAI events; reload and a shared link show the same", async ({
  page,
  context,
}) => {
  await page.goto("/en/timeline");
  // count() does not wait: on a cold server the page may still show its loading state
  await expect(tid(page, "event-card").first()).toBeVisible();
  const all = await tid(page, "event-card").count();
  expect(all).toBeGreaterThan(2);
  await tid(page, "filters").locator("summary").click();
  // Keyboard: the checkbox is reachable and toggled with Space.
  const xai = page.getByRole("group", { name: "Company" }).getByLabel("xAI");
  await xai.focus();
  await page.keyboard.press("Space");
  await expect(xai).toBeChecked();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]lab=xai(&|$)/);
  const labsShown = () =>
    tid(page, "event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-lab")));
  await expect(tid(page, "event-card")).toHaveCount(2);
  expect(new Set(await labsShown())).toEqual(new Set(["xai"]));

  await page.reload();
  await expect(tid(page, "event-card")).toHaveCount(2);
  await expect(page.getByRole("group", { name: "Company" }).getByLabel("xAI")).toBeChecked();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(tid(shared, "event-card")).toHaveCount(2);
  expect(
    new Set(await tid(shared, "event-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-lab")))),
  ).toEqual(new Set(["xai"]));

  await page.goBack();
  await expect(tid(page, "event-card")).toHaveCount(all);
});

test("several filters combine, and bad parameters fall back to the default view", async ({ page }) => {
  await page.goto("/en/timeline?lab=meta&lab=xai&type=departure");
  await expect(tid(page, "event-card")).toHaveCount(2);
  const res = await page.goto(
    "/en/timeline?lab=Not%20A%20Slug&type=nope&from=yesterday&asOf=2025-02-30&cursor=garbage",
  );
  expect(res?.status()).toBe(200);
  await expect(tid(page, "event-card").first()).toBeVisible();
  await expect(tid(page, "as-of-banner")).toHaveCount(0);
});

test("the timeline pages with a cursor in the URL and groups by month without fake days", async ({
  page,
}) => {
  await page.goto("/en/timeline");
  await expect(tid(page, "event-card")).toHaveCount(20);
  const firstIds = await tid(page, "event-card").evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-event-id")),
  );
  await tid(page, "older-link").click();
  await expect(page).toHaveURL(/cursor=/);
  const more = await tid(page, "event-card").evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-event-id")),
  );
  expect(more.length).toBeGreaterThan(0);
  expect(more.filter((id) => firstIds.includes(id))).toEqual([]);
  // A year-long or multi-month date is its own group, named as what it is.
  await expect(tid(page, "timeline-group").getByRole("heading", { name: "2024", exact: true })).toBeVisible();
  await expect(
    tid(page, "timeline-group").getByRole("heading", { name: "January 2023 – May 2025" }),
  ).toBeVisible();
});

test("search: “Verzögerung” finds the Behemoth articles with highlighted snippets", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByRole("searchbox", { name: "Search articles" }).fill("Verzögerung");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Verz%C3%B6gerung/);
  const titles = tid(page, "article-item").getByRole("link");
  await expect(titles).toHaveCount(3);
  await expect(titles.filter({ hasText: "Behemoth" })).toHaveCount(2);
  const marks = await tid(page, "snippet").locator("mark").allTextContents();
  expect(marks.some((m) => /^verzöger/i.test(m))).toBe(true);
  // A nonsense word finds nothing and says so.
  await page.goto("/en/search?q=Quxxelbrot");
  await expect(tid(page, "empty-state")).toContainText("No events or articles match this search.");
});

test("article page: original text escaped, quoted sentences highlighted", async ({ page }) => {
  await page.goto("/en/search?q=Schlappe");
  await tid(page, "article-item").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Schlappe für Zuckerberg");
  await expect(tid(page, "article-meta")).toContainText("The Wall Street Journal");
  await expect(tid(page, "article-body")).toHaveAttribute("lang", "de");
  const marks = tid(page, "quote-mark");
  expect(await marks.count()).toBeGreaterThanOrEqual(8);
  await expect(marks.filter({ hasText: "Bis zu 72 Milliarden US-Dollar" })).toHaveCount(1);
  await expect(tid(page, "supported-events").getByRole("listitem").first()).toBeVisible();
});

test.describe("as known on", () => {
  test("a day before the Behemoth reports hides them, with a banner", async ({ page }) => {
    await page.goto("/en/labs/meta?asOf=2025-05-10");
    await expect(tid(page, "as-of-banner")).toContainText("what had been reported by 10 May 2025");
    await expect(status(page)).not.toContainText("Behemoth");
    await expect(tid(page, "event-card").filter({ hasText: "Behemoth" })).toHaveCount(0);
    await page.goto("/en/timeline?asOf=2025-05-10");
    await expect(tid(page, "event-card")).toHaveCount(0);
    await expect(tid(page, "empty-state")).toBeVisible();
    await page.goto("/en/models/llama-4-behemoth?asOf=2025-05-10");
    await expect(tid(page, "commitment")).toHaveCount(0);
  });

  test("the date picker sets the day in the URL and keeps the filters", async ({ page }) => {
    await page.goto("/en/timeline?lab=meta");
    await page.getByLabel("As known on").fill("2025-05-20");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/lab=meta/);
    await expect(page).toHaveURL(/asOf=2025-05-20/);
    await expect(tid(page, "as-of-banner")).toBeVisible();
    await expect(tid(page, "event-card").filter({ hasText: "Llama 4 Behemoth delayed again" })).toHaveCount(
      1,
    );
    // The 2026 reports were not known yet.
    await expect(tid(page, "event-card").filter({ hasText: "Avocado" })).toHaveCount(0);
    await tid(page, "as-of-reset").click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(tid(page, "event-card").filter({ hasText: "Avocado" })).toHaveCount(1);
  });
});

test("German UI: labels, status line and figures in German, filters kept when switching", async ({
  page,
}) => {
  await page.goto("/de/labs/meta");
  await expect(page.getByRole("heading", { name: "Kennzahlen" })).toBeVisible();
  await expect(status(page)).toHaveText(
    "Stand: Llama 4 Behemoth: verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen); 1 unabhängige Quelle",
  );
  await expect(tid(page, "figure-investment")).toContainText("bis zu 72 Mrd. US-Dollar");
  await expect(tid(page, "figure-investment")).toContainText("rund 40 Mrd. US-Dollar");
  await page.goto("/en/timeline?lab=xai");
  await page
    .getByRole("group", { name: "Language", exact: true })
    .getByRole("link", { name: "Deutsch" })
    .click();
  await expect(page).toHaveURL(/\/de\/timeline\?lab=xai/);
  await expect(page.getByRole("heading", { level: 1, name: "Zeitleiste" })).toBeVisible();
  await expect(tid(page, "event-card")).toHaveCount(2);
  await expect(tid(page, "event-card").first()).toContainText("Architekturproblem");
});

test("an unknown lab, model or article shows the not-found page, not an error", async ({ page }) => {
  // The page streams after its shell, so Next sends 200 with a noindex tag rather than a 404 status.
  for (const path of ["/en/labs/nope", "/en/models/nope", "/en/articles/999999", "/en/articles/abc"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Not found · Nicht gefunden");
    expect(await page.locator('meta[name="robots"][content="noindex"]').count(), path).toBeGreaterThan(0);
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

// One test per page, so a slow page cannot starve the others of time.
for (const path of [...PAGES, "first article"]) {
  test(`axe: ${path} has no violations`, async ({ page }) => {
    test.setTimeout(90_000);
    await axeCheck(page, path === "first article" ? await firstArticlePath(page) : path);
  });
}

// Dark mode has its own colours (marks, badges, banners): check the pages that use them most.
for (const path of [
  "/en",
  "/en/labs/meta",
  "/en/timeline?asOf=2025-06-01",
  "/en/search?q=Verz%C3%B6gerung",
  "first article",
]) {
  test(`axe (dark): ${path} has no violations`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: "dark" });
    await axeCheck(page, path === "first article" ? await firstArticlePath(page) : path);
  });
}

async function axeCheck(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Open the collapsed parts too, so their contents are checked.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

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
  const href = await tid(page, "article-item").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/en\/articles\/\d+$/);
  return href!;
}
