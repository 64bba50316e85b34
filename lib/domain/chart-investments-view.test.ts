import { describe, expect, it } from "vitest";
import { cite, moneyEvent } from "@/tests/support/money-events";
import { buildInvestmentsChart } from "./chart-investments";
import { investmentsDrawing, investmentsTablePage } from "./chart-investments-view";
import { fuzzyYear } from "./fuzzy-date";

const ev = (partial: Parameters<typeof moneyEvent>[0]) =>
  moneyEvent({ amountUsd: 1e9, amountKind: "capex", ...partial });

describe("investmentsDrawing", () => {
  it("keeps each event's first articles and says how many cite it, for bars and deals alike", () => {
    const cited = [cite(1), cite(2), cite(3), cite(4)];
    const chart = buildInvestmentsChart([
      ev({ id: 1, amountUsd: 5e9, citations: cited }),
      ev({ id: 2, amountKind: "deal_value", citations: cited, counterparty: { slug: "s", name: "Scale AI" }, percent: 49 }),
      ev({ id: 3, amountUsd: 2e9, citations: [cite(5)] }),
    ]);
    const drawing = investmentsDrawing(chart, 2);
    const events = drawing.segments.flatMap((s) => s.events);
    const big = events.find((e) => e.eventId === 1)!;
    expect(big.articles).toEqual([
      { id: 1, title: "A1", language: "de" },
      { id: 2, title: "A2", language: "de" },
    ]);
    expect(big.articleCount).toBe(4);
    const small = events.find((e) => e.eventId === 3)!;
    expect(small.articles).toHaveLength(1);
    expect(small.articleCount).toBeUndefined();
    expect(drawing.deals[0]).toMatchObject({ counterparty: "Scale AI", percent: 49, year: 2025, articleCount: 4 });
    expect(drawing.deals[0]!.articles).toHaveLength(2);
    // totals and rows are the chart's; segments name their lab by slug
    expect(drawing.segments.map((s) => [s.lab, s.totalUsd])).toEqual([["meta", 7e9]]);
    expect(drawing.rows).toEqual(chart.rows);
  });

  it("leaves out what the chart never draws (dates, kinds, publication days)", () => {
    const drawing = investmentsDrawing(buildInvestmentsChart([ev({ id: 1 })]));
    const event = drawing.segments[0]!.events[0]!;
    expect(Object.keys(event).sort()).toEqual(["amountUsd", "articles", "eventId", "qualifier", "title"]);
    expect(Object.keys(event.articles[0]!).sort()).toEqual(["id", "language", "title"]);
  });
});

describe("investmentsTablePage", () => {
  // Three years of one bar each and four deals in the last year: 7 rows.
  const chart = buildInvestmentsChart([
    ev({ id: 1, occurred: fuzzyYear(2023) }),
    ev({ id: 2, occurred: fuzzyYear(2024) }),
    ev({ id: 3, occurred: fuzzyYear(2025) }),
    ...[10, 11, 12, 13].map((id) => ev({ id, amountKind: "deal_value", occurred: fuzzyYear(2025) })),
  ]);

  it("shows the whole table when it fits under the cap", () => {
    const page = investmentsTablePage(chart, undefined, 7);
    expect(page.year).toBeNull();
    expect(page.years).toEqual([]);
    expect(page.segments).toHaveLength(3);
    expect(page.deals).toHaveLength(4);
  });

  it("shows one year at a time when it does not, the latest unless another is asked for", () => {
    const latest = investmentsTablePage(chart, undefined, 6);
    expect(latest.year).toBe(2025);
    expect(latest.years).toEqual([2023, 2024, 2025]);
    expect(latest.segments.map((s) => s.year)).toEqual([2025]);
    expect(latest.deals.map((d) => d.eventId)).toEqual([10, 11, 12, 13]);

    const older = investmentsTablePage(chart, 2023, 6);
    expect(older.year).toBe(2023);
    expect(older.segments.map((s) => s.year)).toEqual([2023]);
    expect(older.deals).toEqual([]);
  });

  it("reads a year without rows as the latest", () => {
    expect(investmentsTablePage(chart, 1999, 6).year).toBe(2025);
  });

  it("every row is on exactly one year's page", () => {
    const { years } = investmentsTablePage(chart, undefined, 1);
    const pages = years.map((y) => investmentsTablePage(chart, y, 1));
    expect(pages.flatMap((p) => p.segments)).toEqual(chart.segments);
    expect(pages.flatMap((p) => p.deals).sort((a, b) => a.eventId - b.eventId)).toEqual(chart.deals);
  });
});
