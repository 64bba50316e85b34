import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { parse as parseCsv } from "csv-parse/sync";

/**
 * The chart pages against the seeded database: the Behemoth slip and Meta's investment bars are
 * drawn (SVG) and tabled from the seed data, each CSV download holds exactly the rows shown, the
 * filters and asOf work as on the reader pages, and each page passes axe in light and dark.
 */

// Each test loads a chart and runs axe over an SVG-heavy page; on a busy 2-core machine that can
// take longer than the default 30 s without anything being wrong.
test.describe.configure({ timeout: 90_000 });

async function downloadCsv(page: Page): Promise<{ name: string; rows: Record<string, string>[]; header: string[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-download").click()]);
  const text = await readFile(await download.path(), "utf8");
  const [header = [], ...rows] = parseCsv(text) as string[][];
  return {
    name: download.suggestedFilename(),
    header,
    rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))),
  };
}

async function openTable(page: Page) {
  await page.getByTestId("data-table").locator("summary").click();
}

test("the charts index links to the three charts", async ({ page }) => {
  await page.goto("/en/charts");
  await expect(page.getByRole("heading", { level: 1, name: "Charts" })).toBeVisible();
  for (const [name, href] of [
    ["Release slips", "/en/charts/slips"],
    ["Investments", "/en/charts/investments"],
    ["Setbacks over time", "/en/charts/setbacks"],
  ] as const) {
    await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveAttribute("href", href);
  }
  await expectNoAxeViolations(page);
});

test.describe("slip chart", () => {
  test("draws Behemoth's end of April → June → fall or later as a staircase linked to its articles", async ({ page }) => {
    await page.goto("/en/charts/slips");
    const chart = page.locator('[data-testid="slip-chart"][data-model="llama-4-behemoth"]');
    const bands = chart.getByTestId("slip-band");
    await expect(bands).toHaveCount(3);
    // Each later plan starts further right: the slip reads as steps.
    const xs = await bands.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    // "Or later" runs on to today.
    await expect(chart.getByTestId("slip-open-end")).toHaveCount(1);
    await expect(chart.locator("text", { hasText: "fall 2025 or later" })).toHaveCount(1);
    await expect(page.getByTestId("slip-summary").first()).toContainText("slipped from end of April 2025 to fall 2025 or later (2 revisions)");
    const links = await chart.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toHaveLength(3);
    expect(links.every((h) => /^\/en\/articles\/\d+$/.test(h ?? ""))).toBe(true);

    await openTable(page);
    const rows = page.locator('[data-testid="slip-table"] tbody tr[data-model="llama-4-behemoth"]');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("end of April 2025");
    await expect(rows.nth(1)).toContainText("June 2025");
    await expect(rows.nth(2)).toContainText("fall 2025 or later");
    await expect(rows.nth(2)).toContainText("2025-09-01 – 2025-11-30");
    await expectNoAxeViolations(page);
  });

  test("the CSV holds exactly the plans in the table", async ({ page }) => {
    await page.goto("/en/charts/slips");
    await openTable(page);
    const tableRows = await page.locator('[data-testid="slip-table"] tbody tr').count();
    const csv = await downloadCsv(page);
    expect(csv.name).toBe("slipwatch-slips.csv");
    expect(csv.rows).toHaveLength(tableRows);
    const behemoth = csv.rows.filter((r) => r.model === "Llama 4 Behemoth");
    expect(behemoth.map((r) => [r.plan, r.planned_from, r.planned_to, r.or_later])).toEqual([
      ["1", "2025-04-21", "2025-04-30", "false"],
      ["2", "2025-06-01", "2025-06-30", "false"],
      ["3", "2025-09-01", "2025-11-30", "true"],
    ]);
    expect(behemoth.map((r) => r.planned_text)).toEqual(["Ende April (LlamaCon)", "Juni", "Herbst oder später"]);
  });

  test("filters by lab through the form and keeps the filter in the URL and the CSV link", async ({ page }) => {
    await page.goto("/en/charts/slips");
    await page.getByRole("checkbox", { name: "xAI" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/lab=xai/);
    await expect(page.getByTestId("chart-empty")).toBeVisible();
    await page.goto("/en/charts/slips?lab=meta");
    await expect(page.getByTestId("slip-chart")).toHaveCount(1);
    await expect(page.getByTestId("csv-download")).toHaveAttribute("href", /lab=meta/);
  });

  test("as known on a day before the first report, there is nothing to draw", async ({ page }) => {
    await page.goto("/en/charts/slips?asOf=2025-05-01");
    await expect(page.getByTestId("chart-empty")).toBeVisible();
    await expect(page.getByTestId("as-of-note")).toContainText("1 May 2025");
    await expectNoAxeViolations(page);
  });

  test("a bad URL shows the default chart, not an error", async ({ page }) => {
    const res = await page.goto("/en/charts/slips?lab=NOT_A_SLUG&asOf=2025-99-99");
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("slip-chart")).toHaveCount(1);
  });
});

