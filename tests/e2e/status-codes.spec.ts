import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SESSION_COOKIE, sessionFor } from "./support/sessions";

/**
 * Issue 10 §7 / issue 12 §6, §8: what crawlers, monitors and link checkers see. Unknown records
 * are real 404s with the friendly page; an editor on an admin-only page a real 403; a failed admin
 * render a real 500; bad input is a 400 on the API and the default view on pages, never a 5xx.
 * (The 503s with the database down are in tests/faults.)
 *
 * Render errors are injected with `?__fault=render`, which only this e2e server honours
 * (SLIPWATCH_E2E_FAULTS=1 from playwright.config.ts; lib/http/fault-injection.ts).
 */

// The machine is shared and these tests load several pages each (and run axe): two minutes a test.
test.describe.configure({ timeout: 120_000 });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const BAD_CURSORS = [b64(["garbage", 3]), b64(["2025-01-01", 2147483648]), b64({ a: 1 }), "%00", "!!!"];

test("unknown labs, models, articles and events answer 404 with the not-found page", async ({ page }) => {
  for (const path of [
    "/en/labs/no-such-lab",
    "/de/models/no-such-model",
    "/en/articles/99999999",
    "/en/articles/2147483648",
    "/en/articles/not-a-number",
    "/en/events/99999999",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found · Nicht gefunden" }), path).toBeVisible();
  }
});

test("known records still answer 200", async ({ request }) => {
  for (const path of ["/en/labs/meta", "/de/labs/meta", "/en/models/llama-4-behemoth", "/en/articles/1"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test("forged cursors: 400 from the API, the first page on reader pages", async ({ request }) => {
  for (const cursor of BAD_CURSORS) {
    for (const route of ["/api/v1/events", "/api/v1/articles", "/api/v1/search?q=meta"]) {
      const url = `${route}${route.includes("?") ? "&" : "?"}cursor=${cursor}`;
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    }
    for (const path of ["/en/timeline", "/en/articles", "/en/labs/meta"]) {
      const res = await request.get(`${path}?cursor=${cursor}`);
      expect(res.status(), `${path}?cursor=${cursor}`).toBe(200);
    }
  }
});

test("NUL and control characters in search text are stripped, not a 500", async ({ request }) => {
  for (const url of [
    "/api/v1/events?q=%00",
    "/api/v1/events?q=meta%00%01",
    "/api/v1/search?q=meta%00",
    "/api/v1/charts/setbacks?q=%00",
    "/api/v1/charts/slips?q=%00",
    "/api/v1/charts/investments?q=%00",
    "/en/timeline?q=%00",
    "/en/search?q=%00",
  ]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  const csv = await request.get("/api/v1/exports/events?q=%00");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\n")[0]).toContain("id");
});

test("dates outside 1900–2100: 400 from the API, the default view on pages", async ({ request }) => {
  for (const url of [
    "/api/v1/charts/slips?asOf=0001-01-01",
    "/api/v1/events?asOf=9999-12-31",
    "/api/v1/articles?from=0001-01-01",
  ]) {
    expect((await request.get(url)).status(), url).toBe(400);
  }
  for (const url of [
    "/en?asOf=0001-01-01",
    "/en/labs/meta?asOf=0001-01-01",
    "/en/charts/slips?asOf=0001-01-01",
  ]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
});

// ---- 403, 500 and redirects that are real statuses (docs/decisions/008-real-status-codes.md) ----

const FAULT = "__fault=render";

async function signInAs(page: Page, baseURL: string | undefined, role: "editor" | "admin") {
  if (!baseURL) throw new Error("no baseURL");
  const token = await sessionFor(baseURL, role);
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL }]);
}

test("an editor on an admin-only page gets a real 403 with the forbidden page; an admin gets the page", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, baseURL, "editor");
  for (const path of ["/admin/users", "/admin/history"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "This page could not be accessed." }), path).toBeVisible();
    await expect(page.getByText("It is for admins only."), path).toBeVisible();
    await expect(page.getByTestId("user-row"), path).toHaveCount(0);
    await expect(page.getByTestId("audit-entry"), path).toHaveCount(0);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
  }
  await expectNoAxeViolations(page);
  // The same editor on an editor page: a 200, so the 403 above is about the role.
  expect((await page.goto("/admin/events"))?.status()).toBe(200);

  await page.context().clearCookies();
  await signInAs(page, baseURL, "admin");
  const res = await page.goto("/admin/users");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("user-row").first()).toBeVisible();
});

test("a session cookie that is no session: the page's own redirect to sign-in is a real 307", async ({ request }) => {
  // The proxy only checks that a cookie is there; the page finds no session and redirects.
  const res = await request.get("/admin/users", {
    headers: { cookie: `${SESSION_COOKIE}=not-a-session` },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(307);
  expect(res.headers().location).toMatch(/^\/admin\/sign-in/);
});

test("a failing admin page answers 500 with the friendly error page, in English and German", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, baseURL, "editor");
  for (const path of ["/admin", "/admin/events"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const res = await page.goto(`${path}?${FAULT}`);
    expect(res?.status(), path).toBe(500);
    await expect(page.getByRole("alert").getByRole("heading", { name: "Something went wrong." }), path).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" }), path).toBeVisible();
  }
  await expectNoAxeViolations(page);
  // The admin's error state speaks the editor's saved language.
  await page.context().addCookies([{ name: "slipwatch_locale", value: "de", url: baseURL! }]);
  const res = await page.goto(`/admin?${FAULT}`);
  expect(res?.status()).toBe(500);
  await expect(page.getByRole("alert").getByRole("heading", { name: "Etwas ist schiefgegangen." })).toBeVisible();
});

for (const [locale, title] of [
  ["en", "Something went wrong loading this page."],
  ["de", "Beim Laden dieser Seite ist ein Fehler aufgetreten."],
] as const) {
  test(`a failing reader page (/${locale}) shows the friendly error page, kept out of search results`, async ({ page }) => {
    for (const path of [`/${locale}/labs/meta`, `/${locale}/timeline`]) {
      await page.goto(`${path}?${FAULT}`);
      await expect(page.getByRole("alert").getByRole("heading", { name: title }), path).toBeVisible();
      await expect(page.locator('meta[name="robots"][content="noindex"]'), path).toHaveCount(1);
      await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
    }
    await expectNoAxeViolations(page);
    // Without the fault the same page renders, so the error above is the injected one.
    await page.goto(`/${locale}/labs/meta`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meta");
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
    await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(0);
  });

  test(`a failing reader page (/${locale}) answers 500`, async ({ request }) => {
    // The shell would carry a 200; our server holds reader pages until they end and sends 500 when
    // Next reported a render error (lib/server/hold-status.ts, instrumentation.ts).
    const res = await request.get(`/${locale}/labs/meta?${FAULT}`);
    expect(res.status()).toBe(500);
    // …and a page that renders keeps its 200.
    expect((await request.get(`/${locale}/labs/meta`)).status()).toBe(200);
  });
}
