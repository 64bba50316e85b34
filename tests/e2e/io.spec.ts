import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Data in and out against the production server: API document, ETags, exports, feeds, admin. */

test("the OpenAPI document lists the API, and reads revalidate by ETag", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const body = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(body.openapi).toBe("3.1.0");
  expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/v1/events", "/api/v1/exports/events", "/api/feeds/labs/{slug}/{format}"]));

  const first = await request.get("/api/v1/events?lab=meta");
  const etag = first.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get("/api/v1/events?lab=meta", { headers: { "If-None-Match": etag ?? "" } });
  expect(again.status()).toBe(304);
});

test("exports stream CSV and NDJSON with the page filters", async ({ request }) => {
  const csv = await request.get("/api/v1/exports/events?lab=meta&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toContain("id,type,lab,lab_name");
  expect(lines.length).toBeGreaterThan(5);
  const nd = await request.get("/api/v1/exports/articles?format=ndjson");
  const articles = (await nd.text()).trim().split("\n").map((l) => JSON.parse(l) as { language: string });
  expect(articles.length).toBe(5);
});

test("a lab's Atom feed links the citing articles", async ({ request }) => {
  const res = await request.get("/api/feeds/labs/meta/atom.xml");
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  expect(xml).toContain("<title>Slipwatch — Meta</title>");
  expect(xml).toMatch(/\/en\/articles\/\d+/);
  expect((await request.get("/api/feeds/labs/nope/rss.xml")).status()).toBe(404);
});

for (const path of ["/admin/queue", "/admin/feeds"]) {
  test(`${path} stays closed without an editor's sign-in (sent to sign in), accessibly`, async ({ page }) => {
    // axe on a machine shared by several builds can take most of the default 30 s on its own.
    test.setTimeout(90_000);
    await page.goto(path);
    // Without a session the admin sends the reader to sign in; nothing of the queue is shown.
    await expect(page).toHaveURL(/\/admin\/sign-in/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("queue-item")).toHaveCount(0);
    await expect(page.getByTestId("feed-row")).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 800 });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