test.describe("investments chart", () => {
  test("draws Meta's capex bars from the seed, each figure once, with the Scale AI stake as a point", async ({ page }) => {
    await page.goto("/en/charts/investments");
    const bars = page.locator('[data-testid="investment-bar"][data-lab="meta"]');
    await expect(bars).toHaveCount(2);
    const heights = Object.fromEntries(
      await bars.evaluateAll((els) => els.map((el) => [el.getAttribute("data-year"), el.getBoundingClientRect().height])),
    ) as Record<string, number>;
    // $40B against $72B: the bars' heights keep the ratio.
    expect(heights["2024"]! / heights["2025"]!).toBeCloseTo(40 / 72, 1);
    await expect(page.getByTestId("deal-point")).toHaveCount(1);

    await openTable(page);
    const table = page.getByTestId("investments-bars-table");
    await expect(table.locator('tr[data-year="2024"][data-lab="meta"] [data-testid="amount"]')).toHaveText("about $40B");
    await expect(table.locator('tr[data-year="2025"][data-lab="meta"] [data-testid="amount"]')).toHaveText("up to $72B");
    await expect(page.getByTestId("investments-deals-table")).toContainText("Scale AI");
    await expect(page.getByTestId("investments-deals-table")).toContainText("49%");
    await expect(page.getByTestId("excluded-note")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the tooltip of a year's bar lists the counted event and its citing articles", async ({ page }) => {
    await page.goto("/en/charts/investments");
    await page.locator('[data-testid="investment-bar"][data-year="2025"]').hover();
    const tooltip = page.locator(".recharts-tooltip-wrapper");
    await expect(tooltip).toContainText("Meta budgets up to $72B");
    await expect(tooltip).toContainText("Schlappe für Zuckerberg");
    // The deal of that year is listed too, with its own article.
    await expect(tooltip).toContainText("more than $14B");
  });

  test("the CSV holds the bars and the deal, never a market value or a pay package", async ({ page }) => {
    await page.goto("/en/charts/investments");
    await openTable(page);
    const tableRows = await page.locator('[data-testid="data-table"] tbody tr').count();
    const csv = await downloadCsv(page);
    expect(csv.rows).toHaveLength(tableRows);
    const meta = csv.rows.filter((r) => r.lab === "Meta");
    expect(meta.map((r) => [r.series, r.year, Number(r.amount_usd), r.qualifier])).toEqual([
      ["bar", "2024", 40e9, "about"],
      ["bar", "2025", 72e9, "up_to"],
      ["deal", "2025", 14e9, "more_than"],
    ]);
    expect(csv.rows.every((r) => ["capex", "investment", "capex + investment", "deal_value"].includes(r.kind ?? ""))).toBe(true);
  });

  test("as known before the $72B report, only what was reported by then is drawn", async ({ page }) => {
    await page.goto("/en/charts/investments?asOf=2025-05-14");
    await expect(page.getByTestId("chart-empty")).toBeVisible();
  });
});

test.describe("setbacks chart", () => {
  test("stacks events per month by type and the table matches the CSV", async ({ page }) => {
    await page.goto("/en/charts/setbacks");
    await expect(page.getByTestId("setback-bar").first()).toBeVisible();
    await expect(page.locator('[data-testid="setback-bar"][data-type="delay"][data-month="2025-05"]')).toHaveCount(1);
    await openTable(page);
    const totals = await page.locator('[data-testid="setbacks-table"] [data-testid="month-total"]').allTextContents();
    const csv = await downloadCsv(page);
    expect(csv.name).toBe("slipwatch-setbacks-count.csv");
    expect(csv.rows.map((r) => r.total)).toEqual(totals);
    expect(csv.header).toContain("delay");
    expect(csv.header).not.toContain("investment");
    expect(Number(csv.rows.find((r) => r.month === "2025-05")?.delay)).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);
  });

  test("toggles to shares, keeping the filters, and the CSV follows", async ({ page }) => {
    await page.goto("/en/charts/setbacks?lab=meta");
    await page.getByTestId("mode-share").click();
    await expect(page).toHaveURL(/mode=share/);
    await expect(page).toHaveURL(/lab=meta/);
    await expect(page.getByTestId("setbacks-chart")).toHaveAttribute("data-mode", "share");
    await expect(page.getByTestId("mode-share")).toHaveAttribute("aria-current", "true");
    const csv = await downloadCsv(page);
    expect(csv.name).toBe("slipwatch-setbacks-share.csv");
    for (const r of csv.rows.filter((row) => Number(row.total) > 0)) {
      const sum = csv.header.filter((h) => h !== "month" && h !== "total").reduce((s, h) => s + Number(r[h]), 0);
      expect(sum).toBeCloseTo(1, 2);
    }
    await expectNoAxeViolations(page);
  });

  test("a lab filter shows only that lab's events", async ({ page }) => {
    await page.goto("/en/charts/setbacks?lab=xai");
    const csv = await downloadCsv(page);
    // xAI: the architecture rebuild and the co-founder exits, both in March 2026.
    expect(csv.rows.filter((r) => Number(r.total) > 0).map((r) => [r.month, r.total])).toEqual([["2026-03", "2"]]);
  });

  test("works at 390px in dark mode without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/de/charts/setbacks");
    await expect(page.getByRole("heading", { level: 1, name: "Rückschläge im Zeitverlauf" })).toBeVisible();
    await expect(page.getByTestId("setback-bar").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test("the slip chart works at 390px in dark mode", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/charts/slips");
  await expect(page.getByTestId("slip-band")).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("each lab has a share card PNG, and its page points to it", async ({ page, request }) => {
  const res = await request.get("/en/labs/meta/opengraph-image");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const body = await res.body();
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.length).toBeGreaterThan(5_000);
  await page.goto("/en/labs/meta");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/en\/labs\/meta\/opengraph-image/);
});
