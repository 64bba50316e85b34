import { describe, expect, it } from "vitest";
import { expectNone } from "@/tests/support/expect-each";
import {
  detectNumberLang,
  formatPercent,
  formatUsd,
  formatUsdRange,
  parseAmounts,
  parseHeadcounts,
  parsePercents,
  signedPercentFromContext,
  type AmountMatch,
} from ".";

function one(text: string, lang?: "de" | "en"): Omit<AmountMatch, "index"> {
  const found = parseAmounts(text, lang);
  expect(found, text).toHaveLength(1);
  const { index: _index, ...rest } = found[0]!;
  return rest;
}

describe("parseAmounts — German and English", () => {
  it.each([
    // German
    ["72 Milliarden US-Dollar", 72e9, "USD", "exact"],
    ["Bis zu 72 Milliarden US-Dollar", 72e9, "USD", "up_to"],
    ["mehr als 14 Milliarden Dollar", 14e9, "USD", "more_than"],
    ["über 100 Millionen Dollar", 100e6, "USD", "more_than"],
    ["rund 40 Milliarden US-Dollar", 40e9, "USD", "about"],
    ["fast 2 Billionen Dollar", 2e12, "USD", "almost"],
    ["1,5 Mrd. Dollar", 1.5e9, "USD", "exact"],
    ["100 Millionen", 100e6, null, "exact"],
    ["14,3 Mrd. $", 14.3e9, "USD", "exact"],
    ["knapp 3,2 Mio. Euro", 3.2e6, "EUR", "almost"],
    // Austrian and Swiss abbreviations
    ["rund 100 Mill. Dollar", 100e6, "USD", "about"],
    ["1,3 Mia. Dollar", 1.3e9, "USD", "exact"],
    ["mindestens 1 Milliarde Euro", 1e9, "EUR", "at_least"],
    ["etwa 500 Dollar", 500, "USD", "about"],
    ["1.500 Euro", 1500, "EUR", "exact"],
    ["2.500 Mio. €", 2.5e9, "EUR", "exact"],
    ["1.234,56 Euro", 1234.56, "EUR", "exact"],
    ["eine 72-Milliarden-Dollar-Investition", 72e9, "USD", "exact"],
    // English
    ["$14.3 billion", 14.3e9, "USD", "exact"],
    // a hyphen between figure and scale word, as some wires write it
    ["a $1.25-billion investment", 1.25e9, "USD", "exact"],
    ["up to $4-billion", 4e9, "USD", "up_to"],
    ["$72B", 72e9, "USD", "exact"],
    ["$100M", 100e6, "USD", "exact"],
    ["more than $14 billion", 14e9, "USD", "more_than"],
    ["up to $72 billion", 72e9, "USD", "up_to"],
    ["about $40bn", 40e9, "USD", "about"],
    ["nearly $2 trillion", 2e12, "USD", "almost"],
    ["1.5 billion dollars", 1.5e9, "USD", "exact"],
    ["US$ 5 million", 5e6, "USD", "exact"],
    ["€40bn", 40e9, "EUR", "exact"],
    ["at least $1,500", 1500, "USD", "at_least"],
    ["$1,234.5 million", 1234.5e6, "USD", "exact"],
    ["roughly 3 billion euros", 3e9, "EUR", "about"],
  ] as const)("%s", (text, value, currency, qualifier) => {
    expect(one(text)).toMatchObject({ value, currency, qualifier });
  });

  it("reports the matched phrase and its offset, qualifier included", () => {
    const text =
      "Bis zu 72 Milliarden US-Dollar hat der Konzern für dieses Jahr verplant, vieles davon entfällt auf den KI-Bereich.";
    expect(parseAmounts(text)).toEqual([
      { value: 72e9, currency: "USD", qualifier: "up_to", text: "Bis zu 72 Milliarden US-Dollar", index: 0 },
    ]);
    const s = "Mitte Juni zögerte das Imperium nicht, mehr als 14 Milliarden Dollar auszugeben.";
    const [m] = parseAmounts(s);
    expect(s.slice(m!.index, m!.index + m!.text.length)).toBe("mehr als 14 Milliarden Dollar");
  });

  it("reads German Billion as 10^12, whether the text or the caller says German", () => {
    expect(one("Die Firma ist 2 Billion Dollar wert, sagte der Analyst.").value).toBe(2e12);
    expect(one("2 Billion Dollar", "de").value).toBe(2e12);
    expect(one("2 Billion Dollar").value).toBe(2e12);
  });

  it("reads English billion as 10^9 in English text", () => {
    expect(one("The company is worth 2 billion dollars, the analyst said.").value).toBe(2e9);
    expect(one("2 Billion Dollar", "en").value).toBe(2e9);
  });

  it("finds several amounts in the seed sentences", () => {
    const text =
      "bot Meta „vielen“ OpenAI-Mitarbeitern individuelle Antrittsprämien von über 100 Millionen Dollar und ein Jahresgehalt in etwa derselben Höhe. Die Marktkapitalisierung liegt bei fast 2 Billionen Dollar.";
    expect(parseAmounts(text).map((a) => [a.value, a.qualifier])).toEqual([
      [100e6, "more_than"],
      [2e12, "almost"],
    ]);
  });
});

