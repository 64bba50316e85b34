import { describe, expect, it } from "vitest";
import { fuzzyRange, fuzzyYear } from "./fuzzy-date";
import { amountsByYear, combineQualifiers } from "./lab-figures";

describe("combineQualifiers", () => {
  it("keeps a single or uniform qualifier and weakens a mix", () => {
    expect(combineQualifiers(["up_to"])).toBe("up_to");
    expect(combineQualifiers([null, "exact"])).toBe("exact");
    expect(combineQualifiers(["exact", "more_than"])).toBe("at_least");
    expect(combineQualifiers(["up_to", "exact"])).toBe("up_to");
    expect(combineQualifiers(["up_to", "about"])).toBe("about");
  });
});

describe("amountsByYear", () => {
  it("sums capex per year, newest first, and leaves other kinds and multi-year periods out", () => {
    const rows = amountsByYear([
      { eventId: 1, occurred: fuzzyYear(2025), amountUsd: 72e9, qualifier: "up_to", kind: "capex" },
      { eventId: 2, occurred: fuzzyYear(2024), amountUsd: 40e9, qualifier: "about", kind: "capex" },
      { eventId: 3, occurred: fuzzyYear(2024), amountUsd: 5e9, qualifier: "exact", kind: "capex" },
      { eventId: 4, occurred: fuzzyYear(2025), amountUsd: 14e9, qualifier: "more_than", kind: "deal_value" },
      {
        eventId: 5,
        occurred: fuzzyRange("2024-06-01", "2025-06-01"),
        amountUsd: 1e9,
        qualifier: null,
        kind: "capex",
      },
    ]);
    expect(rows).toEqual([
      { year: 2025, kind: "capex", totalUsd: 72e9, qualifier: "up_to", eventIds: [1] },
      { year: 2024, kind: "capex", totalUsd: 45e9, qualifier: "about", eventIds: [2, 3] },
    ]);
  });
});
