import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * Issue 10 §4: a denied claim stays on record (listed, marked) but leaves setback counts, figures,
 * status lines and charts — unless the reader includes it (claims: "all").
 */

const db = await openTestDatabase();
const { recomputeFirstReported } = await import("@/lib/write/first-reported");
const { getLabFacts } = await import("@/lib/data/lab-overview");
const { findLabs } = await import("@/lib/data/labs");
const { getSetbacksChart, getLabShareCard } = await import("@/lib/data/charts");
const { findReaderEvents } = await import("@/lib/data/reader-events");

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const total = (rows: { total: number }[]) => rows.reduce((n, r) => n + r.total, 0);
const window = { since: "2025-01-01", until: "2026-12-31" };

let articleId = 0;
let eventId = 0;
let before: { layoffs: number; labCount: number; chart: number; card: string } | null = null;

async function measure() {
  const facts = await getLabFacts("meta", window);
  return {
    layoffs: facts.setbacksByType.find((s) => s.type === "layoff")?.count ?? 0,
    labCount: (await findLabs()).find((l) => l.slug === "meta")?.eventCount ?? 0,
    chart: total((await getSetbacksChart({ lab: ["meta"] }, "count")).rows),
    card: JSON.stringify((await getLabShareCard("meta", "2026-12-31"))?.facts),
  };
}

beforeAll(async () => {
  before = await measure();
  const meta = await db.lab.findUniqueOrThrow({ where: { slug: "meta" } });
  articleId = (
    await db.article.create({
      data: {
        title: "Trust: Meta denies layoff report",
        language: "en",
        body: "Meta denied it.",
        contentHash: "trust-claims-1",
        status: "published",
        publishedFrom: day("2026-04-02"),
        publishedTo: day("2026-04-02"),
        publishedPrecision: "day",
      },
    })
  ).id;
  eventId = (
    await db.event.create({
      data: {
        type: "layoff",
        labId: meta.id,
        title: "Trust: denied layoff of 500",
        summary: "Denied.",
        headcount: 500,
        occurredFrom: day("2026-04-01"),
        occurredTo: day("2026-04-01"),
        occurredPrecision: "day",
        occurredText: "1 April 2026",
        status: "denied",
        citations: {
          create: [
            { articleId, role: "first_report", quote: "Meta denied it.", attribution: "own_reporting" },
          ],
        },
      },
    })
  ).id;
  await db.$transaction((tx) => recomputeFirstReported(tx, [eventId]));
});

afterAll(async () => {
  await db.event.deleteMany({ where: { id: eventId } });
  await db.article.deleteMany({ where: { id: articleId } });
});

describe("a denied layoff", () => {
  it("leaves the lab's setback figures, its event count, the setbacks chart and the share card as they were", async () => {
    expect(await measure()).toEqual(before);
  });

  it("is included when the reader asks for all claims", async () => {
    const facts = await getLabFacts("meta", { ...window, claims: "all" });
    expect(facts.setbacksByType.find((s) => s.type === "layoff")?.count).toBe((before?.layoffs ?? 0) + 1);
    const chart = await getSetbacksChart({ lab: ["meta"], claims: "all" }, "count");
    expect(total(chart.rows)).toBe((before?.chart ?? 0) + 1);
  });

  it("stays on record in event lists, marked denied", async () => {
    const listed = (await findReaderEvents({ lab: ["meta"], type: ["layoff"] })).items.find(
      (e) => e.id === eventId,
    );
    expect(listed?.status).toBe("denied");
  });

  it("is not the lab's latest setback in its status line", async () => {
    const facts = await getLabFacts("meta", window);
    expect(facts.latestSetback?.id).not.toBe(eventId);
  });
});
