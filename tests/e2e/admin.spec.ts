import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_ADMIN } from "./support/credentials";

/**
 * The editor admin end to end, in Debian's Chromium against the production build on a throw-away
 * seeded database: sign-in and roles, the article form with its events panel, duplicate and
 * conflict refusals, and that a reader reaches no admin page or action.
 */

// The machine is shared and axe on the long article form takes a while: allow two minutes a test.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const EDITOR = { email: "editor@e2e.test", password: "e2e-editor-password-42" };
const RUN = Date.now().toString(36);
const ARTICLE_URL = `https://news.example/${RUN}/meta-behemoth-capex`;
const SENTENCES = {
  delay: "Meta has pushed back the release of Behemoth once more, people familiar with the matter said.",
  capex: "The company now expects capital expenditure of up to $72 billion this year.",
  exits: "At least five researchers left the team in June.",
};
const BODY = `${SENTENCES.delay}\n\n${SENTENCES.capex}\n\n${SENTENCES.exits}\n\nRun ${RUN}.`;

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(who.email);
}

/** The new-event fields the form offers as a choice; every other field is typed. */
const NEW_EVENT_SELECTS = new Set(["type", "lab", "attribution", "headcountQualifier"]);

/** Adds a new event to the article form and fills its fields in the order given. */
async function addNewEvent(page: Page, index: number, fields: Record<string, string>) {
  await page.getByRole("button", { name: "Add a new event" }).click();
  for (const [name, value] of Object.entries(fields)) {
    const input = page.locator(`#f-newEvents-${index}-${name}`);
    if (NEW_EVENT_SELECTS.has(name)) await input.selectOption(value);
    else await input.fill(value);
  }
}

async function eventId(page: Page, query: string): Promise<number> {
  const res = await page.request.get(`/api/v1/events?${query}`);
  const body = (await res.json()) as { items: { id: number; title: string }[] };
  const first = body.items[0];
  if (!first) throw new Error(`no event for ${query}`);
  return first.id;
}

test("a reader reaches no admin page: each redirects to sign-in", async ({ request }) => {
  for (const path of ["/admin", "/admin/articles/new", "/admin/articles/1", "/admin/events", "/admin/events/1", "/admin/history", "/admin/history/article/1", "/admin/users"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toMatch(/^\/admin\/sign-in/);
  }
});

test("sign-in refuses a wrong password and has no axe violations", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is not right.");
  await expect(page.getByLabel("Email")).toHaveValue(E2E_ADMIN.email);
});

test("the admin signs in and creates an editor", async ({ page }) => {
  await signIn(page, E2E_ADMIN);
  await page.goto("/admin/users");
  await page.getByLabel("Email", { exact: true }).fill(EDITOR.email);
  await page.getByLabel("Role").selectOption("editor");
  await page.getByLabel("Password", { exact: true }).fill(EDITOR.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId("create-user-message")).toContainText(`Created ${EDITOR.email}`);
  await expect(page.locator(`[data-testid=user-row][data-email="${EDITOR.email}"]`)).toContainText("editor");
  await expectNoAxeViolations(page);
});

test("an editor is refused admin-only pages (users, the whole log)", async ({ page }) => {
  await signIn(page, EDITOR);
  for (const path of ["/admin/users", "/admin/history"]) {
    // A real 403 (docs/decisions/008-real-status-codes.md) with Next's forbidden page.
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByText("This page could not be accessed.")).toBeVisible();
    await expect(page.getByTestId("user-row")).toHaveCount(0);
    await expect(page.getByTestId("audit-entry")).toHaveCount(0);
  }
});

