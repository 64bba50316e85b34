import { describe, expect, it } from "vitest";
import { filtersToSearch, parseReaderFilters } from "./reader-filters";

describe("reader filters", () => {
  it("parse several companies and types and keep good values from a bad link", () => {
    const f = parseReaderFilters({
      lab: ["xai", "meta"],
      type: "delay,nope",
      lang: "fr",
      asOf: "2025-13-01",
      q: "  ",
    });
    expect(f).toMatchObject({
      lab: ["xai", "meta"],
      type: ["delay"],
      lang: [],
      asOf: undefined,
      q: undefined,
    });
  });

  it("swap a reversed date range", () => {
    expect(parseReaderFilters({ from: "2026-01-01", to: "2025-01-01" })).toMatchObject({
      from: "2025-01-01",
      to: "2026-01-01",
    });
  });

  it("round-trip to a query string that reproduces the view", () => {
    const f = parseReaderFilters({
      lab: ["xai"],
      type: ["departure", "delay"],
      asOf: "2026-03-31",
      cursor: "abc",
    });
    const search = filtersToSearch(f);
    expect(search).toBe("?lab=xai&type=departure&type=delay&asOf=2026-03-31");
    expect(parseReaderFilters(Object.fromEntries(new URLSearchParams(search).entries()))).toMatchObject({
      lab: ["xai"],
      asOf: "2026-03-31",
    });
    expect(filtersToSearch(f, { cursor: "xyz", asOf: undefined })).toBe(
      "?lab=xai&type=departure&type=delay&cursor=xyz",
    );
  });
});
