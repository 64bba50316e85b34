import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * Issue 10 §9–10 and the undated-release defect, through lib/data and the API on the seed data
 * (Behemoth: "Ende April" → "Juni" → "Herbst oder später", articles certainly out by 31 May 2025),
 * then on a lab of this file's own (removed afterwards): a late release, an undated release, and a
 * plan only a draft reported.
 */

const db = await openTestDatabase();
const { getLabScorecard, findScorecards } = await import("@/lib/data/scorecards");
const { getSlipChart } = await import("@/lib/data/charts");
const { GET: getLabRoute } = await import("@/app/api/v1/labs/[slug]/route");
const { GET: getScorecardsRoute } = await import("@/app/api/v1/scorecards/route");
const R = await import("@/lib/openapi/response-schemas");

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const labParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("Meta's scorecard on the seed data", () => {
  it("rules Behemoth's end-of-April 2025 plan missed, with the rule beside it", async () => {
    const card = await getLabScorecard("meta", { today: "2026-11-27" });
    const behemoth = card?.models.find((m) => m.model.slug === "llama-4-behemoth");
    expect(behemoth?.rulings.map((r) => [r.sequence, r.deadline, r.ruling, r.reason])).toEqual([
      [1, "2025-04-30", "missed", "not_shipped"],
      [2, "2025-06-30", "missed", "not_shipped"],
      [3, "2025-11-30", "missed", "not_shipped"],
    ]);
    expect(behemoth?.overdueDays).toBe(362); // 30 Nov 2025 → 27 Nov 2026
    expect(card).toMatchObject({ met: 0, missed: 3, resolved: 3, keptPercent: 0 });
  });

  it("as of a past day knows only the plans reported by then, and judges as of that day", async () => {
    const may31 = await getLabScorecard("meta", { asOf: "2025-05-31", today: "2025-05-31" });
    expect(may31?.models.find((m) => m.model.slug === "llama-4-behemoth")?.rulings.map((r) => r.ruling)).toEqual([
      "missed",
      "open",
      "open",
    ]);
    expect(may31).toMatchObject({ met: 0, missed: 1, open: 2, keptPercent: 0, overdueDays: 0 });
    // Before any seed article had certainly appeared: no plans, so Meta is not on the board.
    const may10 = await getLabScorecard("meta", { asOf: "2025-05-10", today: "2025-05-10" });
    expect(may10?.models).toEqual([]);
    expect((await findScorecards({ asOf: "2025-05-10", today: "2025-05-10" })).map((c) => c.lab.slug)).not.toContain(
      "meta",
    );
    expect((await findScorecards({ today: "2026-11-27" })).map((c) => c.lab.slug)).toContain("meta");
  });

  it("/api/v1/labs/meta includes the scorecard, documented and worded", async () => {
    const res = await getLabRoute(req("/api/v1/labs/meta"), labParams("meta"));
    expect(res.status).toBe(200);
    const body = R.LabDetailSchema.parse(await res.json());
    const first = body.scorecard.models.find((m) => m.model.slug === "llama-4-behemoth")?.rulings[0];
    expect(first).toMatchObject({ ruling: "missed", deadline: "2025-04-30" });
    expect(first?.rule).toMatch(/^planned by .*April 2025; shipped —: missed, period ended 30 April 2025/);
    const past = R.LabDetailSchema.parse(await (await getLabRoute(req("/api/v1/labs/meta?asOf=2025-05-31"), labParams("meta"))).json());
    expect(past.scorecard.open).toBe(2);
    expect((await getLabRoute(req("/api/v1/labs/meta?asOf=nope"), labParams("meta"))).status).toBe(400);
  });

  it("/api/v1/scorecards answers every lab with plans, sorted, and refuses a bad sort", async () => {
    const res = await getScorecardsRoute(req("/api/v1/scorecards?asOf=2025-07-01&sort=overdue"));
    expect(res.status).toBe(200);
    const body = R.ScorecardListSchema.parse(await res.json());
    expect(body).toMatchObject({ today: "2025-07-01", asOf: "2025-07-01", sort: "overdue" });
    const meta = body.items.find((c) => c.lab.slug === "meta");
    // 1 July 2025: end of April and June have passed, fall is still ahead.
    expect(meta).toMatchObject({ missed: 2, open: 1, overdueDays: 0 });
    const overdue = body.items.map((c) => c.overdueDays);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect((await getScorecardsRoute(req("/api/v1/scorecards?sort=sideways"))).status).toBe(400);
  });
});