describe("parseAmounts — spelled-out numbers", () => {
  it.each([
    ["sammelt halbe Milliarde Dollar ein", 5e8, "USD", "exact"],
    ["eine Investition von zwei Milliarden Euro", 2e9, "EUR", "exact"],
    ["über eine Milliarde Euro von Investoren", 1e9, "EUR", "more_than"],
    ["raised half a billion dollars", 5e8, "USD", "exact"],
    ["roughly two billion dollars", 2e9, "USD", "about"],
  ] as const)("%s", (text, value, currency, qualifier) => {
    const [a, ...rest] = parseAmounts(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ value, currency, qualifier });
  });

  it("needs a scale word and a currency after the word", () => {
    expectNone(parseAmounts, ["eine Milliarde Nutzer", "one of the ten million users", "zwei Dollar"]);
  });
});

describe("parseAmounts — not amounts", () => {
  it.each([
    "mindestens 7",
    "Llama 4",
    "Llama 4 Behemoth",
    "GPT-5",
    "GPT-4 konkurriert",
    "im Jahr 2025",
    "2025",
    "Claude 3.5 Opus",
    "49 %",
    "mindestens drei bis fünf Jahre",
    "zweistellige Milliarden-Summen",
    "Investitionen in zweistelliger Milliardenhöhe",
    "5 km",
    "ein 3,5-Liter-Motor",
  ])("%j", (text) => {
    expect(parseAmounts(text)).toEqual([]);
  });

  it("reads a scale word without a currency as a quantity (callers keep money by its currency)", () => {
    expect(parseAmounts("Gemini 2.5 Pro mit 1 Million Token")).toEqual([
      { value: 1e6, currency: null, qualifier: "exact", text: "1 Million", index: 19 },
    ]);
  });

  it("leaves the numbers of a whole seed article alone except the real amounts", () => {
    const text = [
      "Bei dem Modell handelt es sich um Llama 4 Behemoth, das bereits Anfang April angekündigt wurde.",
      "Ein Großteil der Entwickler, die 2023 an der Entstehung des ersten Llama-Modells beteiligt waren.",
      "Bei OpenAI wartet man auf GPT-5. Anthropic arbeitet an Claude 3.5 Opus.",
      "Bis zu 72 Milliarden US-Dollar hat der Konzern für dieses Jahr verplant.",
    ].join(" ");
    expect(parseAmounts(text).map((a) => a.text)).toEqual(["Bis zu 72 Milliarden US-Dollar"]);
  });
});

