import { expect, test } from "@playwright/test";
import {
  actionBody,
  closeDb,
  db,
  makeSession,
  manifestActions,
  snapshot,
  SESSION_COOKIE,
  type ManifestAction,
} from "./support";
import { eventFormBody } from "../support/event-form-body";

/**
 * Every server reference in the build's manifest, and every API route with a writing method,
 * attacked the ways issue 12 lists: no session, a forged cookie, an expired session, an editor
 * doing admin work, Next's `x-middleware-subrequest` header, and a signed-in admin's cookie sent
 * from another origin (CSRF). Each must be refused and leave the database exactly as it was.
 */

test.describe.configure({ mode: "serial", timeout: 240_000 });

const ADMIN_ONLY = new Set(["createUser", "updateUser", "unlockUserSignIn"]);
// The public sign-in has its own spec (tests/security/sign-in.spec.ts): attacking it here would
// count toward this address's sign-in limit.
const NOT_HERE = new Set(["signIn"]);

/** Plausible arguments, so a refusal is the authorisation's and not a parse error's. */
function argsFor(
  action: ManifestAction,
  target: { userId: number },
): { body: string | FormData; contentType?: string } {
  const json = (args: unknown[]) => ({ body: JSON.stringify(args), contentType: "text/plain;charset=UTF-8" });
  switch (action.name) {
    case "deleteArticle":
    case "restoreArticle":
    case "deleteEvent":
    case "restoreEvent":
      return json([1]);
    case "saveArticle":
      return json([
        {
          id: "1",
          version: "1",
          title: "Pwned",
          url: "https://evil.example/a",
          language: "en",
          body: "Pwned body text.",
          publishedText: "2025-05-01",
          citations: [],
          newEvents: [],
        },
      ]);
    case "saveEvent":
      return json([
        eventFormBody({
          id: "1",
          version: "1",
          type: "delay",
          lab: "meta",
          title: "Pwned",
          summary: "Pwned.",
          status: "reported",
        }),
      ]);
    case "checkArticleDuplicates":
      return json([{ url: "https://example.org/x", title: "x", body: "x" }]);
    case "suggestFromText":
      return json([
        { text: "Meta verschiebt Behemoth auf Herbst.", language: "de", publishedAt: "2025-05-01" },
      ]);
    case "searchEventsToAttach":
      return json([{ lab: "meta", model: "", type: "", q: "" }]);
    case "decideDraftAction":
      return { body: actionBody({ articleId: "1", version: "1", decision: "publish" }, true) };
    case "createUser":
      return {
        body: actionBody(
          {
            email: `pwned-${Date.now()}@evil.example`,
            name: "",
            role: "admin",
            password: "a-very-long-password-1",
          },
          true,
        ),
      };
    case "updateUser":
      return { body: actionBody({ userId: String(target.userId), role: "editor", disabled: "true" }, false) };
    case "unlockUserSignIn":
      return { body: actionBody({ userId: String(target.userId) }, false) };
    default:
      return json([]);
  }
}

const counts = { requests: 0, actions: 0, routes: 0 };

test.afterAll(async () => {
  console.log(
    `[security] actions: ${counts.actions} references, ${counts.requests} attack requests; write routes: ${counts.routes}`,
  );
  await closeDb();
});

