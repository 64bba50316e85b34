import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, request, resetRequest, signInAs } from "./admin-support";

/**
 * A save expires only what it touched (issue 11 §4). A cached lab page (its 'use cache' body and
 * every cached read inside it, whose tags Next propagates to the body) is re-rendered only when a
 * save expires one of those tags. So: record the tags the lab page's reads and body register
 * (recordCacheTags — the same loadLabPage and labPageTags the page uses), run a real save through
 * the server action, and compare with the tags the action expired (updateTag, recorded by the
 * next/cache mock). Lab A's page must be among them; lab B's must not.
 */

mockNextRequest();
const db = await openTestDatabase();
const { cachedRender, tags, labPageTags, recordCacheTags } = await import("@/lib/data/cache");
const { loadLabPage } = await import("@/lib/data/lab-page");
const { findTopSlips } = await import("@/lib/data/model-plans");
const { saveEvent } = await import("@/lib/actions/events");
const { saveArticle } = await import("@/lib/actions/articles");
const { getEventForEdit } = await import("@/lib/data/admin-events");
const { getArticleForEdit } = await import("@/lib/data/admin-articles");

const PID = process.pid;
const A = `cache-scope-a-${PID}`;
const B = `cache-scope-b-${PID}`;
const URL_PREFIX = `https://example.com/cache-scope/${PID}/`;
const TODAY = "2026-06-01";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let eventA = 0;
let planArticleA = 0;

/** The tags lab `slug`'s rendered page carries: its body's own and those of every read in it. */
const labPageCacheTags = (slug: string) =>
  recordCacheTags(async () => {
    // What LabPageBody does: register its own tags, then read everything through loadLabPage.
    cachedRender(...labPageTags(slug));
    await loadLabPage(slug, { today: TODAY });
  });

const overlap = (a: Iterable<string>, b: Iterable<string>) => {
  const bs = new Set(b);
  return [...a].filter((t) => bs.has(t));
};

async function makeLab(slug: string) {
  const lab = await db.lab.create({ data: { slug, name: slug } });
  const model = await db.model.create({
    data: { slug: `${slug}-model`, name: `${slug} Model`, labId: lab.id, status: "announced" },
  });
  const article = await db.article.create({
    data: {
      url: `${URL_PREFIX}${slug}-report`,
      title: `${slug} report`,
      language: "en",
      body: `${slug} delayed its model again, a report said on ${PID}.`,
      contentHash: `cache-scope-${slug}-report`,
      status: "published",
      publishedFrom: day("2025-05-01"),
      publishedTo: day("2025-05-01"),
      publishedPrecision: "day",
    },
  });
  const event = await db.event.create({
    data: {
      type: "delay",
      labId: lab.id,
      modelId: model.id,
      title: `${slug} delay`,
      summary: "S",
      occurredFrom: day("2025-05-01"),
      occurredTo: day("2025-05-01"),
      occurredPrecision: "day",
      occurredText: "1 May 2025",
      status: "reported",
      firstReportedAt: day("2025-05-01"),
      knownFrom: day("2025-05-01"),
      citations: {
        create: {
          articleId: article.id,
          role: "first_report",
          attribution: "own_reporting",
          quote: "delayed its model again",
        },
      },
    },
  });
  // An article that cites none of the lab's events but plans a release of its model.
  const plans = await db.article.create({
    data: {
      url: `${URL_PREFIX}${slug}-plans`,
      title: `${slug} plans`,
      language: "en",
      body: `${slug} plans to release its model in the autumn, it said on ${PID}.`,
      contentHash: `cache-scope-${slug}-plans`,
      status: "published",
      publishedFrom: day("2025-04-01"),
      publishedTo: day("2025-04-01"),
      publishedPrecision: "day",
      commitments: {
        create: {
          modelId: model.id,
          sequence: 1,
          plannedFrom: day("2025-09-01"),
          plannedTo: day("2025-11-30"),
          plannedPrecision: "season",
          plannedText: "in the autumn",
          reportedAt: day("2025-04-01"),
        },
      },
    },
  });
  return { eventId: event.id, plansId: plans.id };
}

beforeAll(async () => {
  ({ eventId: eventA, plansId: planArticleA } = await makeLab(A));
  await makeLab(B);
});

afterAll(async () => {
  const labs = { slug: { in: [A, B] } };
  await db.event.deleteMany({ where: { lab: labs } });
  await db.releaseCommitment.deleteMany({ where: { model: { lab: labs } } });
  await db.article.deleteMany({ where: { url: { startsWith: URL_PREFIX } } });
  await db.model.deleteMany({ where: { lab: labs } });
  await db.lab.deleteMany({ where: labs });
});

beforeEach(() => resetRequest());

describe("a save expires only the pages it touched", () => {
  it("a lab page carries its own lab's tag only", async () => {
    expect([...(await labPageCacheTags(B))]).toEqual([tags.lab(B)]);
    // The recorder does see coarse tags where a read has them (the home page's slip board).
    expect(await recordCacheTags(() => findTopSlips({ today: TODAY, limit: 5 }))).toContain(tags.events);
  });

  it("saving lab A's event re-renders lab A's page, not lab B's", async () => {
    await signInAs("editor");
    const form = (await getEventForEdit(eventA))!.form;
    const result = await saveEvent({ ...form, title: `${A} delay, edited` });
    expect(result.ok).toBe(true);
    const expired = request.updatedTags;
    expect(overlap(await labPageCacheTags(A), expired)).not.toEqual([]);
    expect(overlap(await labPageCacheTags(B), expired)).toEqual([]);
    // And lab A's page reads the change.
    const page = await loadLabPage(A, { today: TODAY });
    expect(page?.events.items.map((e) => e.title)).toContain(`${A} delay, edited`);
  });

  it("saving an article that only plans lab A's model re-renders lab A's page, not lab B's", async () => {
    await signInAs("editor");
    const opened = (await getArticleForEdit(planArticleA))!;
    const result = await saveArticle({ ...opened.form, title: `${A} plans, edited` });
    expect(result.ok).toBe(true);
    const expired = request.updatedTags;
    // No event of lab A is cited: lab A's page is touched through its model's plan.
    expect(expired).toContain(tags.lab(A));
    expect(overlap(await labPageCacheTags(A), expired)).not.toEqual([]);
    expect(overlap(await labPageCacheTags(B), expired)).toEqual([]);
  });
});
