import { describe, expect, it } from "vitest";
import { EventFiltersLenientSchema, EventQuerySchema } from "./event-filters";
import { paramsToRecord } from "./params";

describe("event filters", () => {
  it("default to an unfiltered first page", () => {
    expect(EventQuerySchema.parse({})).toMatchObject({ lab: [], type: [], model: [], status: [], limit: 20 });
    expect(EventFiltersLenientSchema.parse({})).toMatchObject({ lab: [], type: [], limit: 20 });
  });

  it("accept repeated and comma-separated values", () => {
    const sp = new URLSearchParams("lab=meta&lab=xai&type=delay,layoff");
    expect(EventQuerySchema.parse(paramsToRecord(sp))).toMatchObject({
      lab: ["meta", "xai"],
      type: ["delay", "layoff"],
    });
  });

  it("strictly reject bad values, naming the parameter", () => {
    const r = EventQuerySchema.safeParse({ type: "nonsense", from: "2025-02-30", limit: "0" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["from", "limit", "type"]);
    expect(EventQuerySchema.safeParse({ from: "2025-06-01", to: "2025-01-01" }).success).toBe(false);
  });

  it("leniently drop bad values and keep the good ones", () => {
    const parsed = EventFiltersLenientSchema.parse({
      lab: ["meta", "Not A Slug", "meta"],
      type: "delay,nope",
      from: "yesterday",
      limit: "500",
      q: "x".repeat(500),
    });
    expect(parsed).toMatchObject({
      lab: ["meta"],
      type: ["delay"],
      from: undefined,
      limit: 20,
      q: undefined,
    });
  });

  it("leniently swap a reversed date range", () => {
    expect(EventFiltersLenientSchema.parse({ from: "2025-06-01", to: "2025-01-01" })).toMatchObject({
      from: "2025-01-01",
      to: "2025-06-01",
    });
  });
});
