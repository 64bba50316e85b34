import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { closeDb, makeSession, manifestActions, SESSION_COOKIE, snapshot } from "../security/support";
import { QUERY_KEYS } from "../support/query-keys";

/**
 * Issue 12 §6: generated input against every route — query strings, path parameters and server
 * action bodies — from a fixed seed, so a failure replays exactly. Passes when no response is a
 * 5xx and the database is exactly as before (row counts, row checksums and the audit log, as
 * tests/security compares them).
 *
 * Routes come from the build's app-path-routes-manifest.json (every page and route handler, in
 * both locales and beyond), server action ids from its server-reference-manifest.json, so a new
 * route or action is fuzzed without anyone adding it here.
 *
 * FUZZ_REQUESTS (default 10,000), FUZZ_SEED (default 20261127) and FUZZ_PARALLEL (default 12)
 * change the run. It prints requests, inputs and statuses by class, to quote.
 */

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const PARALLEL = Number(process.env.FUZZ_PARALLEL ?? 12);
/** One request that cannot finish in this time is a failure too (a hang is not an answer). */
const REQUEST_TIMEOUT_MS = 60_000;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Values known to have broken something once, or likely to. */
const NASTY = [
  "",
  "%00",
  "%",
  "%ZZ",
  "%C0%AF",
  "%ED%A0%80",
  "%E0%A4%A",
  "0",
  "-1",
  "2147483647",
  "2147483648",
  "9223372036854775808",
  "1e309",
  "NaN",
  "Infinity",
  "0001-01-01",
  "9999-12-31",
  "2025-02-30",
  "2025-13-01",
  "1899-12-31",
  "[]",
  "{}",
  "null",
  "true",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "$K1",
  "$@1",
  "$$",
  "a".repeat(2000),
  b64(["garbage", 3]),
  b64(["2025-01-01", 2147483648]),
  b64(["2025-01-01", -1]),
  b64(["", 1]),
  b64([]),
  b64("x"),
  b64({ __proto__: { polluted: 1 } }),
];

/** Real values, so requests also reach the pages' and routes' deeper paths. */
const REAL = [
  "meta",
  "xai",
  "openai",
  "llama-4-behemoth",
  "1",
  "2",
  "3",
  "delay",
  "investment",
  "layoff",
  "reported",
  "confirmed",
  "event",
  "article",
  "csv",
  "json",
  "ndjson",
  "rss.xml",
  "atom.xml",
  "en",
  "de",
  "2025-05-01",
  "Verzögerung",
];

/** A string percent-encoded byte by byte (lone surrogates become U+FFFD, as a browser sends them). */
function encode(s: string): string {
  return [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
}

/** A raw text value (what a field or an argument holds). */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.constantFrom(...REAL) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** A value as it goes into a URL: NASTY escapes raw (they are the point), the rest encoded. */
const urlValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY).map((v) => (v.startsWith("%") ? v : encode(v))) },
  { weight: 4, arbitrary: fc.constantFrom(...REAL).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(encode) },
  { weight: 2, arbitrary: fc.fullUnicodeString({ maxLength: 30 }).map(encode) },
  { weight: 1, arbitrary: fc.string16bits({ maxLength: 12 }).map(encode) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date(-62135596800000), max: new Date(253402300799000) })
      .map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString().slice(0, 10))),
  },
);

const queryPairs = fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), urlValue), { maxLength: 5 });

/** Every page and route handler in the build, e.g. "/[locale]/labs/[slug]". */
function buildRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/app-path-routes-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return [...new Set(Object.values(manifest))].sort();
}

/** A route with its [params] filled: the locale mostly en or de, other params from urlValue. */
function getRequest(routes: string[]) {
  return fc.record({
    route: fc.constantFrom(...routes),
    locale: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("en", "de") },
      { weight: 1, arbitrary: urlValue },
    ),
    params: fc.array(urlValue, { minLength: 3, maxLength: 3 }),
    query: queryPairs,
  });
}

/**
 * Signed in, a generated call could be a valid one (deleteEvent(3)) and write, which is no bug.
 * So in signed-in calls every id-like number (1 … 999,999, as a number or a digit string) is moved
 * past the id columns' range, where it must be refused as out of bounds (issue 12 found 500s there).
 */
const OUT_OF_RANGE = 2 ** 31;
function neverAnId<T>(value: T): T {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value < 1e6)
    return (value + OUT_OF_RANGE) as T;
  if (typeof value === "string" && /^\s*\+?0*[1-9]\d{0,5}\s*$/.test(value))
    return String(Number(value) + OUT_OF_RANGE) as T;
  if (Array.isArray(value)) return value.map(neverAnId) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neverAnId(v)])) as T;
  return value;
}

