import { expect } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleFormInput } from "@/lib/validation/article-form";
import { emptyArticleForm } from "@/lib/validation/article-form";
import { BUSY_MESSAGE } from "@/lib/write/transaction";

/**
 * The articles the race tests save at once (robust-races*.test.ts): unique texts and URLs per run,
 * and the outcome of each save as one word, so a test can count the answers.
 */

export const RUN = `${process.pid}-${Date.now()}`;
export const URL_PREFIX = `https://races.example.org/${RUN}/`;

/**
 * A long article text of pseudo-random words, different for every `salt` (and every run): made-up
 * words, so two texts share no more trigrams or word runs than two real, different stories.
 */
export function text(salt: string): string {
  let seed = [...`${RUN}:${salt}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  // Math.imul keeps the product in 32 bits: a plain `*` overflows 2^53, loses the low bits and lets
  // different salts fall into the same short cycle — "different" texts that are near-identical.
  const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const word = () =>
    Array.from({ length: 4 + next(6) }, () => "abcdefghijklmnopqrstuvwxyz"[next(26)]).join("");
  const paragraph = () => Array.from({ length: 30 }, word).join(" ") + ".";
  return Array.from({ length: 10 }, paragraph).join("\n\n");
}

/** A draft titled "Race test…" (the tests delete those afterwards) with a text of its own. */
export function input(overrides: Partial<ArticleFormInput>): ArticleFormInput {
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

export type Outcome = "saved" | "duplicate" | "conflict" | "busy" | `other: ${string}`;
export function classify(r: {
  ok: boolean;
  message?: string | null;
  duplicates?: unknown[];
  conflict?: unknown;
}): Outcome {
  if (r.ok) return "saved";
  if (r.duplicates && r.duplicates.length > 0) return "duplicate";
  if (r.conflict) return "conflict";
  // Named apart so a failing run says whether a save ran out of time or failed otherwise.
  if (r.message === BUSY_MESSAGE) return "busy";
  return `other: ${r.message ?? "no message"}`;
}

type SaveResult = Parameters<typeof classify>[0];

/**
 * Saves `count` articles at once, all naming the same new publisher, and expects what no race may
 * break: every save succeeds, the publisher exists once, and all `count` articles point at it.
 */
export async function expectParallelSavesShareOnePublisher(
  save: (input: ArticleFormInput) => Promise<SaveResult>,
  db: PrismaClient,
  { publisher, urlPrefix, count }: { publisher: string; urlPrefix: string; count: number },
): Promise<void> {
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) => save(input({ publisher, url: `${urlPrefix}${i}` }))),
  );
  expect(results.map(classify)).toEqual(Array.from({ length: count }, () => "saved"));
  expect(await db.publisher.count({ where: { name: publisher } })).toBe(1);
  const row = await db.publisher.findFirstOrThrow({ where: { name: publisher }, select: { id: true } });
  expect(await db.article.count({ where: { publisherId: row.id } })).toBe(count);
}
