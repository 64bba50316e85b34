import { describe, expect, it } from "vitest";
import { buildPrefixTsQuery } from "./search-query";

describe("buildPrefixTsQuery", () => {
  it("makes every term a prefix match, ANDed", () => {
    expect(buildPrefixTsQuery("Verzögerung Behemoth")).toBe("verzögerung:* & behemoth:*");
  });
  it("supports OR and exclusion", () => {
    expect(buildPrefixTsQuery("Meta OR xAI -Llama")).toBe("meta:* | xai:* & !llama:*");
  });
  it("drops tsquery syntax characters instead of passing them through", () => {
    expect(buildPrefixTsQuery("a:* & (b | !c) <-> d")).toBe("a:* & b:* & c:* & d:*");
  });
  it("returns null for empty or exclusion-only input", () => {
    expect(buildPrefixTsQuery("  ")).toBeNull();
    expect(buildPrefixTsQuery("-meta")).toBeNull();
  });
  it("caps the number of terms", () => {
    const q = buildPrefixTsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "));
    expect(q?.split("&").length).toBe(12);
  });
});