const FIELD_NAMES = [
  "id",
  "version",
  "email",
  "password",
  "name",
  "role",
  "userId",
  "disabled",
  "articleId",
  "decision",
  "from",
  "into",
  "url",
  "title",
  "body",
  "lab",
  "type",
  "next",
  "x",
];

const jsonish = fc.jsonValue({ maxDepth: 3 });
const shapedObject = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(text, jsonish), { maxKeys: 8 });
const fields = fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), text), { maxLength: 6 });

type Body =
  | { kind: "json"; body: string }
  | { kind: "raw"; body: string }
  | { kind: "react-form"; fields: [string, string][]; withState: boolean }
  | { kind: "form"; fields: [string, string][] }
  | { kind: "no-js-form"; fields: [string, string][]; ref: boolean; meta: string };

const actionBody: fc.Arbitrary<Body> = fc.oneof(
  // JSON argument lists, as React's client sends them: arbitrary values, and objects with the
  // field names the actions read
  {
    weight: 3,
    arbitrary: fc.array(fc.oneof(jsonish, shapedObject), { maxLength: 3 }).map((args) => ({
      kind: "json" as const,
      body: JSON.stringify(args),
    })),
  },
  // a FormData argument encoded as React does ("$K1" with the fields under "1_", root last)
  {
    weight: 3,
    arbitrary: fc
      .record({ fields, withState: fc.boolean() })
      .map((r) => ({ kind: "react-form" as const, ...r })),
  },
  // multipart of arbitrary parts: roots that are not JSON, references to parts that are missing
  // or come later, the action-form field names
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.constantFrom(
            ...FIELD_NAMES,
            "0",
            "1",
            "2",
            "1_x",
            "$ACTION_ID_x",
            "$ACTION_REF_1",
            "$ACTION_1:0",
          ),
          fc.oneof(
            text,
            fc.constantFrom(
              '["$K1"]',
              '["$1"]',
              '["$@1"]',
              '["$Q1"]',
              '["$W1"]',
              '["$B1"]',
              '["$h1"]',
              '["$T"]',
              "[[1,2]]",
            ),
          ),
        ),
        { maxLength: 6 },
      )
      .map((f) => ({ kind: "form" as const, fields: f })),
  },
  // forms posted without JavaScript: by action id, or a bound action's metadata
  {
    weight: 1,
    arbitrary: fc
      .record({
        fields,
        ref: fc.boolean(),
        meta: fc.oneof(
          text,
          jsonish.map((v) => JSON.stringify(v)),
          fc.constantFrom('{"id":"x","bound":null}', '{"id":"x","bound":"$@1"}', '{"id":1}'),
        ),
      })
      .map((r) => ({ kind: "no-js-form" as const, ...r })),
  },
  // bytes that are not JSON at all
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("[", '{"a":', "\u0000", '["$K1"]', '["$@1"]', '["$Q1"]'),
      )
      .map((body) => ({ kind: "raw" as const, body })),
  },
);

/** How many generated values a request carries (path parameters, query pairs, fields, arguments). */
function countJsonInputs(body: string): number {
  try {
    const args = JSON.parse(body) as unknown;
    return Array.isArray(args) ? Math.max(1, args.length) : 1;
  } catch {
    return 1;
  }
}

test.describe.configure({ mode: "serial" });
test.setTimeout(20 * 60_000);

