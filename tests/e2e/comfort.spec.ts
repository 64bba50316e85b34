import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * Reading comfort (issue 10 §11) against the seed: German event texts on /de with no English
 * fallback left, the home slip board's "slipped by" column on screen at 390 px and 1400 px without
 * sideways scrolling, and the setbacks chart telling types apart by pattern as well as colour.
 */

test.describe.configure({ timeout: 90_000 });

const WIDTHS = [390, 1400] as const;

/** The page scrolls sideways neither as a whole nor inside the given element. */
async function expectNoHorizontalOverflow(page: Page, inside: Locator) {
  const doc = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(doc.scroll, "page scrolls sideways").toBeLessThanOrEqual(doc.client);
  const box = await inside.evaluate((el) => {
    // The element and every ancestor: none may need to scroll to show it.
    const out: { scroll: number; client: number; tag: string }[] = [];
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      out.push({ scroll: n.scrollWidth, client: n.clientWidth, tag: n.tagName });
    }
    return out;
  });
  for (const b of box) expect(b.scroll, `${b.tag} scrolls sideways`).toBeLessThanOrEqual(b.client + 1);
}

/**
 * Every element's box lies within the viewport horizontally. Measured again until it holds or the
 * time runs out: a streamed page swaps its parts in, and a fresh clone's CI once measured one
 * summary with no width a moment before it was laid out (the same element had its width on retry).
 */
async function expectWithinViewport(page: Page, items: Locator, min: number) {
  const width = page.viewportSize()!.width;
  await expect(async () => {
    const boxes = await items.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width, text: (el.textContent ?? "").trim() };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(min);
    for (const b of boxes) {
      expect(b.width, `"${b.text}" has no width`).toBeGreaterThan(0);
      expect(b.left, `"${b.text}" starts off screen`).toBeGreaterThanOrEqual(0);
      expect(b.right, `"${b.text}" ends off screen`).toBeLessThanOrEqual(width);
    }
  }).toPass({ timeout: 5000 });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const locale of ["en", "de"] as const) {
      test(`home's slip board shows "slipped by" without sideways scrolling (${locale})`, async ({
        page,
      }) => {
        await page.goto(`/${locale}`);
        const board = page.getByTestId("slip-board");
        await expect(board).toBeVisible();
        // Still a table: a header row naming the column, one row header per model.
        await expect(
          board.getByRole("columnheader", { name: locale === "en" ? "Slipped by" : "Verschoben um" }),
        ).toBeVisible();
        await expect(board.getByRole("rowheader", { name: /Llama 4 Behemoth/ })).toBeVisible();
        const cells = board.getByTestId("slipped-by");
        await expect(cells.first()).toContainText(locale === "en" ? /\d+ days?/ : /\d+ Tage?/);
        await expectWithinViewport(page, cells, 1);
        await expectWithinViewport(page, board.getByTestId("slipped-by-header"), 1);
        await expectNoHorizontalOverflow(page, board);
      });
    }

    test("/charts/slips: each model's slip and the page fit without sideways scrolling", async ({ page }) => {
      await page.goto("/en/charts/slips");
      const summaries = page.getByTestId("slip-summary");
      await expect(summaries.first()).toContainText(/slipped|days/i);
      await expectWithinViewport(page, summaries, 1);
      await expectNoHorizontalOverflow(page, summaries.first());
    });
  });
}

test.describe("German event texts", () => {
  test("/de/labs/meta shows the events in German, with no English fallback", async ({ page }) => {
    await page.goto("/de/labs/meta");
    await expect(
      page.getByText("Llama 4 Behemoth erneut verschoben", { exact: false }).first(),
    ).toBeVisible();
    // An English fallback is marked lang="en": with every text translated there is none.
    const events = page.locator('[data-testid="event-card"], [data-testid="event-row"]');
    expect(await events.count()).toBeGreaterThan(0);
    const langs = await events
      .getByTestId("event-link")
      .evaluateAll((els) => els.map((el) => el.closest("[lang]")?.getAttribute("lang")));
    expect(langs.length).toBeGreaterThan(0);
    expect(langs.filter((l) => l !== "de")).toEqual([]);
    await expect(page.getByText("delayed again: from end of April", { exact: false })).toHaveCount(0);
  });

  test("an event page shows its German title and summary", async ({ page }) => {
    await page.goto("/de/labs/meta");
    const link = page.getByRole("link", { name: /Llama 4 Behemoth erneut verschoben/ }).first();
    await link.click();
    await expect(page).toHaveURL(/\/de\/events\/\d+/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Llama 4 Behemoth erneut verschoben/);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", "en");
    await expect(
      page.getByText("Offiziell will sich Meta nicht zum Zeitplan äußern.", { exact: false }).first(),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Llama 4 Behemoth erneut verschoben/);
  });
});

test.describe("setbacks chart: not by colour alone", () => {
  test("every drawn type has its own fill pattern, named in the legend", async ({ page }) => {
    await page.goto("/en/charts/setbacks");
    const bars = page.getByTestId("setback-bar");
    await expect(bars.first()).toBeVisible();
    const drawn = await bars.evaluateAll((els) =>
      els.map((el) => ({ type: el.getAttribute("data-type"), fill: el.getAttribute("fill") ?? "" })),
    );
    const byType = new Map(drawn.map((d) => [d.type, d.fill]));
    expect(byType.size).toBeGreaterThan(1);
    const kinds = new Set<string>();
    for (const [type, fill] of byType) {
      const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
      expect(id, `${type} bar is filled with a pattern`).toBeTruthy();
      const kind = await page.locator(`pattern[id="${id}"]`).getAttribute("data-pattern");
      expect(kind, `${type} has a pattern`).toBeTruthy();
      kinds.add(kind!);
    }
    expect(kinds.size, "one pattern per type").toBe(byType.size);
    // The legend names each type (its swatch carries the same pattern).
    const legend = page.locator(".recharts-legend-wrapper");
    for (const name of ["Delay", "Weak benchmarks"]) await expect(legend).toContainText(name);
    await expect(legend.locator('path[fill^="url(#"], rect[fill^="url(#"]').first()).toBeAttached();
    await expectNoAxeViolations(page);
  });

  test("home passes axe with the new lists (recently added included)", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { name: "Newly reported" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recently added" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
