import { describe, expect, it } from "vitest";
import { parseAmounts, parseHeadcounts, parsePercents } from "../amounts";
import { amountFor, amountNearby, percentFor, preciseAmount, type Numbers } from "./figures";

const n: Numbers = { amounts: parseAmounts, percents: parsePercents, headcounts: parseHeadcounts };
const pick = (text: string, lang: "de" | "en", type: Parameters<typeof amountFor>[0] = "investment") =>
  amountFor(type, text, 0, lang, n);

describe("amountFor", () => {
  it("takes the dollar figure given in brackets after another currency, with its qualifier", () => {
    expect(
      pick("The group will invest at least 300 billion yuan (US$41 billion) in chips.", "en"),
    ).toMatchObject({
      value: 41e9,
      qualifier: "at_least",
    });
    expect(
      pick("Das Start-up sammelte 1,2 Milliarden Euro (1,3 Milliarden Dollar) ein.", "de"),
    ).toMatchObject({
      value: 1.3e9,
    });
  });

  it("never reads yen, yuan or euros as dollars", () => {
    expect(pick("The bank will invest 3 trillion yen in the venture.", "en")).toBeNull();
    expect(pick("Der Konzern investiert 500 Millionen Franken in Rechenzentren.", "de")).toBeNull();
  });

  it("prefers a figure that names dollars over one that names no currency", () => {
    expect(pick("It raised 200 million last year and now $1.5 billion in a new round.", "en")).toMatchObject({
      value: 1.5e9,
    });
  });

  it("gives an acqui-hire the price paid", () => {
    expect(
      pick("The group agreed to pay the startup $400 million to license its models.", "en", "hiring"),
    ).toMatchObject({
      value: 400e6,
      kind: "deal_value",
    });
  });
});

describe("amountNearby", () => {
  it("takes a pay package from the sentence before for a hire", () => {
    const before = "Laut dem Bericht umfasst das Vergütungspaket mehr als 150 Millionen Dollar.";
    expect(amountNearby("hiring", [before], "de", n)).toMatchObject({ value: 150e6, kind: "compensation" });
    expect(amountNearby("hiring", ["The company spends $150 million on data centres."], "en", n)).toBeNull();
  });
});

describe("preciseAmount", () => {
  it("keeps the body's precise figure over the headline's round one", () => {
    expect(preciseAmount({ amountUsd: 50e9 }, { amountUsd: 53e9 }).amountUsd).toBe(53e9);
    expect(preciseAmount({ amountUsd: 2.75e9 }, { amountUsd: 3e9 }).amountUsd).toBe(2.75e9);
    expect(preciseAmount({ amountUsd: null }, { amountUsd: 3e9 }).amountUsd).toBe(3e9);
  });
});

describe("percentFor", () => {
  it("takes a share move of the day, not one over another period", () => {
    const en = "The shares fell 8% on Tuesday; the stock had lost 35% of its value last year.";
    expect(percentFor("stock_move", en, en.indexOf("fell"), "en", n)).toBe(-8);
    const late = "The stock had lost 35% of its value last year.";
    expect(percentFor("stock_move", late, late.indexOf("lost"), "en", n)).toBeNull();
    const de = "Die Aktie verlor seit Jahresbeginn 20 Prozent.";
    expect(percentFor("stock_move", de, de.indexOf("verlor"), "de", n)).toBeNull();
  });
});
