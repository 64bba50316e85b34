import { describe, expect, it } from "vitest";
import { cite, moneyEvent } from "@/tests/support/money-events";
import { buildInvestmentsChart, capInvestmentsChart, citingArticles, investmentsCsvRows, INVESTMENTS_CSV_HEADER } from "./chart-investments";
import { fuzzyMonthPart, fuzzyRange, fuzzyYear } from "./fuzzy-date";

const acme = { slug: "acme", name: "Acme" };
const ev = moneyEvent;

const capex2025 = ev({
  id: 1,
  amountUsd: 72e9,
  amountQualifier: "up_to",
  amountKind: "capex",
  // Three citations from three articles (and one article twice): still one $72B.
  citations: [cite(3, "2025-05-20"), cite(1), cite(2, "2025-05-18"), cite(1)],
});
const capex2024 = ev({ id: 2, occurred: fuzzyYear(2024), amountUsd: 40e9, amountQualifier: "about", amountKind: "capex" });
const scale = ev({
  id: 3,
  type: "acquisition",
  occurred: fuzzyMonthPart(2025, 6, "mid"),
  amountUsd: 14e9,
  amountQualifier: "more_than",
  amountKind: "deal_value",
  percent: 49,
  counterparty: { slug: "scale-ai", name: "Scale AI" },
});
const marketCap = ev({ id: 4, type: "stock_move", amountUsd: 2e12, amountQualifier: "almost", amountKind: "market_cap" });
const bonuses = ev({ id: 5, type: "hiring", amountUsd: 1e8, amountQualifier: "more_than", amountKind: "compensation" });
const acme2023 = ev({ id: 6, lab: acme, occurred: fuzzyYear(2023), amountUsd: 5e9, amountKind: "investment" });
const multiYear = ev({ id: 7, occurred: fuzzyRange("2025-01-01", "2027-12-31"), amountUsd: 6e11, amountKind: "investment" });
// announced in one month, spent over five years: the day is one year's, the money is not
const pledge = ev({ id: 8, occurred: fuzzyRange("2025-11-01", "2025-11-30"), amountUsd: 1e12, amountKind: "multi_year_plan" });

describe("buildInvestmentsChart", () => {
  const chart = buildInvestmentsChart([capex2025, capex2024, scale, marketCap, bonuses, acme2023, multiYear, pledge, capex2025]);

  it("stacks Meta's capex per year: about $40B in 2024, up to $72B in 2025, each counted once", () => {
    const meta2024 = chart.segments.find((s) => s.year === 2024 && s.lab.slug === "meta");
    const meta2025 = chart.segments.find((s) => s.year === 2025 && s.lab.slug === "meta");
    expect(meta2024?.totalUsd).toBe(40e9);
    expect(meta2025?.totalUsd).toBe(72e9);
    expect(meta2025?.events.map((e) => e.eventId)).toEqual([1]);
    expect(chart.rows.find((r) => r.year === "2025")?.values).toEqual({ meta: 72e9, acme: 0 });
  });

  it("never adds market values, pay packages or multi-year budgets to a bar", () => {
    const barTotal = chart.segments.reduce((sum, s) => sum + s.totalUsd, 0);
    expect(barTotal).toBe(40e9 + 72e9 + 5e9);
    expect(chart.excluded.map((x) => [x.eventId, x.reason])).toEqual([
      [4, "other_kind"],
      [5, "other_kind"],
      [7, "spans_years"],
      [8, "spans_years"],
    ]);
  });

  it("marks acquisitions and stakes as points, with stake and target", () => {
    expect(chart.deals).toHaveLength(1);
    expect(chart.deals[0]).toMatchObject({ eventId: 3, year: 2025, amountUsd: 14e9, qualifier: "more_than", percent: 49, counterparty: { name: "Scale AI" } });
  });

  it("fills the years in between and orders labs by total, largest first", () => {
    expect(chart.years).toEqual([2023, 2024, 2025]);
    expect(chart.rows.find((r) => r.year === "2023")?.values).toEqual({ meta: 0, acme: 5e9 });
    expect(chart.labs.map((l) => l.slug)).toEqual(["meta", "acme"]);
  });

  it("is empty for no amounts", () => {
    expect(buildInvestmentsChart([ev({ id: 9 })])).toEqual({
      years: [],
      labs: [],
      rows: [],
      segments: [],
      deals: [],
      excluded: [],
      excludedCount: 0,
      dealCount: 0,
    });
  });
});

describe("capInvestmentsChart", () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    ev({
      id: i + 1,
      lab: { slug: `lab-${i % 15}`, name: `Lab ${i % 15}` },
      amountUsd: (i + 1) * 1e9,
      amountKind: "capex",
      occurred: fuzzyYear(2025),
    }),
  );
  const deals = Array.from({ length: 5 }, (_, i) =>
    ev({ id: 100 + i, amountUsd: 1e9, amountKind: "deal_value", occurred: fuzzyYear(2024) }),
  );

  it("keeps every total exact while listing only the largest labs, events and the latest deals", () => {
    const full = buildInvestmentsChart([...many, ...deals]);
    const capped = capInvestmentsChart(full, { labs: 4, eventsPerSegment: 1, deals: 2 });
    const sum = (c: typeof full) => c.segments.reduce((t, s) => t + s.totalUsd, 0);
    expect(sum(capped)).toBe(sum(full));
    expect(capped.segments.reduce((t, s) => t + s.eventCount, 0)).toBe(30);
    expect(capped.labs).toHaveLength(5);
    expect(capped.labs.map((l) => l.name)).toContain("+11");
    expect(capped.segments.every((s) => s.events.length <= 1)).toBe(true);
    expect(capped.deals.map((d) => d.eventId)).toEqual([103, 104]);
    expect(capped.dealCount).toBe(5);
    // The largest event of the merged segment is the one listed.
    const other = capped.segments.find((s) => s.lab.slug === "__other_labs");
    expect(other?.events[0]?.amountUsd).toBe(Math.max(...(other ? full.segments.filter((s) => !capped.labs.some((l) => l.slug === s.lab.slug)).flatMap((s) => s.events.map((e) => e.amountUsd)) : [0])));
  });

  it("changes nothing when the chart is within the caps", () => {
    const full = buildInvestmentsChart(many.slice(0, 3));
    expect(capInvestmentsChart(full)).toEqual(full);
  });
});

describe("citingArticles", () => {
  it("lists each article once, earliest first", () => {
    expect(citingArticles(capex2025.citations).map((a) => a.id)).toEqual([1, 2, 3]);
  });
});

describe("investmentsCsvRows", () => {
  it("writes bars then deals, header-wide", () => {
    const rows = investmentsCsvRows(buildInvestmentsChart([capex2025, capex2024, scale, marketCap]));
    expect(rows.every((r) => r.length === INVESTMENTS_CSV_HEADER.length)).toBe(true);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ["bar", 2024, 40e9, "about"],
      ["bar", 2025, 72e9, "up_to"],
      ["deal", 2025, 14e9, "more_than"],
    ]);
    expect(rows[1]?.[10]).toBe("1 2 3");
  });
});
