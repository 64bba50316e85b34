import { describe, expect, it } from "vitest";
import { shareCardFacts, type ShareCardEvent } from "./chart-share-card";
import { buildSlipChart } from "./chart-slips";
import { fuzzyMonth, fuzzyMonthPart, fuzzySeason, fuzzyYear } from "./fuzzy-date";

const meta = { slug: "meta", name: "Meta" };
const base = (id: number, p: Partial<ShareCardEvent>): ShareCardEvent => ({
  id,
  type: "delay",
  title: `event ${id}`,
  lab: meta,
  counterparty: null,
  occurred: fuzzyMonth(2025, 5),
  amountUsd: null,
  amountQualifier: null,
  amountKind: null,
  percent: null,
  citations: [],
  firstReportedAt: "2025-05-15",
  ...p,
});

const events: ShareCardEvent[] = [
  base(1, { title: "Behemoth delayed" }),
  base(2, { type: "layoff", title: "Job cuts", occurred: fuzzyMonth(2026, 3), firstReportedAt: "2026-03-01" }),
  base(3, { type: "investment", occurred: fuzzyYear(2024), amountUsd: 40e9, amountQualifier: "about", amountKind: "capex" }),
  base(4, { type: "investment", occurred: fuzzyYear(2025), amountUsd: 72e9, amountQualifier: "up_to", amountKind: "capex" }),
  base(5, { type: "acquisition", amountUsd: 14e9, amountQualifier: "more_than", amountKind: "deal_value", percent: 49 }),
  base(6, { type: "stock_move", amountUsd: 2e12, amountKind: "market_cap" }),
  base(7, { lab: { slug: "xai", name: "xAI" }, type: "architecture_problem", firstReportedAt: "2026-03-01" }),
];

const slips = buildSlipChart(
  [
    {
      model: { slug: "llama-4-behemoth", name: "Llama 4 Behemoth" },
      lab: meta,
      commitments: [
        { sequence: 1, planned: fuzzyMonthPart(2025, 4, "late"), reportedAt: "2025-05-15", article: { id: 1, title: "a", language: "de" } },
        { sequence: 2, planned: fuzzySeason(2025, "fall", undefined, true), reportedAt: "2025-05-15", article: { id: 2, title: "b", language: "de" } },
      ],
      released: null,
    },
  ],
  "2026-03-20",
);

describe("shareCardFacts", () => {
  const facts = shareCardFacts("meta", events, slips, "2026-03-20");

  it("counts the lab's own setbacks, not money moves or other labs", () => {
    expect(facts.setbacks).toBe(3); // delay, layoff, stock move
    expect(facts.recentSetbacks).toBe(1);
    expect(facts.latestSetback?.title).toBe("Job cuts");
  });

  it("names the slipping model, the latest year's spending and the biggest deal", () => {
    expect(facts.slips.map((s) => [s.model, s.revisions, s.first.from, s.latest.openEnd])).toEqual([
      ["Llama 4 Behemoth", 1, "2025-04-21", true],
    ]);
    expect(facts.latestSpend).toEqual({ year: 2025, totalUsd: 72e9, qualifier: "up_to" });
    expect(facts.biggestDeal).toMatchObject({ amountUsd: 14e9, percent: 49 });
  });

  it("says nothing it does not have", () => {
    const empty = shareCardFacts("runway", events, slips, "2026-03-20");
    expect(empty).toEqual({ setbacks: 0, recentSetbacks: 0, latestSetback: null, slips: [], latestSpend: null, biggestDeal: null });
  });
});