describe("a lab of this file's own: late, undated and draft-only plans", () => {
  const labSlug = "scorecard-test-lab";
  const ids: { articles: number[] } = { articles: [] };

  beforeAll(async () => {
    const lab = await db.lab.create({ data: { slug: labSlug, name: "Scorecard Test Lab" } });
    const article = async (title: string, status: "published" | "draft", published: string) => {
      const a = await db.article.create({
        data: {
          title,
          language: "en",
          body: `${title} body`,
          contentHash: `scorecard-${title}`,
          status,
          publishedFrom: day(published),
          publishedTo: day(published),
          publishedPrecision: "day",
        },
      });
      ids.articles.push(a.id);
      return a.id;
    };
    const early = await article("Scorecard plans", "published", "2024-01-10");
    const draft = await article("Scorecard draft", "draft", "2024-01-12");
    const launch = await article("Scorecard launch", "published", "2024-06-16");
    const late = await db.model.create({ data: { slug: "scorecard-late", name: "Late One", labId: lab.id, status: "released" } });
    const undated = await db.model.create({
      data: { slug: "scorecard-undated", name: "Undated One", labId: lab.id, status: "released" },
    });
    const plan = (modelId: number, sequence: number, from: string, to: string, text: string, articleId: number) =>
      db.releaseCommitment.create({
        data: {
          modelId,
          sequence,
          plannedFrom: day(from),
          plannedTo: day(to),
          plannedPrecision: "month",
          plannedText: text,
          articleId,
          reportedAt: day("2024-01-10"),
        },
      });
    await plan(late.id, 1, "2024-03-01", "2024-03-31", "March 2024", early);
    await plan(late.id, 2, "2024-06-01", "2024-06-30", "June 2024", early);
    // Only a draft reports this plan: it must count nowhere.
    await plan(late.id, 3, "2024-01-01", "2024-01-31", "January 2024", draft);
    await db.modelStatusChange.create({
      data: {
        modelId: late.id,
        status: "released",
        atFrom: day("2024-06-15"),
        atTo: day("2024-06-15"),
        atPrecision: "day",
        atText: "15 June 2024",
        articleId: launch,
      },
    });
    await db.releaseCommitment.create({
      data: {
        modelId: undated.id,
        sequence: 1,
        plannedFrom: day("2024-01-01"),
        plannedTo: day("2024-03-31"),
        plannedPrecision: "quarter",
        plannedText: "Q1 2024",
        articleId: early,
        reportedAt: day("2024-01-10"),
      },
    });
  });

  afterAll(async () => {
    await db.model.deleteMany({ where: { lab: { slug: labSlug } } });
    await db.article.deleteMany({ where: { id: { in: ids.articles } } });
    await db.lab.deleteMany({ where: { slug: labSlug } });
  });

  it("rules a late release missed, an in-time one met, an undated one not at all, and ignores the draft", async () => {
    const card = await getLabScorecard(labSlug, { today: "2026-11-27" });
    const late = card?.models.find((m) => m.model.slug === "scorecard-late");
    expect(late?.rulings.map((r) => [r.sequence, r.ruling, r.reason, r.daysLate])).toEqual([
      [1, "missed", "shipped_late", 76], // 31 Mar → 15 Jun 2024
      [2, "met", "shipped_in_time", 0],
    ]);
    const undated = card?.models.find((m) => m.model.slug === "scorecard-undated");
    expect(undated).toMatchObject({ releasedDateUnknown: true, overdueDays: 0 });
    expect(undated?.rulings.map((r) => r.ruling)).toEqual(["unknown"]);
    expect(card).toMatchObject({ met: 1, missed: 1, unknown: 1, resolved: 2, keptPercent: 50, overdueDays: 0 });
  });

  it("never shows a release nobody dated as overdue on the slip chart (Gemini 1.0, Windows Recall, Alexa+)", async () => {
    const chart = await getSlipChart({ lab: [labSlug] }, "2026-11-27");
    const undated = chart.models.find((m) => m.model.slug === "scorecard-undated");
    expect(undated?.slip).toMatchObject({ isOpen: false, releasedDateUnknown: true, overdueDays: 0 });
    expect(undated?.plans.every((p) => p.runsUntil === null)).toBe(true);
  });

  it("as of a day before the release, the late model's plans are judged without it", async () => {
    const card = await getLabScorecard(labSlug, { asOf: "2024-04-15", today: "2024-04-15" });
    const late = card?.models.find((m) => m.model.slug === "scorecard-late");
    expect(late?.rulings.map((r) => [r.ruling, r.reason])).toEqual([
      ["missed", "not_shipped"],
      ["open", "period_running"],
    ]);
    expect(late?.overdueDays).toBe(0);
  });
});
