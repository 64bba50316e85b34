import { parse as parseCsv } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "./support/database";
import { events as seedEvents } from "@/prisma/seed-data/events";

/**
 * The chart data read from the migrated, seeded database and served by the CSV/JSON routes: what
 * the chart pages draw. Expectations are derived from the seed facts where they can be.
 */

connectTestDatabase();

const { getInvestmentsChart, getInvestmentsPageChart, getLabShareCard, getSetbacksChart, getSlipChart } = await import(
  "@/lib/data/charts"
);
const { capInvestmentsChart } = await import("@/lib/domain/chart-investments");
const { GET: slipsRoute } = await import("@/app/api/v1/charts/slips/route");
const { GET: investmentsRoute } = await import("@/app/api/v1/charts/investments/route");
const { GET: setbacksRoute } = await import("@/app/api/v1/charts/setbacks/route");

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));

describe("getSlipChart", () => {
  it("returns Behemoth's three plans in order, the last one open-ended and running on to today", async () => {
    const chart = await getSlipChart({}, "2026-03-20");
    const behemoth = chart.models.find((m) => m.model.slug === "llama-4-behemoth");
    expect(behemoth?.plans.map((p) => [p.planned.text, p.planned.from, p.planned.to, p.planned.openEnd, p.runsUntil])).toEqual([
      ["Ende April (LlamaCon)", "2025-04-21", "2025-04-30", false, null],
      ["Juni", "2025-06-01", "2025-06-30", false, null],
      ["Herbst oder später", "2025-09-01", "2025-11-30", true, "2026-03-20"],
    ]);
    // Plans 1 and 2 come from one article, plan 3 from another: each bar links to its own.
    expect(new Set(behemoth?.plans.map((p) => p.article.id)).size).toBe(2);
  });

  it("honours the lab filter and asOf", async () => {
    expect((await getSlipChart({ lab: ["xai"] }, "2026-03-20")).models).toEqual([]);
    expect((await getSlipChart({ asOf: "2025-05-01" }, "2025-05-01")).models).toEqual([]);
  });
});

describe("getInvestmentsChart", () => {
  it("counts each seeded amount once, per kind, never market values or pay", async () => {
    const chart = await getInvestmentsChart({});
    const barKinds = new Set(["capex", "investment"]);
    const expectedBarTotal = seedEvents
      .filter((e) => e.amountUsd && e.amountKind && barKinds.has(e.amountKind))
      .reduce((s, e) => s + (e.amountUsd ?? 0), 0);
    expect(chart.segments.reduce((s, x) => s + x.totalUsd, 0)).toBe(expectedBarTotal);
    expect(chart.segments.find((s) => s.year === 2025 && s.lab.slug === "meta")?.totalUsd).toBe(72e9);
    expect(chart.segments.find((s) => s.year === 2024 && s.lab.slug === "meta")?.totalUsd).toBe(40e9);
    expect(chart.deals.map((d) => [d.counterparty?.slug, d.amountUsd, d.percent])).toEqual([["scale-ai", 14e9, 49]]);
    expect(chart.excluded.map((x) => x.kind).sort()).toEqual(["compensation", "market_cap"]);
  });
});

describe("getInvestmentsPageChart", () => {
  it("draws what the capped chart of every event draws: totals, listed events, deals and the counts", async () => {
    // The summary-table path (totals from lab_year_amounts, one pass for the listed ids and the
    // counts) must agree with reading every event and capping.
    const page = await getInvestmentsPageChart({});
    const full = capInvestmentsChart(await getInvestmentsChart({}));
    const shape = (c: typeof page) => ({
      segments: c.segments.map((s) => [s.year, s.lab.slug, s.totalUsd, s.eventCount, s.events.map((e) => e.eventId)]),
      deals: c.deals.map((d) => d.eventId),
      dealCount: c.dealCount,
      excludedCount: c.excludedCount,
    });
    expect(shape(page)).toEqual(shape(full));
    expect(page.dealCount).toBeGreaterThan(0);
    expect(page.excludedCount).toBeGreaterThan(0);
    expect(page.segments.some((s) => s.events.length > 0)).toBe(true);
  });

  it("answers an empty chart for a lab filter that names no known lab (once a 500 from an empty IN list)", async () => {
    const chart = await getInvestmentsPageChart({ lab: ["no-such-lab"] });
    const meta = await getInvestmentsPageChart({ lab: ["meta"] });
    expect(JSON.stringify(chart)).not.toContain("meta");
    expect(JSON.stringify(meta)).toContain("meta");
  });
});

describe("getSetbacksChart", () => {
  it("counts every setback-type seed event once across the months", async () => {
    const chart = await getSetbacksChart({}, "count");
    const setbackTypes = new Set(["investment", "acquisition", "hiring"]);
    const expected = seedEvents.filter((e) => !setbackTypes.has(e.type)).length;
    expect(chart.rows.reduce((s, r) => s + r.total, 0)).toBe(expected);
    expect(chart.total).toBe(expected);
  });
});

describe("getLabShareCard", () => {
  it("sums up Meta and says null for an unknown lab", async () => {
    const card = await getLabShareCard("meta", "2026-03-20");
    expect(card?.lab.name).toBe("Meta");
    expect(card?.facts.slips[0]?.model).toBe("Llama 4 Behemoth");
    expect(card?.facts.latestSpend).toEqual({ year: 2025, totalUsd: 72e9, qualifier: "up_to" });
    expect(await getLabShareCard("no-such-lab", "2026-03-20")).toBeNull();
  });
});

describe("chart routes", () => {
  it("serve CSV attachments whose rows match the JSON", async () => {
    const res = await investmentsRoute(req("/api/v1/charts/investments?format=csv&lab=meta"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("slipwatch-investments.csv");
    const [header, ...rows] = parseCsv(await res.text()) as string[][];
    const json = (await (await investmentsRoute(req("/api/v1/charts/investments?lab=meta"))).json()) as { segments: unknown[]; deals: unknown[] };
    expect(header?.[0]).toBe("series");
    expect(rows).toHaveLength(json.segments.length + json.deals.length);
  });

  it("answer a bad filter with a 400 that names it", async () => {
    const res = await slipsRoute(req("/api/v1/charts/slips?asOf=2025-02-30"));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("asOf");
    expect((await setbacksRoute(req("/api/v1/charts/setbacks?mode=pie"))).status).toBe(400);
    expect((await setbacksRoute(req("/api/v1/charts/setbacks?format=xml"))).status).toBe(400);
  });

  it("give shares that add up to one per month with events", async () => {
    const res = await setbacksRoute(req("/api/v1/charts/setbacks?format=csv&mode=share"));
    const [header = [], ...rows] = parseCsv(await res.text()) as string[][];
    const typeCols = header.map((h, i) => [h, i] as const).filter(([h]) => h !== "month" && h !== "total");
    for (const r of rows.filter((row) => Number(row.at(-1)) > 0)) {
      expect(typeCols.reduce((s, [, i]) => s + Number(r[i]), 0)).toBeCloseTo(1, 3);
    }
  });
});
