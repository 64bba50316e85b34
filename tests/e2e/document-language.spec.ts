import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * Issue 10 §11: the document declares the page's language (`<html lang>`, so screen readers and
 * translators get German right on /de), and every page has a title of its own in both languages.
 * Reader pages and the admin have separate root layouts (app/[locale], app/admin); the locale is a
 * root parameter, so the language is part of each locale's prerendered shell.
 */

// The machine is shared and these tests load several pages each (and run axe): two minutes a test.
test.describe.configure({ timeout: 120_000 });

test("<html lang> follows the URL's locale: home, a lab page, the not-found page; the admin is English", async ({
  page,
}) => {
  for (const [path, lang] of [
    ["/en", "en"],
    ["/de", "de"],
    ["/de/labs/meta", "de"],
    ["/en/labs/meta", "en"],
    ["/de/timeline", "de"],
    ["/de/labs/no-such-lab", "de"],
    ["/en/models/no-such-model", "en"],
    ["/admin/sign-in", "en"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
  }
});

test("the not-found page keeps the reader's language and says so in both", async ({ page }) => {
  const res = await page.goto("/de/labs/no-such-lab");
  expect(res?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page).toHaveTitle("Not found · Nicht gefunden · Slipwatch");
  // Each half of the bilingual message is marked with its own language.
  await expect(page.locator('h1 [lang="en"]')).toHaveText("Not found");
  await expect(page.locator('h1 [lang="de"]')).toHaveText("Nicht gefunden");
  // An address no route matches at all: the global not-found page, also a 404.
  const unmatched = await page.goto("/en/no/such/page");
  expect(unmatched?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found · Nicht gefunden" })).toBeVisible();
});

test("each page has a specific title, in English and in German", async ({ page, request }) => {
  const res = await request.get("/api/v1/events?lab=meta&limit=1");
  const event = ((await res.json()) as { items: { id: number; title: string; titleDe: string | null }[] }).items[0];
  if (!event) throw new Error("no Meta event in the seed");
  const titles: [string, string | RegExp][] = [
    ["/en", "Slipwatch — setbacks at AI labs"],
    ["/de", "Slipwatch — Rückschläge bei KI-Laboren"],
    ["/en/labs/meta", "Meta · setbacks, models and figures · Slipwatch"],
    ["/de/labs/meta", "Meta · Rückschläge, Modelle und Zahlen · Slipwatch"],
    ["/en/models/llama-4-behemoth", /^Llama 4 Behemoth \(Meta\) · release plans and slips · Slipwatch$/],
    ["/de/models/llama-4-behemoth", /^Llama 4 Behemoth \(Meta\) · Veröffentlichungspläne und Verschiebungen · Slipwatch$/],
    [`/en/events/${event.id}`, new RegExp(`^${escape(event.title)} · Meta · Slipwatch$`)],
    // German pages use the German title where the event has one (all seed events do).
    [`/de/events/${event.id}`, new RegExp(`^${escape(event.titleDe ?? event.title)} · Meta · Slipwatch$`)],
    ["/en/search?q=layoffs", "„layoffs“ · Search · Slipwatch"],
    ["/de/search?q=Entlassungen", "„Entlassungen“ · Suche · Slipwatch"],
    ["/en/charts", "Charts · Slipwatch"],
    ["/de/charts", "Diagramme · Slipwatch"],
    ["/en/charts/slips", "Release slips · Slipwatch"],
    ["/de/charts/slips", "Verschobene Starts · Slipwatch"],
    ["/de/charts/setbacks", "Rückschläge im Zeitverlauf · Slipwatch"],
    ["/en/charts/investments", "Investments · Slipwatch"],
  ];
  for (const [path, title] of titles) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
  // An article: its own headline, not the site's name.
  await page.goto("/en/articles/1");
  const headline = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  expect(headline).toBeTruthy();
  expect(await page.title()).toContain(headline!);
  expect(await page.title()).not.toBe("Slipwatch — setbacks at AI labs");
});

test("the pages whose document changed have no axe violations", async ({ page }) => {
  for (const path of ["/de", "/de/labs/meta", "/en/labs/meta", "/de/labs/no-such-lab", "/en/no/such/page", "/admin/sign-in"]) {
    await page.goto(path);
    // as axeCheck (reader.spec.ts) does: a streamed page is checked once its heading is there
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
