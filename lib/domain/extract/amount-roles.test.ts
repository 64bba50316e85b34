import { describe, expect, it } from "vitest";
import { expectEach, proposalsFor } from "@/tests/support/extract/proposals";
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
    expectEach(pick, [
      [
        "investment",
        "Lumen, whose revenue hit $2 billion, raised $300 million.",
        "en",
        [300e6, null, "investment"],
      ],
      [
        "investment",
        "Lumen raised $300 million; its annualised revenue is $2 billion.",
        "en",
        [300e6, null, "investment"],
      ],
      [
        "investment",
        "Lumen sammelt 500 Millionen Dollar bei einer Bewertung von fünf Milliarden Dollar ein.",
        "de",
        [500e6, null, "investment"],
      ],
      [
        "investment",
        "Lumen is raising $2 billion to $3 billion at a valuation of $30 billion.",
        "en",
        [2e9, 3e9, "investment"],
      ],
    ]);
  });

  it("reads a deal valued at an amount as the deal's value", () => {
    expectEach(pick, [
      [
        "acquisition",
        "Orbit agreed to buy Lumen in a deal valued at about $2 billion.",
        "en",
        [2e9, null, "deal_value"],
      ],
      [
        "acquisition",
        "Orbit kauft Lumen, die Übernahme im Wert von 2 Milliarden Dollar.",
        "de",
        [2e9, null, "deal_value"],
      ],
    ]);
  });

  it("reads money paid to settle as a settlement", () => {
    expectEach(pick, [
      [
        "other",
        "Lumen agreed to pay $1.5 billion to settle the authors' lawsuit.",
        "en",
        [1.5e9, null, "settlement"],
      ],
      [
        "other",
        "Lumen zahlt 1,5 Milliarden Dollar, um die Klage der Autoren beizulegen.",
        "de",
        [1.5e9, null, "settlement"],
      ],
    ]);
  });

  it("still never takes a valuation for the round", () => {
    expect(pick("investment", "Lumen is now valued at $30 billion.", "en")).toBeNull();
    expect(pick("investment", "Lumen wird mit 30 Milliarden Dollar bewertet.", "de")).toBeNull();
  });
});

describe("a sum spread over years is a multi-year plan, not one year's capex or round", () => {
  it.each([
    ["en", "Orbit plans to invest at least $50 billion over the next three years in data centres.", 50e9],
    ["en", "Orbit has committed to spend more than $1 trillion in the coming decade.", 1e12],
    ["de", "Orbit will über fünf Jahre mehr als 50 Milliarden Dollar in Rechenzentren stecken.", 50e9],
    ["de", "Orbit will in den nächsten drei Jahren 20 Milliarden Dollar investieren.", 20e9],
  ] as const)("%s: %s", (lang, text, value) => {
    expect(pick("investment", text, lang)).toEqual([value, null, "multi_year_plan"]);
  });

  it.each([
    ["en", "Orbit raised its capital expenditure forecast to $72 billion for this year.", "capex"],
    [
      "de",
      "Orbit investiert 5 Milliarden Dollar in das Start-up, das über 300 Mitarbeiter hat.",
      "investment",
    ],
    // one deal paid in tranches stays the deal's investment
    [
      "en",
      "Orbit's investment in Lumen will total $10 billion over multiple years, sources said.",
      "investment",
    ],
  ] as const)("not one year's figure — %s: %s", (lang, text, kind) => {
    expect(pick("investment", text, lang)?.[2]).toBe(kind);
  });
});

describe("what a company is worth is its valuation (stop 25)", () => {
  it("never takes 'X Milliarden wert' or 'is now worth $X' as the round's amount", () => {
    expectEach(pick, [
      ["investment", "xAI: Nach Kapitalspritze 24 Milliarden Dollar wert", "de", null],
      ["investment", "xAI raised $6 billion and is now worth $24 billion.", "en", [6e9, null, "investment"]],
      [
        "acquisition",
        "Microsoft signed a deal worth $10 billion to buy the startup.",
        "en",
        [10e9, null, "deal_value"],
      ],
    ]);
  });
});

describe("a sum in another currency is the sentence's own (stop 25)", () => {
  it("borrows no dollar figure from the next sentence", () => {
    const found = proposalsFor(
      "Cohere secures federal backing. The feds have committed up to $240 million CAD towards the effort, Cohere said. The program has a budget of $2 billion.",
      { lang: "en", articleDate: "2024-12-06", background: true },
    ).filter((e) => e.type === "investment" && e.quote.includes("CAD"));
    expect(found.map((e) => e.amountUsd)).toEqual([null]);
  });
});
