import { describe, expect, it } from "vitest";
import { parseAmounts, parseHeadcounts, parsePercents } from "../amounts";
import { amountFor, type Numbers } from "./figures";
import type { ExtractEventType } from "./types";

const n: Numbers = { amounts: parseAmounts, percents: parsePercents, headcounts: parseHeadcounts };
const pick = (type: ExtractEventType, text: string, lang: "de" | "en") => {
  const a = amountFor(type, text, 0, lang, n);
  return a ? [a.value, a.max, a.kind] : null;
};

describe("an amount's role stops at the next amount and the clause", () => {
  it("does not give a round the role of a revenue or valuation named beside it", () => {
    expect(pick("investment", "Lumen, whose revenue hit $2 billion, raised $300 million.", "en")).toEqual([
      300e6,
      null,
      "investment",
    ]);
    expect(
      pick("investment", "Lumen raised $300 million; its annualised revenue is $2 billion.", "en"),
    ).toEqual([300e6, null, "investment"]);
    expect(
      pick(
        "investment",
        "Lumen sammelt 500 Millionen Dollar bei einer Bewertung von fünf Milliarden Dollar ein.",
        "de",
      ),
    ).toEqual([500e6, null, "investment"]);
    expect(
      pick("investment", "Lumen is raising $2 billion to $3 billion at a valuation of $30 billion.", "en"),
    ).toEqual([2e9, 3e9, "investment"]);
  });

  it("reads a deal valued at an amount as the deal's value", () => {
    expect(
      pick("acquisition", "Orbit agreed to buy Lumen in a deal valued at about $2 billion.", "en"),
    ).toEqual([2e9, null, "deal_value"]);
    expect(
      pick("acquisition", "Orbit kauft Lumen, die Übernahme im Wert von 2 Milliarden Dollar.", "de"),
    ).toEqual([2e9, null, "deal_value"]);
  });

  it("reads money paid to settle as a settlement", () => {
    expect(pick("other", "Lumen agreed to pay $1.5 billion to settle the authors' lawsuit.", "en")).toEqual([
      1.5e9,
      null,
      "settlement",
    ]);
    expect(
      pick("other", "Lumen zahlt 1,5 Milliarden Dollar, um die Klage der Autoren beizulegen.", "de"),
    ).toEqual([1.5e9, null, "settlement"]);
  });

  it("still never takes a valuation for the round", () => {
    expect(pick("investment", "Lumen is now valued at $30 billion.", "en")).toBeNull();
    expect(pick("investment", "Lumen wird mit 30 Milliarden Dollar bewertet.", "de")).toBeNull();
  });
});