test("every server action refuses callers without the right session, and changes nothing", async ({
  request,
  baseURL,
}) => {
  const actions = manifestActions().filter((a) => !NOT_HERE.has(a.name));
  expect(actions.length).toBeGreaterThan(10);
  counts.actions = actions.length;
  const admin = await makeSession("admin");
  const expired = await makeSession("admin", { expired: true });
  const editor = await makeSession("editor");
  const forged = "A".repeat(43);
  const before = await snapshot();

  const variants: { name: string; headers: Record<string, string>; adminOnly?: boolean }[] = [
    { name: "no session", headers: {} },
    { name: "forged cookie", headers: { cookie: `${SESSION_COOKIE}=${forged}` } },
    { name: "expired session", headers: { cookie: `${SESSION_COOKIE}=${expired.token}` } },
    {
      name: "x-middleware-subrequest",
      headers: {
        "x-middleware-subrequest":
          "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
      },
    },
    {
      name: "cross-origin with an admin's cookie",
      headers: { cookie: `${SESSION_COOKIE}=${admin.token}`, origin: "https://evil.example" },
    },
    {
      name: "editor on admin work",
      headers: { cookie: `${SESSION_COOKIE}=${editor.token}` },
      adminOnly: true,
    },
  ];

  const failures: string[] = [];
  for (const action of actions) {
    for (const variant of variants) {
      if (variant.adminOnly && !ADMIN_ONLY.has(action.name)) continue;
      // Whoever holds a session's token may end it: signOut deleting that expired row is its job.
      if (action.name === "signOut" && variant.name === "expired session") continue;
      const { body, contentType } = argsFor(action, { userId: admin.userId });
      const res = await request.fetch(`${baseURL}${action.page}`, {
        method: "POST",
        headers: {
          "next-action": action.id,
          accept: "text/x-component",
          ...(contentType ? { "content-type": contentType } : {}),
          ...variant.headers,
        },
        ...(typeof body === "string" ? { data: body } : { multipart: body }),
        maxRedirects: 0,
      });
      counts.requests += 1;
      const redirect = res.headers()["x-action-redirect"] ?? res.headers().location ?? "";
      const text = await res.text();
      const refused = res.status() >= 400 || redirect.startsWith("/admin/sign-in");
      // 'use cache' functions are server references too; they only read, so "refused" is not
      // the question for them — that they change nothing is.
      const isCacheFunction = action.name.startsWith("$$RSC_SERVER_CACHE");
      if (!refused && !isCacheFunction)
        failures.push(
          `${action.name} (${action.file}) with ${variant.name}: ${res.status()} ${redirect} ${text.slice(0, 120)}`,
        );
      if (/"ok":true/.test(text))
        failures.push(`${action.name} with ${variant.name} answered ok: ${text.slice(0, 200)}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await snapshot()).toEqual(before);
  // The sessions this test made are its own rows; they are not what an attack could write.
  await db().query(`DELETE FROM users WHERE id = ANY($1)`, [[admin.userId, expired.userId, editor.userId]]);
});

const API_ROUTES = [
  "/api/v1/labs",
  "/api/v1/labs/meta",
  "/api/v1/models",
  "/api/v1/models/llama-4-behemoth",
  "/api/v1/events",
  "/api/v1/events/1",
  "/api/v1/articles",
  "/api/v1/articles/1",
  "/api/v1/search?q=meta",
  "/api/v1/charts/slips",
  "/api/v1/charts/setbacks",
  "/api/v1/charts/investments",
  "/api/v1/exports/events",
  "/api/v1/exports/articles",
  "/api/v1/openapi.json",
  "/api/feeds/atom.xml",
  "/api/feeds/labs/meta/rss.xml",
  "/api/feeds/types/delay/atom.xml",
];

test("no API route accepts a write: POST, PUT, PATCH and DELETE are refused and change nothing", async ({
  request,
  baseURL,
}) => {
  const admin = await makeSession("admin");
  const before = await snapshot();
  const failures: string[] = [];
  for (const path of API_ROUTES) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const res = await request.fetch(`${baseURL}${path}`, {
        method,
        headers: { cookie: `${SESSION_COOKIE}=${admin.token}`, "content-type": "application/json" },
        data: JSON.stringify({ title: "pwned" }),
        maxRedirects: 0,
      });
      counts.routes += 1;
      counts.requests += 1;
      if (res.status() !== 405) failures.push(`${method} ${path}: ${res.status()}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await snapshot()).toEqual(before);
  await db().query(`DELETE FROM users WHERE id = $1`, [admin.userId]);
});