describe("parsePercents", () => {
  it.each([
    ["49 %", 49],
    ["49%", 49],
    ["2,2 Prozent", 2.2],
    ["12%", 12],
    ["12.5 percent", 12.5],
    ["0,125 %", 0.125],
    ["−2,2 %", -2.2],
    ["-3.4%", -3.4],
    ["minus 1,5 Prozent", -1.5],
  ] as const)("%s", (text, value) => {
    const [p, ...rest] = parsePercents(text);
    expect(rest).toEqual([]);
    expect(p?.value).toBe(value);
    expect(p?.qualifier).toBe("exact");
  });

  it("reads 'um 2,2 Prozent' as 2.2 and keeps qualifiers", () => {
    const s = "Der Kurs rutschte daraufhin um 2,2 Prozent ab.";
    expect(parsePercents(s)).toEqual([
      { value: 2.2, qualifier: "exact", text: "2,2 Prozent", index: s.indexOf("2,2") },
    ]);
    expect(parsePercents("fast 50 %")[0]).toMatchObject({
      value: 50,
      qualifier: "almost",
      text: "fast 50 %",
    });
    expect(parsePercents("more than 10%")[0]).toMatchObject({ value: 10, qualifier: "more_than" });
  });

  it("reads spelled-out whole percents, not other words before Prozent", () => {
    expect(parsePercents("Die Aktie verlor zehn Prozent")).toMatchObject([
      { value: 10, text: "zehn Prozent" },
    ]);
    expect(parsePercents("shares slid as much as nine percent")).toMatchObject([
      { value: 9, qualifier: "up_to", text: "as much as nine percent" },
    ]);
    expect(parsePercents("viele Prozent")).toEqual([]);
    expect(parsePercents("um zwei Prozentpunkte")).toEqual([]);
  });

  it("does not take percentage points, model names or bare numbers", () => {
    expect(parsePercents("um 5 Prozentpunkte")).toEqual([]);
    expect(parsePercents("by 5 percentage points")).toEqual([]);
    expect(parsePercents("GPT-5 %")).toEqual([]);
    expect(parsePercents("Llama 4 und 2025")).toEqual([]);
  });

  it("finds each percentage in a seed sentence", () => {
    const s = "ein Anstieg um 50 % seit Februar 2024, Anteil von 49 % an Scale AI";
    expect(parsePercents(s).map((p) => p.value)).toEqual([50, 49]);
  });
});

describe("signedPercentFromContext", () => {
  it.each([
    ["Der Kurs rutschte daraufhin um 2,2 Prozent ab.", 2.2, -2.2],
    ["Die Aktie fiel um 3 %.", 3, -3],
    ["Der Umsatz sank um 4,5 Prozent.", 4.5, -4.5],
    ["Die Aktie verlor 7 Prozent.", 7, -7],
    // the separable verb far from its particle
    ["Danach büßte der Titel im After-Hours-Handel rund 6 Prozent ein.", 6, -6],
    ["Shares fell 2.2% on Friday.", 2.2, -2.2],
    ["The stock dropped 5%.", 5, -5],
    ["Meta slid 1.8% in early trading.", 1.8, -1.8],
    ["Die Aktie stieg um 3 %.", 3, 3],
    ["Die Meta-Aktie legte um 1,2 Prozent zu.", 1.2, 1.2],
    ["ein Anstieg um 50 % seit Februar 2024", 50, 50],
    ["Shares rose 4%.", 4, 4],
    ["Nvidia gained 3.1% after the report.", 3.1, 3.1],
    ["The stock jumped 12%.", 12, 12],
    // A rise cue given a negative value still says rise; the sentence wins over the sign.
    ["Shares rose 4%.", -4, 4],
    // the change as a noun after the number (stop 28)
    ["Microsoft experienced a 0.7% drop in its stock.", 0.7, -0.7],
    ["Nvidia shares fell early but ended the day with a 4% gain.", 4, 4],
  ] as const)("%s", (sentence, value, expected) => {
    expect(signedPercentFromContext(sentence, value)).toBe(expected);
  });

  it("lets the cue nearest the number decide", () => {
    expect(
      signedPercentFromContext("Die Aktie stieg zunächst, rutschte dann aber um 2,2 Prozent ab.", 2.2),
    ).toBe(-2.2);
    expect(signedPercentFromContext("Nachdem sie gestern fiel, stieg die Aktie heute um 3 %.", 3)).toBe(3);
  });

  it("returns the value unchanged without a direction", () => {
    expect(signedPercentFromContext("Meta erwarb einen Anteil von 49 % an Scale AI.", 49)).toBe(49);
    expect(signedPercentFromContext("up to 20% of the budget", 20)).toBe(20);
  });
});

