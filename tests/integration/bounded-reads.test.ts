import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * The bounded reads (issue 11) give the same answers as the unbounded ones they replace: the
 * home page's top slips, the slip board's pages, the lab page's articles and search's two steps.
 */

const db = await openTestDatabase();
const { findModelPlans, findTopSlips } = await import("@/lib/data/model-plans");
const { getSlipChart, getSlipChartPage } = await import("@/lib/data/charts");
const { articleWhere, findArticles, searchArticles } = await import("@/lib/data/articles");
const { rankSlips } = await import("@/lib/domain/slip-board");

const TODAY = "2026-03-20";
// Rows of its own for the article reads, so other files' writes cannot change what they list.
const LAB = `bounded-reads-${process.pid}`;
const WORD = `boundedword${process.pid}`;
const URL_PREFIX = `https://example.com/bounded-reads/${process.pid}/`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  const lab = await db.lab.create({ data: { slug: LAB, name: LAB } });
  const articles: { id: number }[] = [];
  for (const [i, date] of ["2025-03-01", "2025-05-01", "2025-05-01", "2025-07-01", null].entries()) {
    articles.push(
      await db.article.create({
        data: {
          url: `${URL_PREFIX}${i}`,
          title: `Bounded ${i}`,
          language: "en",
          body: `The lab said ${WORD} number ${i}.`,
          contentHash: `bounded-reads-${process.pid}-${i}`,
          status: "published",
          publishedFrom: date ? day(date) : null,
          publishedTo: date ? day(date) : null,
          publishedPrecision: date ? "day" : null,
        },
      }),
    );
  }
  // Three models with plans (reported by these articles), for the slip board's pages.
  const plansOf = [["2025-06-01", "2025-09-01"], ["2025-06-01"], ["2025-04-01", "2026-01-01", "2026-06-01"]];
  for (const [m, plans] of plansOf.entries()) {
    await db.model.create({
      data: {
        slug: `${LAB}-model-${m}`,
        name: `Bounded Model ${m}`,
        labId: lab.id,
        status: "announced",
        commitments: {
          create: plans.map((planned, i) => ({
            sequence: i + 1,
            plannedFrom: day(planned),
            plannedTo: day(planned),
            plannedPrecision: "day" as const,
            plannedText: planned,
            reportedAt: day("2025-03-01"),
            articleId: articles[i]!.id,
          })),
        },
      },
    });
  }
  for (const [e, cited] of [
    [0, 1, 2, 4],
    [2, 3],
  ].entries()) {
    await db.event.create({
      data: {
        type: "layoff",
        labId: lab.id,
        title: `Bounded event ${e}`,
        summary: "S",
        occurredFrom: day("2025-02-01"),
        occurredTo: day("2025-02-01"),
        occurredPrecision: "day",
        occurredText: "1 February 2025",
        status: "reported",
        knownFrom: day("2025-03-01"),
        citations: {
          create: cited.map((i) => ({
            articleId: articles[i]!.id,
            role: "first_report" as const,
            attribution: "own_reporting" as const,
            quote: `${WORD} number ${i}`,
          })),
        },
      },
    });
  }
});

afterAll(async () => {
  await db.event.deleteMany({ where: { lab: { slug: LAB } } });
  await db.releaseCommitment.deleteMany({ where: { model: { lab: { slug: LAB } } } });
  await db.model.deleteMany({ where: { lab: { slug: LAB } } });
  await db.article.deleteMany({ where: { url: { startsWith: URL_PREFIX } } });
  await db.lab.deleteMany({ where: { slug: LAB } });
});

describe("findTopSlips", () => {
  for (const asOf of [undefined, "2025-06-01", "2025-12-31"]) {
    it(`ranks like rankSlips over every model's plans${asOf ? ` (as of ${asOf})` : ""}`, async () => {
      const today = asOf ?? TODAY;
      const all = rankSlips(await findModelPlans({ asOf }), today);
      const top = await findTopSlips({ asOf, today, limit: 5 });
      expect(top.map((r) => [r.model.slug, r.model.reportCount, r.slip.slipDays])).toEqual(
        all.slice(0, 5).map((r) => [r.model.slug, r.model.reportCount, r.slip.slipDays]),
      );
      expect(top.length).toBe(Math.min(5, all.length));
    });
  }

  it("finds at least one slipped model in the seed (so the comparison above compares something)", async () => {
    expect((await findTopSlips({ today: TODAY, limit: 5 })).length).toBeGreaterThan(0);
  });
});

describe("getSlipChartPage", () => {
  it("pages through the whole chart in order, one model at a time, without repeats", async () => {
    const whole = await getSlipChart({ lab: [LAB] }, TODAY);
    expect(whole.models.length).toBe(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < whole.models.length + 1; i++) {
      const page = await getSlipChartPage({ lab: [LAB] }, TODAY, { after, limit: 1 });
      expect(page.total).toBe(whole.models.length);
      expect(page.domain).toEqual(whole.domain);
      expect(page.start).toBe(seen.length);
      seen.push(...page.models.map((m) => m.model.slug));
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
    expect(seen).toEqual(whole.models.map((m) => m.model.slug));
  });

  it("starts from the top for a cursor that is not on the board", async () => {
    const first = await getSlipChartPage({}, TODAY);
    const unknown = await getSlipChartPage({}, TODAY, { after: "no-such-model" });
    expect(unknown.models.map((m) => m.model.slug)).toEqual(first.models.map((m) => m.model.slug));
    expect(unknown.start).toBe(0);
  });
});

describe("findArticles with a lab", () => {
  it("lists the same articles, with the same citation counts, as the filter by slug", async () => {
    const page = await findArticles({ lab: [LAB], limit: 50 });
    expect(page.items.map((a) => a.title)).toEqual([
      "Bounded 3",
      "Bounded 2",
      "Bounded 1",
      "Bounded 0",
      "Bounded 4",
    ]);
    expect(page.items.map((a) => a.eventCount)).toEqual([1, 2, 1, 1, 1]);
    const bySlug = await db.article.findMany({
      where: articleWhere({ lab: [LAB] }),
      orderBy: [{ publishedFrom: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      select: { id: true, _count: { select: { citations: true } } },
    });
    expect(page.items.map((a) => [a.id, a.eventCount])).toEqual(
      bySlug.map((a) => [a.id, a._count.citations]),
    );
  });

  it("finds nothing for an unknown lab", async () => {
    expect((await findArticles({ lab: ["no-such-lab"] })).items).toEqual([]);
  });
});

describe("searchArticles", () => {
  it("gives the same hits page by page (the list-index step) as in one page (the text-index step)", async () => {
    const whole = await searchArticles(WORD, { limit: 50 });
    expect(whole.items.map((h) => h.title)).toEqual([
      "Bounded 3",
      "Bounded 2",
      "Bounded 1",
      "Bounded 0",
      "Bounded 4",
    ]);
    expect(whole.items.map((h) => h.eventCount)).toEqual([1, 2, 1, 1, 1]);
    const paged: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < whole.items.length + 1; i++) {
      const page = await searchArticles(WORD, { limit: 1, cursor });
      paged.push(...page.items.map((h) => h.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(whole.items.map((h) => h.id));
  });
});
