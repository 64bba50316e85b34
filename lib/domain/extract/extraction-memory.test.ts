import { describe, expect, it } from "vitest";
import { forgetTexts, keptPerExtraction } from "./extraction-memory";

describe("keptPerExtraction", () => {
  it("keeps what is put in until the next extraction starts", () => {
    const kept = keptPerExtraction<number>();
    kept.set("Meta delayed Behemoth.", 5);
    expect(kept.get("Meta delayed Behemoth.")).toBe(5);
    forgetTexts();
    expect(kept.size).toBe(0);
  });
});
