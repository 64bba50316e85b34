import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createScratchDatabase } from "./support/io-scratch-database";
import { loadSyntheticData, removeSyntheticData, type LoadProgress } from "@/prisma/synthetic";

/**
 * The COPY loader on a scratch database: a small load, a resumed load that adds nothing twice,
 * text that full-text search finds in both languages, the promised variety, and removal.
 */

const options = { articles: 400, events: 1_500, labs: 6, models: 30, seed: 7 };
const quiet: LoadProgress = { start() {}, tick() {}, stop() {} };
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let client: pg.Client;
const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n);

beforeAll(async () => {
  scratch = await createScratchDatabase(inject("databaseUrl"), "synthetic_load_test");
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe("loadSyntheticData", () => {
  it("loads every table, then a second run resumes without duplicating rows", async () => {
    // Stop half-way through the events, as a crash would, by loading a smaller run first.
    await loadSyntheticData(scratch.url, { ...options, events: 700 }, quiet, () => {}, true);
    expect(await count("SELECT count(*) n FROM events")).toBe(700);
    await loadSyntheticData(scratch.url, options, quiet);
    expect(await count("SELECT count(*) n FROM articles")).toBe(400);
    expect(await count("SELECT count(*) n FROM events")).toBe(1_500);
    expect(await count("SELECT count(*) n FROM labs")).toBe(6);
    expect(await count("SELECT count(*) n FROM models")).toBe(30);
    const perEvent = await client.query<{ lo: number; hi: number }>(
      "SELECT min(c)::int lo, max(c)::int hi FROM (SELECT count(*) c FROM citations GROUP BY event_id) x",
    );
    expect(perEvent.rows[0]).toEqual({ lo: 1, hi: expect.any(Number) as number });
    expect(perEvent.rows[0]!.hi).toBeGreaterThan(2);
    expect(perEvent.rows[0]!.hi).toBeLessThanOrEqual(5);
    expect(
      await count("SELECT count(*) n FROM events WHERE id NOT IN (SELECT event_id FROM citations)"),
    ).toBe(0);
    // Foreign keys were not checked during the load; they must hold all the same.
    expect(
      await count(
        "SELECT count(*) n FROM citations c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) n FROM release_commitments r LEFT JOIN articles a ON a.id = r.article_id WHERE a.id IS NULL",
      ),
    ).toBe(0);
    // Secondary indexes dropped for a large load are all back (nothing is left deferred).
    expect(await count("SELECT count(*) n FROM pg_class WHERE relname = 'synthetic_deferred_indexes'")).toBe(
      0,
    );
    expect(await count("SELECT count(*) n FROM pg_indexes WHERE indexname = 'articles_search_idx'")).toBe(1);
  });

  it("has the variety the pages need: every precision, slipping plans, re-reports, drafts, deletions", async () => {
    expect(await count("SELECT count(DISTINCT occurred_precision) n FROM events")).toBe(9);
    expect(await count("SELECT count(*) n FROM citations WHERE role = 're_report'")).toBeGreaterThan(100);
    expect(await count("SELECT count(*) n FROM articles WHERE status = 'draft'")).toBeGreaterThan(0);
    expect(await count("SELECT count(*) n FROM articles WHERE deleted_at IS NOT NULL")).toBeGreaterThan(0);
    expect(await count("SELECT count(*) n FROM events WHERE deleted_at IS NOT NULL")).toBeGreaterThan(0);
    // A slip: a later plan of the same model ends after the earlier one.
    expect(
      await count(`SELECT count(*) n FROM release_commitments a JOIN release_commitments b
                     ON a.model_id = b.model_id AND b.sequence = a.sequence + 1 AND b.planned_to > a.planned_to`),
    ).toBeGreaterThan(0);
  });

  it("writes text that full-text search finds in German and in English", async () => {
    const hits = (config: string, q: string) =>
      count(`SELECT count(*) n FROM articles WHERE search @@ websearch_to_tsquery('${config}', '${q}')`);
    expect(await hits("german", "Verzögerung")).toBeGreaterThan(0);
    expect(await hits("german", "verschoben")).toBeGreaterThan(0);
    expect(await hits("english", "delay")).toBeGreaterThan(0);
    expect(await hits("english", "layoffs")).toBeGreaterThan(0);
  });

  it("is deterministic: the same options give the same rows", async () => {
    const digest = () =>
      count("SELECT sum(hashtext(title || occurred_text || lab_id))::bigint % 1000000007 n FROM events");
    const before = await digest();
    await removeSyntheticData(scratch.url);
    expect(await count("SELECT count(*) n FROM events")).toBe(0);
    await loadSyntheticData(scratch.url, options, quiet);
    expect(await digest()).toBe(before);
  });

  it("removes every synthetic row", async () => {
    await removeSyntheticData(scratch.url);
    for (const table of [
      "articles",
      "events",
      "citations",
      "labs",
      "models",
      "publishers",
      "release_commitments",
    ]) {
      expect(await count(`SELECT count(*) n FROM ${table}`)).toBe(0);
    }
  });
});