describe("parseHeadcounts", () => {
  it.each([
    [
      "mindestens sieben von ihnen hätten sich zum Rücktritt entschieden",
      7,
      "at_least",
      "mindestens sieben von ihnen",
    ],
    ["Meta streicht mehr als 600 Stellen", 600, "more_than", "mehr als 600 Stellen"],
    ["The company cut 600 jobs.", 600, "exact", "600 jobs"],
    ["sieben Mitarbeiter verließen das Team", 7, "exact", "sieben Mitarbeiter"],
    ["zwölf Forscher", 12, "exact", "zwölf Forscher"],
    ["zwanzig Entwickler", 20, "exact", "zwanzig Entwickler"],
    ["hundert Mitarbeiter", 100, "exact", "hundert Mitarbeiter"],
    ["drei weitere Mitbegründer", 3, "exact", "drei weitere Mitbegründer"],
    ["1.500 Beschäftigte", 1500, "exact", "1.500 Beschäftigte"],
    ["3,600 employees", 3600, "exact", "3,600 employees"],
    ["at least seven of them", 7, "at_least", "at least seven of them"],
    ["nearly 20 senior researchers", 20, "almost", "nearly 20 senior researchers"],
    ["eine Stelle", 1, "exact", "eine Stelle"],
    ["elf Personen", 11, "exact", "elf Personen"],
    // half a dozen is six (stop 28: it read as twelve)
    ["Half a dozen researchers", 6, "exact", "Half a dozen researchers"],
    ["mehr als ein halbes Dutzend Forscher", 6, "more_than", "mehr als ein halbes Dutzend Forscher"],
  ] as const)("%s", (text, value, qualifier, phrase) => {
    const found = parseHeadcounts(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, qualifier, text: phrase });
  });

  it("counts the part, not the whole: '31 von 240 Mitarbeitern', '31 of its 240 employees'", () => {
    expect(parseHeadcounts("abgebaut (31 von 240 Mitarbeitern)").map((h) => h.value)).toEqual([31]);
    expect(parseHeadcounts("laid off 31 of its 240 employees").map((h) => h.value)).toEqual([31]);
  });

  it("ignores numbers that are not people", () => {
    expect(parseHeadcounts("im Jahr 2025 neue Stellen")).toEqual([]);
    expect(parseHeadcounts("Llama 4 Behemoth")).toEqual([]);
    expect(parseHeadcounts("mehrere Mitarbeiter der Konkurrenten")).toEqual([]);
    expect(parseHeadcounts("72 Milliarden US-Dollar")).toEqual([]);
    expect(parseHeadcounts("mindestens drei bis fünf Jahre")).toEqual([]);
  });
});

describe("formatUsd", () => {
  it.each([
    [72e9, undefined, "$72B", "72 Mrd. US-Dollar"],
    [14e9, undefined, "$14B", "14 Mrd. US-Dollar"],
    [100e6, undefined, "$100M", "100 Mio. US-Dollar"],
    [2e12, undefined, "$2T", "2 Bio. US-Dollar"],
    [14.3e9, undefined, "$14.3B", "14,3 Mrd. US-Dollar"],
    [1.25e9, undefined, "$1.25B", "1,25 Mrd. US-Dollar"],
    [72e9, "up_to", "up to $72B", "bis zu 72 Mrd. US-Dollar"],
    [14e9, "more_than", "more than $14B", "mehr als 14 Mrd. US-Dollar"],
    [40e9, "about", "about $40B", "rund 40 Mrd. US-Dollar"],
    [2e12, "almost", "almost $2T", "fast 2 Bio. US-Dollar"],
    [7e6, "at_least", "at least $7M", "mindestens 7 Mio. US-Dollar"],
    [999.999e9, undefined, "$1T", "1 Bio. US-Dollar"],
    [500_000, undefined, "$500,000", "500.000 US-Dollar"],
    [1234.5, undefined, "$1,234.5", "1.234,5 US-Dollar"],
    [-5e9, undefined, "−$5B", "−5 Mrd. US-Dollar"],
  ] as const)("%d %s", (value, qualifier, en, de) => {
    expect(formatUsd(value, "en", qualifier)).toBe(en);
    expect(formatUsd(value, "de", qualifier)).toBe(de);
  });

  it("round-trips through the parser", () => {
    for (const v of [72e9, 14.3e9, 100e6, 2e12]) {
      expect(parseAmounts(formatUsd(v, "en"))[0]?.value).toBe(v);
      expect(parseAmounts(formatUsd(v, "de"))[0]?.value).toBe(v);
    }
  });

  it("rejects non-finite values", () => {
    expect(() => formatUsd(Number.NaN, "en")).toThrow(RangeError);
  });

  describe("formatUsdRange", () => {
    it.each([
      [60e9, 72e9, undefined, "$60–72B", "60–72 Mrd. US-Dollar"],
      [200e6, 300e6, "about", "about $200–300M", "rund 200–300 Mio. US-Dollar"],
      [500e6, 1.2e9, undefined, "$500M–$1.2B", "500 Mio.–1,2 Mrd. US-Dollar"],
      [72e9, null, "up_to", "up to $72B", "bis zu 72 Mrd. US-Dollar"],
    ] as const)("%d–%s %s", (low, high, qualifier, en, de) => {
      expect(formatUsdRange(low, high, "en", qualifier)).toBe(en);
      expect(formatUsdRange(low, high, "de", qualifier)).toBe(de);
    });
  });
});