test("an editor creates an article with two new events and a citation; a field error keeps the typed values", async ({ page }) => {
  await signIn(page, EDITOR);
  // Cite the seed's Meta capex event (not the Behemoth delay, whose three citations smoke.spec checks).
  const capexId = await eventId(page, "lab=meta&type=investment&q=72B");
  await page.goto("/admin/articles/new");
  await page.locator("#f-url").fill("not a web address");
  await page.locator("#f-title").fill(`Meta delays Behemoth again ${RUN}`);
  await page.locator("#f-publisher").fill("E2E Gazette");
  await page.locator("#f-publishedDate").fill("2025-08-01");
  await page.locator("#f-body").fill(BODY);
  await expect(page.locator("#f-language")).toHaveValue("en");
  await page.locator("#f-status").selectOption("published");

  // Attach the existing event, found by lab, type and words.
  await page.locator("#find-lab").selectOption("meta");
  await page.locator("#find-type").selectOption("investment");
  await page.locator("#find-q").fill("72B");
  await page.getByRole("button", { name: "Search events" }).click();
  await page.getByTestId("event-search-results").locator("li").filter({ hasText: `#${capexId}` }).getByRole("button", { name: /Attach/ }).click();
  await page.locator("#f-citations-0-role").selectOption("re_report");
  await page.locator("#f-citations-0-attribution").selectOption("own_reporting");
  await page.locator("#f-citations-0-quote").fill(SENTENCES.capex);

  // Two new events.
  await addNewEvent(page, 0, {
    type: "delay",
    lab: "meta",
    title: `Behemoth pushed back once more ${RUN}`,
    summary: "Meta pushed back Behemoth again.",
    occurredText: "Ende Juli",
    attribution: "anonymous_sources",
    quote: SENTENCES.delay,
  });
  await addNewEvent(page, 1, {
    type: "departure",
    lab: "meta",
    title: `Five researchers leave ${RUN}`,
    summary: "At least five researchers left.",
    occurredText: "im Juni",
    headcount: "5",
    headcountQualifier: "at_least",
    quote: SENTENCES.exits,
  });

  await page.getByRole("button", { name: "Save article" }).click();
  // The error sits next to the URL field; everything typed is still there.
  await expect(page.locator("#f-url-error")).toContainText("full web address");
  await expect(page.locator("#f-url")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-url")).toBeFocused();
  await expect(page.locator("#f-title")).toHaveValue(`Meta delays Behemoth again ${RUN}`);
  await expect(page.locator("#f-newEvents-1-title")).toHaveValue(`Five researchers leave ${RUN}`);
  await expect(page.locator("#f-citations-0-quote")).toHaveValue(SENTENCES.capex);
  await expectNoAxeViolations(page);

  await page.locator("#f-url").fill(ARTICLE_URL);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?saved=1$/);
  await expect(page.getByTestId("saved-notice")).toBeVisible();
  const id = Number(/articles\/(\d+)/.exec(page.url())?.[1]);

  // What readers see through the API: the article supports three events.
  const article = (await (await page.request.get(`/api/v1/articles/${id}`)).json()) as { events: { id: number; type: string }[] };
  expect(article.events.map((e) => e.type).sort()).toEqual(["delay", "departure", "investment"]);
  expect(article.events.some((e) => e.id === capexId)).toBe(true);

  // The history view lists the save.
  await page.goto(`/admin/history/article/${id}`);
  await expect(page.getByTestId("audit-entry").filter({ hasText: "create article" })).toHaveCount(1);
  await expect(page.locator('[data-testid=audit-entry][data-entity="citation"]')).toHaveCount(3);
});

test("a duplicate URL is flagged while typing and refused on save, with a link to the article", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/admin/articles/new");
  await page.locator("#f-url").fill(ARTICLE_URL);
  const notice = page.getByTestId("duplicate-notice");
  await expect(notice).toContainText(`Meta delays Behemoth again ${RUN}`);
  await expect(notice).toContainText("same URL");
  await page.locator("#f-title").fill("Same story again");
  await page.locator("#f-body").fill("A different text that is long enough to be an article body for this test run only.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByTestId("form-message")).toContainText("already in Slipwatch");
  await expect(page.locator("#f-url-error")).toContainText("Already saved");
  await notice.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  // Next keeps the previous page mounted but hidden (React Activity): look at the visible form.
  await expect(page.locator("#f-title:visible")).toHaveValue(`Meta delays Behemoth again ${RUN}`);
});

test("a near-identical copy under another URL is flagged while typing and refused on save, with a link to the original", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/admin/articles/new");
  await page.locator("#f-url").fill(`https://mirror.example/${RUN}/copied-story?utm_source=feed`);
  await page.locator("#f-title").fill("The same story, republished");
  // The stored article's text with one line added: not the same bytes, still the same article.
  await page.locator("#f-body").fill(`${BODY}\n\nThis story was first published elsewhere.`);
  const notice = page.getByTestId("duplicate-notice");
  await expect(notice).toContainText(`Meta delays Behemoth again ${RUN}`);
  await expect(notice).toContainText("near-identical text");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByTestId("form-message")).toContainText("already in Slipwatch");
  // Nothing was lost: the form still holds what was typed.
  await expect(page.locator("#f-title")).toHaveValue("The same story, republished");
  await notice.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.locator("#f-title:visible")).toHaveValue(`Meta delays Behemoth again ${RUN}`);
});

async function signedInPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

test("two editors edit the same event: the second gets a conflict, not an overwrite", async ({ browser, page }) => {
  const id = await eventId(page, "lab=xai&type=departure");
  const a = await signedInPage(browser, EDITOR);
  const b = await signedInPage(browser, E2E_ADMIN);
  await a.goto(`/admin/events/${id}`);
  await b.goto(`/admin/events/${id}`);
  await a.locator("#f-title").fill(`Title from A ${RUN}`);
  await a.getByRole("button", { name: "Save event" }).click();
  await expect(a.getByTestId("saved-notice")).toBeVisible();

  await b.locator("#f-title").fill(`Title from B ${RUN}`);
  await b.getByRole("button", { name: "Save event" }).click();
  const conflict = b.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.locator('[data-field="title"]')).toContainText(`Title from A ${RUN}`);
  await expect(b.locator("#f-title")).toHaveValue(`Title from B ${RUN}`);

  const stored = (await (await page.request.get(`/api/v1/events?lab=xai&type=departure`)).json()) as { items: { id: number; title: string }[] };
  expect(stored.items.find((e) => e.id === id)?.title).toBe(`Title from A ${RUN}`);
  await a.context().close();
  await b.context().close();
});

test("a server action called without a session writes nothing", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR);
  await page.goto("/admin/articles/new");
  const title = `Should never be saved ${RUN}`;
  await page.locator("#f-title").fill(title);
  await page.locator("#f-body").fill("Some text for an article that a signed-out browser tries to save.");
  // The session ends (cookie gone) while the form is open; the action must check it itself.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await signIn(page, EDITOR);
  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("admin-article-row")).toHaveCount(0);
  await page.context().close();
});
