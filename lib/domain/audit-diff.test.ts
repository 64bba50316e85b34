import { describe, expect, it } from "vitest";
import { diffRecords } from "./audit-diff";

describe("diffRecords", () => {
  it("lists changed fields only, ignoring version bookkeeping", () => {
    const before = { title: "A", status: "draft", version: 1, lab: { slug: "meta" } };
    const after = { title: "B", status: "draft", version: 2, lab: { slug: "xai" } };
    expect(diffRecords(before, after)).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "lab", before: '{"slug":"meta"}', after: '{"slug":"xai"}' },
    ]);
  });

  it("shows a create as every field going from nothing to its value", () => {
    expect(diffRecords(null, { title: "A", url: null })).toEqual([{ field: "title", before: null, after: "A" }]);
  });

  it("shows a delete as values going to nothing", () => {
    expect(diffRecords({ quote: "Q" }, undefined)).toEqual([{ field: "quote", before: "Q", after: null }]);
  });
});