describe("formatPercent", () => {
  it("uses a true minus sign and the locale's decimal mark and spacing", () => {
    expect(formatPercent(-2.2, "en")).toBe("−2.2%");
    expect(formatPercent(-2.2, "de")).toBe("−2,2 %");
    expect(formatPercent(49, "en")).toBe("49%");
    expect(formatPercent(49, "de")).toBe("49 %");
    expect(formatPercent(0.125, "de")).toBe("0,13 %");
    expect(formatPercent(50, "de", "almost")).toBe("fast 50 %");
  });
});

describe("detectNumberLang", () => {
  it("tells German from English by function words", () => {
    expect(detectNumberLang("Der Kurs rutschte um 2,2 Prozent ab und die Aktie fiel.")).toBe("de");
    expect(detectNumberLang("The stock fell and the company said it is fine.")).toBe("en");
    expect(detectNumberLang("72 Milliarden")).toBeNull();
  });
});

describe("money in other currencies", () => {
  it("marks yuan, yen, pounds, francs and other dollars as another currency, never dollars", () => {
    const currency = (t: string) => parseAmounts(t).map((a) => a.currency);
    expect(currency("will 2025 über 150 Milliarden Yuan in KI investieren")).toEqual(["OTHER"]);
    expect(currency("a plan worth 5 billion yen")).toEqual(["OTHER"]);
    expect(currency("a £2 billion data centre")).toEqual(["OTHER"]);
    expect(currency("investiert 100 Millionen Franken")).toEqual(["OTHER"]);
    expect(currency("CHF 3 Mrd. für KI")).toEqual(["OTHER"]);
    expect(currency("2 Milliarden Hongkong-Dollar")).toEqual(["OTHER"]);
    expect(currency("a 1.5 billion Australian dollar deal")).toEqual(["OTHER"]);
    // stop 25: a currency code after a "$" figure, and "C$" before it
    expect(currency("Cohere raised $240 million CAD from the government")).toEqual(["OTHER"]);
    expect(currency("Cohere raised C$240 million from the government")).not.toContain("USD");
    expect(currency("a A$2 billion data centre, 3 billion AUD in total")).toEqual(["OTHER"]);
  });

  it("keeps dollars, euros and a figure naming no currency as before", () => {
    const read = (t: string) => parseAmounts(t).map((a) => [a.value, a.currency]);
    expect(read("$14.3 billion")).toEqual([[14.3e9, "USD"]]);
    expect(read("72 Mrd. US-Dollar")).toEqual([[72e9, "USD"]]);
    expect(read("1,5 Milliarden Euro")).toEqual([[1.5e9, "EUR"]]);
    expect(read("spent 500 million on chips")).toEqual([[500e6, null]]);
  });
});

describe("a figure's nationality after it (stop 25)", () => {
  it("reads '$2-billion Canadian' as another currency", () => {
    expect(
      parseAmounts("its recently unveiled $2-billion Canadian Sovereign AI Compute Strategy").map(
        (a) => a.currency,
      ),
    ).toEqual(["OTHER"]);
  });
});

describe("the British 'pc' (stop 25)", () => {
  it("reads '10pc' as a percentage, never a number of PCs", () => {
    expect(parsePercents("Shares fell 10pc on Monday, and rose 3.5pc later.").map((p) => p.value)).toEqual([
      10, 3.5,
    ]);
    expect(parsePercents("The company sold 10 PCs and 5 pcs of hardware.")).toEqual([]);
  });
});

describe("an English 'billion' quoted in a German text (stop 25)", () => {
  it("is a thousand million; the German capitalised 'Billion' stays a million million", () => {
    expect(parseAmounts("OpenAI acquires Statsig for $1.1 billion", "de").map((a) => a.value)).toEqual([
      1.1e9,
    ]);
    expect(parseAmounts("1,1 Billionen Dollar", "de").map((a) => a.value)).toEqual([1.1e12]);
  });
});
