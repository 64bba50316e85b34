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
const { sourceOf } = await import("@/lib/domain/corroboration");

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
  await db.article.deleteMany({ where: { url: { startsWith: `${URL_PREFIX}reports/` } } });
  await db.publisher.deleteMany({ where: { slug: { startsWith: `${LAB}-` } } });
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

  for (const filters of [{}, { lab: [LAB] }, { asOf: "2025-06-01" }]) {
    it(`gives each page the same models, plans and articles as the whole chart (${JSON.stringify(filters)})`, async () => {
      const whole = await getSlipChart(filters, TODAY);
      expect(whole.models.length).toBeGreaterThan(0);
      const paged: typeof whole.models = [];
      let after: string | undefined;
      for (let i = 0; i < whole.models.length + 1; i++) {
        const page = await getSlipChartPage(filters, TODAY, { after, limit: 2 });
        expect(page.domain).toEqual(whole.domain);
        paged.push(...page.models);
        if (!page.nextAfter) break;
        after = page.nextAfter;
      }
      expect(paged).toEqual(whole.models);
      // The articles behind the plans are real ones, read for the page (not the ranking's stubs).
      expect(paged.flatMap((m) => m.plans.map((p) => p.article.title)).every((t) => t.length > 0)).toBe(true);
    });
  }

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

/**
 * The lab page's independent-source count, recomputed here the long way: every supporting
 * citation of every counted delay event and every plan, each passed through sourceOf.
 */
async function sourcesTheLongWay(lab: string): Promise<[string, number][]> {
  const publicArticle = { status: "published" as const, deletedAt: null };
  const articleSelect = {
    id: true,
    publisher: { select: { name: true } },
    originalReporter: { select: { name: true } },
  };
  const models = await db.model.findMany({
    where: { lab: { slug: lab } },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      commitments: { where: { article: publicArticle }, select: { article: { select: articleSelect } } },
      events: {
        where: { type: "delay", deletedAt: null, status: { notIn: ["denied", "retracted"] } },
        select: {
          citations: {
            where: { role: { in: ["first_report", "re_report", "follow_up"] }, article: publicArticle },
            select: { attribution: true, attributedTo: true, article: { select: articleSelect } },
          },
        },
      },
    },
  });
  const key = (
    a: { id: number; publisher: { name: string } | null; originalReporter: { name: string } | null },
    attribution: string,
    attributedTo: string | null,
  ) =>
    sourceOf({
      articleId: a.id,
      publishedFrom: null,
      publishedTo: null,
      publisher: a.publisher?.name ?? null,
      originalReporter: a.originalReporter?.name ?? null,
      attribution,
      attributedTo,
      role: "first_report",
    }).key;
  return models.map((m) => {
    const keys = new Set([
      ...m.events.flatMap((e) => e.citations.map((c) => key(c.article, c.attribution, c.attributedTo))),
      ...m.commitments.map((c) =>
        key(c.article, c.article.originalReporter ? "relays_outlet" : "own_reporting", null),
      ),
    ]);
    return [m.slug, keys.size];
  });
}

describe("findModelPlans({ lab }): independent sources", () => {
  const counts = async () =>
    (await findModelPlans({ lab: LAB })).map((m) => [m.slug, m.reportCount] as [string, number]).sort();

  it("counts what sourceOf counts over every report, after saves that add, relay, move and hide reports", async () => {
    const lab = await db.lab.findUniqueOrThrow({ where: { slug: LAB } });
    const model = await db.model.findUniqueOrThrow({ where: { slug: `${LAB}-model-0` } });
    const [wire, paper] = await Promise.all(
      ["wire", "paper"].map((p) =>
        db.publisher.create({ data: { slug: `${LAB}-${p}`, name: `The ${LAB} ${p}` } }),
      ),
    );
    // Reports from a publisher, from no publisher (each its own source), and relays of the wire.
    const article = (i: number, data: { publisherId?: number; originalReporterId?: number }) =>
      db.article.create({
        data: {
          url: `${URL_PREFIX}reports/${i}`,
          title: `Report ${i}`,
          language: "en",
          body: `Report ${i} on the delay.`,
          contentHash: `bounded-reports-${process.pid}-${i}`,
          status: "published",
          publishedFrom: day("2025-04-01"),
          publishedTo: day("2025-04-01"),
          publishedPrecision: "day",
          ...data,
        },
      });
    const reports = [
      await article(0, { publisherId: paper!.id }),
      await article(1, { publisherId: paper!.id }),
      await article(2, {}),
      await article(3, {}),
      await article(4, { publisherId: paper!.id, originalReporterId: wire!.id }),
      await article(5, { publisherId: paper!.id }),
    ];
    const delay = await db.event.create({
      data: {
        type: "delay",
        labId: lab.id,
        modelId: model.id,
        title: "Bounded delay",
        summary: "S",
        occurredFrom: day("2025-04-01"),
        occurredTo: day("2025-04-01"),
        occurredPrecision: "day",
        occurredText: "1 April 2025",
        status: "reported",
        knownFrom: day("2025-04-01"),
        citations: {
          create: reports.map((a, i) => ({
            articleId: a.id,
            role: i === 0 ? ("first_report" as const) : ("re_report" as const),
            quote: `Report ${i}`,
            attribution: i === 4 || i === 5 ? ("relays_outlet" as const) : ("own_reporting" as const),
            // Article 5 relays an outlet named only in the citation, spelled another way.
            attributedTo: i === 5 ? `the ${LAB}  WIRE` : null,
          })),
        },
      },
    });
    const before = await counts();
    expect(before).toEqual(await sourcesTheLongWay(LAB));
    // The paper, articles 2 and 3 (no publisher: one source each), the wire (relayed twice), and
    // the two plans' own articles (no publisher either: two more).
    expect(before.find(([slug]) => slug === model.slug)?.[1]).toBe(4 + 2);

    // An article changes publisher; another is unpublished; a relay becomes own reporting.
    await db.article.update({ where: { id: reports[2]!.id }, data: { publisherId: wire!.id } });
    await db.article.update({ where: { id: reports[3]!.id }, data: { status: "draft" } });
    await db.citation.updateMany({
      where: { eventId: delay.id, articleId: reports[5]!.id },
      data: { attribution: "own_reporting" },
    });
    expect(await counts()).toEqual(await sourcesTheLongWay(LAB));

    // A denied claim and a deleted event no longer count.
    await db.event.update({ where: { id: delay.id }, data: { status: "denied" } });
    expect(await counts()).toEqual(await sourcesTheLongWay(LAB));
    await db.event.update({ where: { id: delay.id }, data: { status: "reported", deletedAt: new Date() } });
    expect(await counts()).toEqual(await sourcesTheLongWay(LAB));
  });
});