test(`${TOTAL} generated requests from seed ${SEED}: no 5xx, no database change`, async ({ baseURL }) => {
  try {
    // An admin's session made in the database (before the snapshot), so action calls reach their
    // validation, not only the session check.
    const admin = await makeSession("admin");
    const cookie = `${SESSION_COOKIE}=${admin.token}`;
    const routes = buildRoutes();
    const actions = manifestActions();
    expect(routes.length).toBeGreaterThan(30);
    expect(actions.length).toBeGreaterThan(5);
    const before = await snapshot();

    const nActions = Math.round(TOTAL * 0.3);
    const gets = fc.sample(getRequest(routes), { seed: SEED, numRuns: TOTAL - nActions });
    const calls = fc.sample(
      fc.record({
        action: fc.constantFrom(...actions),
        // the page the action belongs to, or any page
        page: fc.oneof(fc.constant(null), fc.constantFrom("/admin", "/en", "/de/labs/meta", "/admin/users")),
        body: actionBody,
        signedIn: fc.boolean(),
        crossOrigin: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
      }),
      { seed: SEED + 1, numRuns: nActions },
    );

    let inputs = 0;
    type Job = () => Promise<{ what: string; status: number }>;
    const jobs: Job[] = [];
    for (const g of gets) {
      let i = 0;
      const pathname = g.route
        .replace("[locale]", g.locale)
        .replace(/\[[^\]]+\]/g, () => g.params[i++] ?? "");
      const url = pathname + (g.query.length ? `?${g.query.map(([k, v]) => `${k}=${v}`).join("&")}` : "");
      inputs += i + g.query.length + (g.route.includes("[locale]") ? 1 : 0);
      jobs.push(async () => {
        const res = await fetch(`${baseURL}${url}`, {
          redirect: "manual",
          headers: { cookie },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        return { what: `GET ${url}`, status: res.status };
      });
    }
    for (const call of calls) {
      // signOut would end the shared session: it is called signed out only.
      const signedIn = call.signedIn && call.action.name !== "signOut";
      const body = signedIn ? neverAnId(call.body) : call.body;
      const headers: Record<string, string> = {
        accept: "text/x-component",
        origin: call.crossOrigin ? "https://evil.example" : baseURL!,
      };
      if (body.kind !== "no-js-form") headers["next-action"] = call.action.id;
      if (signedIn) headers.cookie = cookie;
      let payload: BodyInit;
      if (body.kind === "json" || body.kind === "raw") {
        headers["content-type"] = "text/plain;charset=UTF-8";
        payload = body.body;
        inputs += body.kind === "json" ? countJsonInputs(body.body) : 1;
      } else {
        const form = new FormData();
        if (body.kind === "no-js-form") {
          if (body.ref) {
            form.append("$ACTION_REF_1", "");
            form.append("$ACTION_1:0", body.meta.replace('"x"', JSON.stringify(call.action.id)));
          } else form.append(`$ACTION_ID_${call.action.id}`, "");
        }
        const prefix = body.kind === "react-form" ? "1_" : "";
        for (const [k, v] of body.fields) form.append(prefix + k, v);
        if (body.kind === "react-form")
          form.append("0", JSON.stringify(body.withState ? [{}, "$K1"] : ["$K1"]));
        payload = form;
        inputs += Math.max(1, body.fields.length);
      }
      const page = call.page ?? call.action.page;
      jobs.push(async () => {
        const res = await fetch(`${baseURL}${page}`, {
          method: "POST",
          headers,
          body: payload,
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        return {
          what: `POST ${page} ${call.action.name} ${signedIn ? "signed-in" : "anonymous"} ${JSON.stringify(body).slice(0, 200)}`,
          status: res.status,
        };
      });
    }
    // Interleave (deterministically) so pages, API and actions run side by side.
    const order = fc.sample(
      fc.shuffledSubarray(
        jobs.map((_, i) => i),
        { minLength: jobs.length, maxLength: jobs.length },
      ),
      { seed: SEED + 2, numRuns: 1 },
    )[0]!;

    const failures: string[] = [];
    const unreadable: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    const progress = setInterval(() => {
      const done = [...statuses.values()].reduce((a, b) => a + b, 0) + unreadable.length;
      console.log(
        `fuzz: ${done}/${jobs.length} after ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }, 60_000);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < order.length) {
          const job = jobs[order[next++]!]!;
          try {
            const { what, status } = await job();
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status >= 500) {
              failures.push(`${status} ${what}`);
              // Shown as they happen, so a long run can be read (and stopped) early.
              if (failures.length <= 30) console.log(`fuzz: ${status} ${what}`);
            }
          } catch (error) {
            // No answer at all (a reset connection, a timeout): a failure, named, never skipped.
            const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            unreadable.push(cause);
            if (unreadable.length <= 10) console.log(`fuzz: no answer: ${cause}`);
          }
        }
      }),
    );
    clearInterval(progress);
    const seconds = (performance.now() - started) / 1000;
    const after = await snapshot();

    const byClass: Record<string, number> = {};
    for (const [status, n] of statuses)
      byClass[`${String(status)[0]}xx`] = (byClass[`${String(status)[0]}xx`] ?? 0) + n;
    console.log(
      `fuzz (seed ${SEED}): ${jobs.length} requests (${gets.length} GET over ${routes.length} routes, ` +
        `${calls.length} action calls over ${actions.length} actions), ${inputs} generated inputs, ` +
        `${PARALLEL} in flight, ${seconds.toFixed(0)} s\n` +
        `  by class ${JSON.stringify(byClass)}; by status ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ` +
        `no answer ${unreadable.length}`,
    );
    expect(inputs).toBeGreaterThanOrEqual(TOTAL);
    expect(failures.slice(0, 20), `${failures.length} responses ≥ 500`).toEqual([]);
    expect(unreadable.slice(0, 10), `${unreadable.length} requests without an answer`).toEqual([]);
    expect(after, "the database changed").toEqual(before);
  } finally {
    await closeDb();
  }
});
