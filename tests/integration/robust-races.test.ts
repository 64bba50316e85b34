import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, signInAs } from "./admin-support";
import type { ArticleFormInput } from "@/lib/validation/article-form";

/**
 * Issue 12 §7 and issue 9 §4: saves that race, and copies that are not byte-identical. Twenty
 * parallel saves of one text, one URL and one new publisher leave exactly one row each, and every
 * answer is a success or a duplicate — never an exception (which the action would turn into a 500).
 */

mockNextRequest();
const db = await openTestDatabase();
const { saveArticle, checkArticleDuplicates } = await import("@/lib/actions/articles");
const { emptyArticleForm } = await import("@/lib/validation/article-form");

const RUN = `${process.pid}-${Date.now()}`;
const URL_PREFIX = `https://races.example.org/${RUN}/`;
const PUBLISHER = `Race Gazette ${RUN}`;
const PARALLEL = 20;

/**
 * A long article text of pseudo-random words, different for every `salt` (and every run): made-up
 * words, so two texts share no more trigrams or word runs than two real, different stories.
 */
function text(salt: string): string {
  let seed = [...`${RUN}:${salt}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  // Math.imul keeps the product in 32 bits: a plain `*` overflows 2^53, loses the low bits and lets
  // different salts fall into the same short cycle — "different" texts that are near-identical.
  const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const word = () =>
    Array.from({ length: 4 + next(6) }, () => "abcdefghijklmnopqrstuvwxyz"[next(26)]).join("");
  const paragraph = () => Array.from({ length: 30 }, word).join(" ") + ".";
  return Array.from({ length: 10 }, paragraph).join("\n\n");
}

function input(overrides: Partial<ArticleFormInput>): ArticleFormInput {
  return {
    ...emptyArticleForm(),
    url: "",
    title: "Race test",
    publisher: "",
    publishedDate: "2025-08-01",
    language: "en",
    body: text(Math.random().toString(36)),
    status: "draft",
    ...overrides,
  };
}

type Outcome = "saved" | "duplicate" | "conflict" | "other";
function classify(r: { ok: boolean; duplicates?: unknown[]; conflict?: unknown }): Outcome {
  if (r.ok) return "saved";
  if (r.duplicates && r.duplicates.length > 0) return "duplicate";
  if (r.conflict) return "conflict";
  return "other";
}

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
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        saveArticle(input({ publisher: PUBLISHER, url: `${URL_PREFIX}pub-${i}` })),
      ),
    );
    expect(results.map(classify)).toEqual(Array.from({ length: PARALLEL }, () => "saved"));
    expect(await db.publisher.count({ where: { name: PUBLISHER } })).toBe(1);
    const publisher = await db.publisher.findFirstOrThrow({
      where: { name: PUBLISHER },
      select: { id: true },
    });
    expect(await db.article.count({ where: { publisherId: publisher.id } })).toBe(PARALLEL);
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
