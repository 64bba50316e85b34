import { describe, expect, it } from "vitest";
import { fuzzyDay, fuzzyMonth, fuzzyMonthPart, fuzzySeason, orLater } from "./fuzzy-date";
import {
  countOpenDelays,
  deriveLabStatus,
  describeLabStatus,
  lastTwelveMonths,
  type StatusModel,
} from "./lab-status";

const behemoth: StatusModel = {
  slug: "llama-4-behemoth",
  name: "Llama 4 Behemoth",
  status: "delayed",
  reportCount: 1,
  lifecycle: [
    { status: "announced", at: fuzzyMonthPart(2025, 4, "early") },
    { status: "delayed", at: fuzzyMonth(2025, 5) },
  ],
  commitments: [
    { sequence: 1, planned: fuzzyMonthPart(2025, 4, "late"), reportedAt: "2025-05-15" },
    { sequence: 2, planned: fuzzyMonth(2025, 6), reportedAt: "2025-05-15" },
    { sequence: 3, planned: orLater(fuzzySeason(2025, "fall")), reportedAt: "2025-05-15" },
  ],
};
const released: StatusModel = {
  slug: "maverick",
  name: "Maverick",
  status: "released",
  reportCount: 0,
  lifecycle: [{ status: "released", at: fuzzyMonthPart(2025, 4, "early") }],
  commitments: [],
};
const rebuild = {
  id: 9,
  type: "architecture_problem",
  title: "xAI must rebuild its models",
  occurred: fuzzyMonth(2026, 3),
  reportCount: 1,
};

describe("deriveLabStatus", () => {
  it("leads with the model whose plan slipped furthest", () => {
    const s = deriveLabStatus({ models: [released, behemoth], latestSetback: rebuild, today: "2026-01-01" });
    expect(describeLabStatus(s, "en")).toBe(
      "Llama 4 Behemoth: slipped from end of April 2025 to fall 2025 or later (2 revisions); 1 independent source",
    );
    expect(describeLabStatus(s, "de")).toBe(
      "Llama 4 Behemoth: verschoben von Ende April 2025 auf Herbst 2025 oder später (2 Änderungen); 1 unabhängige Quelle",
    );
  });

  it("falls back to the latest setback when no plan slipped", () => {
    const s = deriveLabStatus({ models: [released], latestSetback: rebuild, today: "2026-04-01" });
    expect(s.kind).toBe("setback");
    expect(
      describeLabStatus(s, "en", (t) => (t === "architecture_problem" ? "Architecture problem" : t)),
    ).toBe("Latest setback (Architecture problem, March 2026): xAI must rebuild its models; 1 independent source");
  });

  it("says so when nothing was reported", () => {
    const s = deriveLabStatus({ models: [], latestSetback: null, today: "2026-04-01" });
    expect(describeLabStatus(s, "de")).toBe("Keine Rückschläge gemeldet");
  });
});

describe("countOpenDelays", () => {
  it("counts delayed or slipped unreleased models only", () => {
    expect(countOpenDelays([behemoth, released], "2026-01-01")).toBe(1);
    const shipped = {
      ...behemoth,
      lifecycle: [...behemoth.lifecycle, { status: "released", at: fuzzyDay("2025-12-01") }],
    };
    expect(countOpenDelays([shipped], "2026-01-01")).toBe(0);
  });
});

describe("lastTwelveMonths", () => {
  it("spans one year ending today", () => {
    expect(lastTwelveMonths("2026-11-23")).toEqual({ from: "2025-11-24", to: "2026-11-23" });
    expect(lastTwelveMonths("2028-02-29")).toEqual({ from: "2027-03-01", to: "2028-02-29" });
  });
});
