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

describe("amountFor — ranges", () => {
  it("keeps both bounds when the scale word follows only the upper one", () => {
    expect(pick("Meta investiert zwischen 2 und 3 Milliarden Dollar in das Start-up.", "de")).toMatchObject({
      value: 2e9,
      max: 3e9,
    });
    expect(pick("Meta will 60 bis 65 Milliarden Dollar investieren.", "de")).toMatchObject({
      value: 60e9,
      max: 65e9,
    });
    expect(pick("The startup raised $2-3 billion from investors.", "en")).toMatchObject({
      value: 2e9,
      max: 3e9,
    });
  });

  it("does not make a range of a number that is not a bound", () => {
    expect(pick("Llama 2 und 3 Milliarden Dollar Kapital für das Start-up.", "de")).toMatchObject({
      value: 3e9,
      max: null,
    });
    expect(pick("The startup raised $3 billion in 2024-2025.", "en")).toMatchObject({
      value: 3e9,
      max: null,
    });
  });
});

describe("amountFor — stock moves", () => {
  it("reads the market value a share move wipes off, in English and German", () => {
    const en = "Nvidia's stock plunged 16%, wiping off more than $500 billion.";
    expect(pick(en, "en", "stock_move")).toMatchObject({ value: 500e9, kind: "market_cap" });
    const de = "Die Google-Aktie verliert 100 Milliarden Dollar nach der Ankündigung.";
    expect(pick(de, "de", "stock_move")).toMatchObject({ value: 100e9, kind: "market_cap" });
    const far = "Der Börsenwert des hoch bewerteten US-Konzerns fiel am Montag um 592,7 Milliarden Dollar.";
    expect(pick(far, "de", "stock_move")).toMatchObject({ value: 592.7e9, kind: "market_cap" });
  });

  it("does not read a loss outside a market sentence as market value", () => {
    expect(pick("OpenAI lost $5 billion last year.", "en", "stock_move")).toBeNull();
    expect(pick("Das Start-up verlor 2 Milliarden Dollar im Jahr.", "de", "stock_move")).toBeNull();
  });

  it("takes the share price a move ended at when no market value is given", () => {
    const en = "Microsoft shares gained 1% to $242.58 in New York on Monday.";
    expect(pick(en, "en", "stock_move")).toMatchObject({ value: 242.58, kind: "share_price" });
    const de = "Die Aktie stieg um 3 Prozent auf 118,42 Dollar.";
    expect(pick(de, "de", "stock_move")).toMatchObject({ value: 118.42, kind: "share_price" });
    expect(pick("Microsoft invests $10 billion in OpenAI.", "en", "stock_move")).toBeNull();
  });
});

describe("amountFor — cumulative totals", () => {
  it("does not take a running total as the event's amount", () => {
    const en = "This follows $1.25 billion in September, bringing Amazon's total investment to $4 billion.";
    expect(pick(en, "en")).toMatchObject({ value: 1.25e9 });
    const de = "Damit steigt die Gesamtsumme der Beteiligung auf 4 Milliarden Dollar.";
    expect(pick(de, "de")).toBeNull();
  });

  it("keeps a round's own total", () => {
    const de =
      "Aleph Alpha gab den Abschluss einer Finanzierungsrunde über insgesamt 500 Millionen Dollar bekannt.";
    expect(pick(de, "de")).toMatchObject({ value: 500e6 });
    expect(pick("The company raised a total of $6.6 billion.", "en")).toMatchObject({ value: 6.6e9 });
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
  it("reads the direction written after the number, and a period only in the percent's clause", () => {
    const lower = "Nimbus shares closed 4.5% lower on Friday.";
    expect(percentFor("stock_move", lower, lower.indexOf("closed"), "en", n)).toBe(-4.5);
    const higher = "Nimbus shares closed 4.5% higher on Friday.";
    expect(percentFor("stock_move", higher, higher.indexOf("closed"), "en", n)).toBe(4.5);
    const schwach = "Die Nimbus-Aktie notierte zuletzt 2 Prozent schwächer.";
    expect(percentFor("stock_move", schwach, schwach.indexOf("notierte"), "de", n)).toBe(-2);
    const plus = "Die Nimbus-Aktie schloss 3 Prozent im Plus.";
    expect(percentFor("stock_move", plus, plus.indexOf("schloss"), "de", n)).toBe(3);
    const clause = "Nimbus stock, which has risen 40% this year, dropped 5% on Tuesday.";
    expect(percentFor("stock_move", clause, clause.indexOf("dropped"), "en", n)).toBe(-5);
    const jahr = "Die Aktie, die in diesem Jahr 40 Prozent zugelegt hat, fiel am Dienstag um 5 Prozent.";
    expect(percentFor("stock_move", jahr, jahr.indexOf("fiel"), "de", n)).toBe(-5);
  });

  it("takes the day's move, not a fall from a peak, a market share or a stake", () => {
    const peak = "Nimbus shares are down 38% from their record high in October.";
    expect(percentFor("stock_move", peak, peak.indexOf("down"), "en", n)).toBeNull();
    const hoch =
      "Die Aktie liegt inzwischen 30 Prozent unter ihrem Hoch und hat vom Rekordhoch 30 Prozent verloren.";
    expect(percentFor("stock_move", hoch, hoch.indexOf("verloren"), "de", n)).toBeNull();
    const share = "Nimbus shares fell 4% on Tuesday although its market share grew to 21%.";
    expect(percentFor("stock_move", share, share.indexOf("grew"), "en", n)).toBe(-4);
    const anteil = "Die Nimbus-Aktie verlor 6 Prozent, obwohl der Marktanteil auf 21 Prozent stieg.";
    expect(percentFor("stock_move", anteil, anteil.indexOf("stieg"), "de", n)).toBe(-6);
    // a sentence with only the day's move keeps it
    const day = "Nimbus stock slid 7% on Monday.";
    expect(percentFor("stock_move", day, day.indexOf("slid"), "en", n)).toBe(-7);
  });

  it("takes a share move of the day, not one over another period", () => {
    const en = "The shares fell 8% on Tuesday; the stock had lost 35% of its value last year.";
    expect(percentFor("stock_move", en, en.indexOf("fell"), "en", n)).toBe(-8);
    const late = "The stock had lost 35% of its value last year.";
    expect(percentFor("stock_move", late, late.indexOf("lost"), "en", n)).toBeNull();
    const de = "Die Aktie verlor seit Jahresbeginn 20 Prozent.";
    expect(percentFor("stock_move", de, de.indexOf("verlor"), "de", n)).toBeNull();
  });

  it("signs a fall told by a noun, and skips a rise over several years", () => {
    const dip = "The news prompted a dip in Meta's stock of up to 3.2%.";
    expect(percentFor("stock_move", dip, dip.indexOf("stock"), "en", n)).toBe(-3.2);
    const fall = "Die Talfahrt der Aktie ging weiter, zeitweise um zehn Prozent.";
    expect(percentFor("stock_move", fall, fall.indexOf("Aktie"), "de", n)).toBe(-10);
    const years = "The company's shares are still up nearly 500% over the last two years.";
    expect(percentFor("stock_move", years, years.indexOf("up"), "en", n)).toBeNull();
    const jahre = "Die Aktie legte in den vergangenen zwei Jahren um 400 Prozent zu.";
    expect(percentFor("stock_move", jahre, jahre.indexOf("legte"), "de", n)).toBeNull();
  });
});
