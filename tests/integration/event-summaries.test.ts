import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";

/**
 * The summary tables (event_month_counts, lab_year_amounts) follow every write in the same
 * transaction: a save, a batch import, a soft delete, a move to another month, a hard delete.
 * After each, the incrementally kept rows equal a full rebuild, and the chart reads see the change.
 */

const db = await openTestDatabase();
const { getSetbacksChart, getInvestmentsPageChart, getInvestmentsChart } = await import("@/lib/data/charts");
const { findLabs } = await import("@/lib/data/labs");

const LAB = `summary-test-lab-${process.pid}`;
let labId = 0;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = {
  summary: "S",
  occurredPrecision: "day" as const,
  occurredText: "x",
  status: "reported" as const,
  // Public: a published article cites it (known_from set, docs/decisions/007). The summary tables
  // count public events only, as every public read does.
  knownFrom: day("2025-07-01"),
};

async function summaryRows() {
  const months = await db.eventMonthCount.findMany({
    where: { labId },
    orderBy: [{ month: "asc" }, { type: "asc" }],
  });
  const amounts = await db.labYearAmount.findMany({
    where: { labId },
    orderBy: [{ year: "asc" }, { kind: "asc" }],
  });
  return {
    months: months.map((m) => [m.month.toISOString().slice(0, 7), m.type, m.status, m.events]),
    amounts: amounts.map((a) => [a.year, a.kind, a.events, Number(a.totalUsd)]),
  };
}

/** The incremental rows must equal what a full rebuild computes from the events. */
async function expectConsistent() {
  const incremental = await summaryRows();
  await db.$executeRaw`SELECT refresh_event_summaries()`;
  expect(await summaryRows()).toEqual(incremental);
  return incremental;
}

const labSetbacks = async () =>
  (await getSetbacksChart({ lab: [LAB] }, "count")).rows.map((r) => [r.month, r.total]);

beforeAll(async () => {
  labId = (await db.lab.create({ data: { slug: LAB, name: "Summary Test Lab" } })).id;
});
afterAll(async () => {
  await db.event.deleteMany({ where: { labId } });
  await db.lab.delete({ where: { id: labId } });
});

describe("summary tables", () => {
  it("count a saved event in its setback month and its amount in its year", async () => {
    expect(await labSetbacks()).toEqual([]);
    await db.$transaction([
      db.event.create({
        data: {
          ...base,
          type: "delay",
          labId,
          title: "D1",
          occurredFrom: day("2025-03-04"),
          occurredTo: day("2025-03-04"),
        },
      }),
      // Not public yet (only a draft cites it): counted nowhere.
      db.event.create({
        data: {
          ...base,
          knownFrom: null,
          type: "delay",
          labId,
          title: "Draft-only",
          occurredFrom: day("2025-03-05"),
          occurredTo: day("2025-03-05"),
        },
      }),
      db.event.create({
        data: {
          ...base,
          type: "investment",
          labId,
          title: "I1",
          occurredFrom: day("2025-06-01"),
          occurredTo: day("2025-06-30"),
          amountUsd: 2_000_000_000,
          amountKind: "capex",
        },
      }),
    ]);
    const rows = await expectConsistent();
    expect(rows.months).toEqual([
      ["2025-03", "delay", "reported", 1],
      ["2025-06", "investment", "reported", 1],
    ]);
    expect(rows.amounts).toEqual([[2025, "capex", 1, 2_000_000_000]]);
    expect(await labSetbacks()).toEqual([["2025-03", 1]]);
    expect((await findLabs()).find((l) => l.slug === LAB)?.eventCount).toBe(2);
  });

  it("follow a batch import, an edit that moves an event and a soft delete", async () => {
    await db.event.createMany({
      data: [1, 2, 3].map((n) => ({
        ...base,
        type: "layoff" as const,
        labId,
        title: `L${n}`,
        occurredFrom: day("2025-03-10"),
        occurredTo: day("2025-03-10"),
      })),
    });
    expect(await labSetbacks()).toEqual([["2025-03", 4]]);
    const moved = await db.event.findFirstOrThrow({ where: { labId, title: "L1" } });
    // "2025", first reported in April: it counts in April, when it was known to have happened.
    await db.event.update({
      where: { id: moved.id },
      data: {
        occurredFrom: day("2025-01-01"),
        occurredTo: day("2025-12-31"),
        firstReportedAt: day("2025-04-20"),
      },
    });
    await db.event.updateMany({ where: { labId, title: "L2" }, data: { deletedAt: new Date() } });
    const rows = await expectConsistent();
    expect(rows.months).toEqual([
      ["2025-03", "delay", "reported", 1],
      ["2025-03", "layoff", "reported", 1],
      ["2025-04", "layoff", "reported", 1],
      ["2025-06", "investment", "reported", 1],
    ]);
    expect(await labSetbacks()).toEqual([
      ["2025-03", 2],
      ["2025-04", 1],
    ]);
  });

  it("drop rows that reach zero on delete, and the investments page shows the summary totals", async () => {
    const full = await getInvestmentsChart({ lab: [LAB] });
    const page = await getInvestmentsPageChart({ lab: [LAB] });
    expect(page.segments.map((s) => [s.year, s.totalUsd, s.eventCount])).toEqual(
      full.segments.map((s) => [s.year, s.totalUsd, s.eventCount]),
    );
    expect(page.segments[0]?.events.map((e) => e.title)).toEqual(["I1"]);
    await db.event.deleteMany({ where: { labId, type: "investment" } });
    const rows = await expectConsistent();
    expect(rows.amounts).toEqual([]);
    expect(rows.months.some((m) => m[1] === "investment")).toBe(false);
    expect((await getInvestmentsPageChart({ lab: [LAB] })).segments).toEqual([]);
  });
});
