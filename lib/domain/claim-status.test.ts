import { describe, expect, it } from "vitest";
import { isCounted, isInferredDateText } from "./claim-status";

describe("claim status", () => {
  it("leaves denied and retracted claims out of counts, keeps rumours", () => {
    expect(["rumoured", "reported", "confirmed", "denied", "retracted"].map(isCounted)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
  it("recognises inferred source dates", () => {
    expect(isInferredDateText("März 2026 (Datum des Berichts erschlossen)")).toBe(true);
    expect(isInferredDateText("undatiert; nach dem Bericht des WSJ")).toBe(true);
    expect(isInferredDateText("am Donnerstag")).toBe(false);
    expect(isInferredDateText(null)).toBe(false);
  });
});
