import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, signInAs } from "./admin-support";
import {
  classify,
  expectParallelSavesShareOnePublisher,
  input,
  RUN,
  text,
  URL_PREFIX,
} from "./support/race-articles";

/**
 * Issue 12 §7 and issue 9 §4: saves that race, and copies that are not byte-identical. Twenty
 * parallel saves of one text, one URL and one new publisher leave exactly one row each, and every
 * answer is a success or a duplicate — never an exception (which the action would turn into a 500).
 */

mockNextRequest();
const db = await openTestDatabase();
const { saveArticle, checkArticleDuplicates } = await import("@/lib/actions/articles");
const { ARTICLE_SAVE_LOCK } = await import("@/lib/write/article/save-lock");
const { BUSY_MESSAGE, EDITOR_TRANSACTION } = await import("@/lib/write/transaction");

const PUBLISHER = `Race Gazette ${RUN}`;
const PARALLEL = 20;

beforeAll(async () => {
  await signInAs("editor");
});

afterAll(async () => {
  await db.article.deleteMany({ where: { title: { startsWith: "Race test" } } });
  await db.publisher.deleteMany({ where: { name: { startsWith: "Race Gazette" } } });
});

describe("twenty parallel saves", () => {
  it("of the same text create one article; the rest answer duplicate", async () => {
    const body = text(`same-text-${RUN}`);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => saveArticle(input({ body, url: `${URL_PREFIX}text-${i}` }))),
    );
    const outcomes = results.map(classify);
    expect(outcomes.filter((o) => o === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(PARALLEL - 1);
    expect(await db.article.count({ where: { url: { startsWith: `${URL_PREFIX}text-` } } })).toBe(1);
  });

  it("of the same URL (spelt twenty ways) create one article; the rest answer duplicate", async () => {
    const spellings = Array.from({ length: PARALLEL }, (_, i) => {
      const scheme = i % 2 === 0 ? "https://" : "http://";
      const www = i % 3 === 0 ? "www." : "";
      const slash = i % 4 === 0 ? "/" : "";
      const tracking = i % 5 === 0 ? `?utm_source=feed${i}&fbclid=x${i}` : i % 5 === 1 ? `?gclid=${i}` : "";
      return `${scheme}${www}races.example.org/${RUN}/same-url${slash}${tracking}`;
    });
    const results = await Promise.all(spellings.map((url) => saveArticle(input({ url }))));
    const outcomes = results.map(classify);
    expect(outcomes.filter((o) => o === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(PARALLEL - 1);
    expect(await db.article.count({ where: { urlKey: `races.example.org/${RUN}/same-url` } })).toBe(1);
  });

  it("naming the same new publisher create one publisher and twenty articles", async () => {
    await expectParallelSavesShareOnePublisher(saveArticle, db, {
      publisher: PUBLISHER,
      urlPrefix: `${URL_PREFIX}pub-`,
      count: PARALLEL,
    });
  });
});

describe("near-identical texts", () => {
  const original = text(`near-${RUN}`);
  let originalId = 0;

  beforeAll(async () => {
    const saved = await saveArticle(
      input({ body: original, url: `${URL_PREFIX}near-original`, title: "Race test original" }),
    );
    expect(saved.ok).toBe(true);
    originalId = saved.articleId ?? 0;
  });

  it("a copy with one added line is shown before save and refused on save, naming the original", async () => {
    const copy = `${original}\n\nUpdate: the company declined to comment.`;
    const before = await checkArticleDuplicates({ url: "", body: copy });
    expect(before.map((d) => d.id)).toContain(originalId);
    const saved = await saveArticle(input({ body: copy, url: `${URL_PREFIX}near-copy-1` }));
    expect(saved.ok).toBe(false);
    expect(saved.duplicates?.map((d) => d.id)).toContain(originalId);
  });

  it("a copy without its teaser paragraph is refused", async () => {
    const copy = original.split("\n\n").slice(1).join("\n\n");
    const saved = await saveArticle(input({ body: copy, url: `${URL_PREFIX}near-copy-2` }));
    expect(saved.duplicates?.map((d) => d.id)).toContain(originalId);
  });

  it("a different story on the same subject is not a duplicate", async () => {
    // Half the paragraphs kept, half rewritten: related coverage, not a copy.
    const rewritten = text(`near-other-${RUN}`).split("\n\n");
    const other = original
      .split("\n\n")
      .map((p, i) => (i % 2 === 0 ? p : rewritten[i]))
      .join("\n\n");
    const before = await checkArticleDuplicates({ url: "", body: other });
    expect(before.map((d) => d.id)).not.toContain(originalId);
  });

  it("two near-identical copies saved at once: one at most is stored", async () => {
    const base = text(`near-race-${RUN}`);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        saveArticle(input({ body: `${base}\n\nCopy note ${i}.`, url: `${URL_PREFIX}near-race-${i}` })),
      ),
    );
    const outcomes = results.map(classify);
    expect(outcomes.filter((o) => o === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(9);
  });
});

describe("a save that cannot have the lock in time", () => {
  it("answers busy well before its transaction would expire, and writes nothing", async () => {
    // Another process (a second server, a CLI) holds the article-save lock and does not let go.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock($1::bigint)", [ARTICLE_SAVE_LOCK]);
      const started = Date.now();
      const result = await saveArticle(input({ url: `${URL_PREFIX}locked-out` }));
      const waited = Date.now() - started;
      expect(result).toMatchObject({ ok: false, message: BUSY_MESSAGE });
      // lock_timeout ended the wait, not the transaction's clock running out.
      expect(waited).toBeLessThan(EDITOR_TRANSACTION.timeout);
      expect(await db.article.count({ where: { url: `${URL_PREFIX}locked-out` } })).toBe(0);
    } finally {
      await other.query("ROLLBACK");
      await other.end();
    }
    // Once the lock is free again the same save goes through.
    const again = await saveArticle(input({ url: `${URL_PREFIX}locked-out` }));
    expect(classify(again)).toBe("saved");
  });
});
