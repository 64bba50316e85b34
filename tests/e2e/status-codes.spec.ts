import { expect, test } from "@playwright/test";

/**
 * Issue 10 §7 / issue 12 §6, §8: what crawlers, monitors and link checkers see. Unknown records
 * are real 404s with the friendly page; bad input is a 400 on the API and the default view on
 * pages, never a 5xx. (The 503s with the database down are in tests/faults.)
 */

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
