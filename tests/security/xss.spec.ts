import { expect, test, type Page } from "@playwright/test";
import { closeDb, db, makeSession, SESSION_COOKIE } from "./support";

/**
 * Stored XSS: a payload in every editable text field of a lab, model, publisher, article, event
 * and citation, then every page, feed, export and share card that shows them, in Chromium. A
 * payload that ran would set window.__xss; none may, and none may become markup (issue 12, finding
 * 4 was the feeds). Rows are written directly, under a lab of their own, so cached reads of other
 * labs are untouched and these pages render fresh.
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

const RUN = Date.now().toString(36);
const SLUG = `xss-lab-${RUN}`;
const MARK = `xss${RUN}`;
const PAYLOADS = [
  `<img src=x onerror="window.__xss='img'">`,
  `<script>window.__xss='script'</script>`,
  `"><svg onload="window.__xss='svg'">`,
  `</title></script><script>window.__xss='break'</script>`,
  `'--><iframe srcdoc="<script>parent.__xss='iframe'</script>">`,
  `]]><img src=x onerror="window.__xss='cdata'">`,
];
const p = (i: number) => `${MARK} ${PAYLOADS[i % PAYLOADS.length]}`;

const ids: { lab: number; model: number; publisher: number; article: number; event: number } = {
  lab: 0,
  model: 0,
  publisher: 0,
  article: 0,
  event: 0,
};
let fields = 0;
let admin: { token: string; userId: number };

test.beforeAll(async () => {
  const q = async (sql: string, values: unknown[]) =>
    (await db().query<{ id: number }>(sql, values)).rows[0]!.id;
  ids.lab = await q(
    `INSERT INTO labs (slug, name, website, country, description, updated_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [SLUG, p(0), "javascript:window.__xss='href'", p(1), p(2)],
  );
  ids.model = await q(
    `INSERT INTO models (slug, name, lab_id, family, status, description, updated_at) VALUES ($1, $2, $3, $4, 'delayed', $5, now()) RETURNING id`,
    [`xss-model-${RUN}`, p(3), ids.lab, p(4), p(5)],
  );
  ids.publisher = await q(
    `INSERT INTO publishers (slug, name, domain, language, country) VALUES ($1, $2, $3, 'en', $4) RETURNING id`,
    [`xss-pub-${RUN}`, p(0), `${RUN}.xss.example`, p(1)],
  );
  ids.article = await q(
    `INSERT INTO articles (url, title, author, publisher_id, published_from, published_to, published_precision, published_text, language, body, summary_en, status, content_hash, source_ref, updated_at)
     VALUES ($1, $2, $3, $4, '2025-05-01', '2025-05-01', 'day', $5, 'en', $6, $7, 'published', $8, $9, now()) RETURNING id`,
    [
      "javascript:window.__xss='url'",
      p(1),
      p(2),
      ids.publisher,
      p(3),
      `${p(4)}\n\n${p(5)} The quote sentence ${MARK} is here.`,
      p(0),
      `xss-${RUN}`,
      p(1),
    ],
  );
  ids.event = await q(
    `INSERT INTO events (type, lab_id, model_id, title, summary, occurred_from, occurred_to, occurred_precision, occurred_text, status, first_reported_at, known_from, amount_usd, amount_qualifier, amount_kind, updated_at)
     VALUES ('delay', $1, $2, $3, $4, '2025-09-01', '2025-11-30', 'season', $5, 'reported', '2025-05-01', '2025-05-01', 1000000, 'about', 'investment', now()) RETURNING id`,
    [ids.lab, ids.model, p(2), p(3), p(4)],
  );
  await db().query(
    `INSERT INTO citations (event_id, article_id, role, quote, attribution, attributed_to) VALUES ($1, $2, 'first_report', $3, 'named_source', $4)`,
    [ids.event, ids.article, `The quote sentence ${MARK} is here. ${PAYLOADS[1]}`, p(5)],
  );
  // Public, as a published article makes them (known_from / reported_at: docs/decisions/007),
  // so every page that shows them renders them.
  await db().query(
    `INSERT INTO release_commitments (model_id, sequence, article_id, planned_from, planned_to, planned_precision, planned_text, reported_at) VALUES ($1, 1, $2, '2025-06-01', '2025-06-30', 'month', $3, '2025-05-01')`,
    [ids.model, ids.article, p(0)],
  );
  fields = 5 + 5 + 4 + 9 + 4 + 2;
  admin = await makeSession("admin");
});

test.afterAll(async () => {
  await db().query(`DELETE FROM release_commitments WHERE model_id = $1`, [ids.model]);
  await db().query(`DELETE FROM events WHERE id = $1`, [ids.event]);
  await db().query(`DELETE FROM articles WHERE id = $1`, [ids.article]);
  await db().query(`DELETE FROM publishers WHERE id = $1`, [ids.publisher]);
  await db().query(`DELETE FROM models WHERE id = $1`, [ids.model]);
  await db().query(`DELETE FROM labs WHERE id = $1`, [ids.lab]);
  await db().query(`DELETE FROM users WHERE id = $1`, [admin?.userId ?? 0]);
  await closeDb();
});

async function expectInert(page: Page, path: string) {
  let dialog = false;
  page.on("dialog", (d) => {
    dialog = true;
    void d.dismiss();
  });
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  // The payload text is on the page (so the test looked at the right thing) …
  expect((await page.content()).includes(MARK), `${path} shows the payload`).toBe(true);
  // … and none of it became markup or ran.
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
  const live = await page
    .locator('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript:"]')
    .evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 200)));
  expect(live, path).toEqual([]);
  expect(dialog, path).toBe(false);
}

test("payloads in every editable field stay text on every reader page", async ({ page }) => {
  const pages = [
    `/en/labs/${SLUG}`,
    `/de/labs/${SLUG}`,
    `/en/models/xss-model-${RUN}`,
    `/en/articles/${ids.article}`,
    `/de/articles/${ids.article}`,
    `/en/timeline?lab=${SLUG}`,
    `/en/articles?lab=${SLUG}`,
    `/en/search?q=${MARK}`,
  ];
  for (const path of pages) await expectInert(page, path);
  console.log(
    `[security] xss: ${PAYLOADS.length} payloads in ${fields} fields, ${pages.length} reader pages`,
  );
});

test("… and on the admin pages that edit them", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: SESSION_COOKIE, value: admin.token, url: baseURL! }]);
  for (const path of [
    `/admin/articles/${ids.article}`,
    `/admin/events/${ids.event}`,
    `/admin/events?q=${MARK}`,
  ])
    await expectInert(page, path);
});

test("… and in feeds, exports, the API and share cards", async ({ request }) => {
  for (const format of ["atom.xml", "rss.xml"]) {
    const res = await request.get(`/api/feeds/labs/${SLUG}/${format}`);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toContain(MARK);
    // Text only: after XML parsing a reader gets "&lt;img …", which it shows as text.
    expect(xml, format).not.toMatch(/<(img|script|svg|iframe)\b/i);
    expect(xml, format).not.toMatch(/\]\]><img/);
  }
  for (const path of [
    `/api/v1/exports/events?lab=${SLUG}&format=csv`,
    `/api/v1/exports/articles?lab=${SLUG}&format=csv`,
    `/api/v1/exports/events?lab=${SLUG}`,
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const type = res.headers()["content-type"] ?? "";
    // Never served as something a browser renders as a page.
    expect(type, path).not.toMatch(/html|xml/);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const api = await request.get(`/api/v1/events?lab=${SLUG}`);
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await api.text()).toContain(MARK);
  const card = await request.get(`/en/labs/${SLUG}/opengraph-image`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
});
