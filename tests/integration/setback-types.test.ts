import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * One list of setback types for every view: a lawsuit (`other`) once counted on the setbacks chart
 * but not on its lab's page, which said "No setbacks" beside a timeline showing the lawsuit.
 */

const db = await openTestDatabase();
const { recomputeFirstReported } = await import("@/lib/write/first-reported");
const { getLabFacts } = await import("@/lib/data/lab-overview");
const { getSetbacksChart } = await import("@/lib/data/charts");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const window = { since: "2026-01-01", until: "2026-12-31" };
const slug = "setback-types-lab";

let labId = 0;
let articleId = 0;

beforeAll(async () => {
  labId = (await db.lab.create({ data: { slug, name: "Setback Types Lab" } })).id;
  articleId = (
    await db.article.create({
      data: {
        title: "Setback types: lab sued",
        language: "en",
        body: "Authors sued the lab.",
        contentHash: "setback-types-1",
        status: "published",
        publishedFrom: day("2026-03-02"),
        publishedTo: day("2026-03-02"),
        publishedPrecision: "day",
      },
    })
  ).id;
  const ids: number[] = [];
  for (const [type, title] of [
    ["other", "Setback types: authors sue"],
    ["hiring", "Setback types: hires a chief scientist"],
  ] as const) {
    const event = await db.event.create({
      data: {
        type,
        labId,
        title,
        summary: title,
        occurredFrom: day("2026-03-01"),
        occurredTo: day("2026-03-01"),
        occurredPrecision: "day",
        occurredText: "1 March 2026",
        status: "reported",
        citations: {
          create: [
            { articleId, role: "first_report", quote: "Authors sued the lab.", attribution: "own_reporting" },
          ],
        },
      },
    });
    ids.push(event.id);
  }
  await db.$transaction((tx) => recomputeFirstReported(tx, ids));
});

afterAll(async () => {
  await db.event.deleteMany({ where: { labId } });
  await db.article.deleteMany({ where: { id: articleId } });
  await db.lab.deleteMany({ where: { id: labId } });
});

describe("a lawsuit (type other) and a hire", () => {
  it("the lab page counts the lawsuit as a setback and names it the latest, not the hire", async () => {
    const facts = await getLabFacts(slug, window);
    expect(facts.setbacksByType).toEqual([{ type: "other", count: 1 }]);
    expect(facts.latestSetback).toMatchObject({ type: "other", title: "Setback types: authors sue" });
  });

  it("the setbacks chart counts the same one event", async () => {
    const chart = await getSetbacksChart({ lab: [slug] }, "count");
    expect(chart.rows.reduce((n, r) => n + r.total, 0)).toBe(1);
  });
});
