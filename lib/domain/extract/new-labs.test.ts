/**
 * Organisations the knowledge base does not know, found by where their name stands. Sentences
 * invented in the style of news; the companies are made up.
 */
import { describe, it } from "vitest";
import { expectEach, expectNone, proposalsFor, summary } from "@/tests/support/extract/proposals";
import { appositionNames } from "./new-labs";

const names = (text: string) => appositionNames(text).map((n) => n.name);
const run = (text: string, lang: "en" | "de") =>
  proposalsFor(text, { lang, articleDate: "2025-09-10" }).map(summary);

describe("new organisations by their place in the sentence", () => {
  it("reads a name in apposition with a company noun (English and German)", () => {
    expectEach(names, [
      ["Vireo, a Paris-based AI startup, raised $150 million on Monday.", ["Vireo"]],
      ["Kestrel, ein Münchner KI-Start-up, hat 20 Millionen Euro eingesammelt.", ["Kestrel"]],
      ["Shares of Vireo fell 12% on Tuesday.", ["Vireo"]],
    ]);
  });

  it("takes no sentence opener, weekday or German noun for a company", () => {
    // negative: the comma follows an adverb or a day; German capitalises every noun
    expectNone(names, [
      "However, a company that size cannot move fast.",
      "Microsoft said Tuesday, a day after the company reported earnings, that it would cut jobs.",
      "Die Übernahme der Kontrolle durch den Investor ist gescheitert.",
    ]);
  });

  it("proposes the new company's events", () => {
    expectEach(run, [
      [
        "Vireo, a Paris-based AI startup, raised $150 million in a round led by Sequoia.",
        "en",
        ["investment ?Vireo"],
      ],
      [
        "Kestrel, ein Münchner KI-Start-up, hat 20 Millionen Dollar eingesammelt.",
        "de",
        ["investment ?Kestrel"],
      ],
    ]);
  });

  it("reads 'das Unternehmen' after a new company's name as that company", () => {
    expectEach(run, [
      ["Kestrel-Chef Max Mustermann verlässt das Unternehmen.", "de", ["departure ?Kestrel"]],
      [
        "Vireo Inc. said on Monday that its chief executive will leave the company.",
        "en",
        ["departure ?Vireo"],
      ],
    ]);
  });
});

describe("a company bought or invested in that the knowledge base does not know (stop 25)", () => {
  const deals = (text: string, lang: "en" | "de") =>
    proposalsFor(text, { lang, articleDate: "2025-09-10" })
      .filter((e) => e.type === "acquisition" || e.type === "investment")
      .map((e) => [e.type, e.lab, e.counterparty ?? e.counterpartyName, e.amountUsd]);

  it("reads the priced object of buying as a company, and names it as the other party", () => {
    expectEach(names, [
      ["OpenAI acquires Statsig for $1.1 billion.", ["Statsig"]],
      ["Nun übernimmt AMD nun Kestrel Systems für 4,9 Milliarden Dollar.", ["Kestrel Systems"]],
      ["Nvidia invests $500 million in Vireo, a Paris-based AI startup.", ["Vireo"]],
    ]);
    expectEach(deals, [
      [
        "OpenAI acquires Statsig for $1.1 billion.",
        "en",
        [["acquisition", "openai", "Statsig", 1_100_000_000]],
      ],
      [
        "Nun übernimmt AMD Kestrel Systems für 4,9 Milliarden Dollar.",
        "de",
        [["acquisition", "amd", "Kestrel Systems", 4_900_000_000]],
      ],
      [
        "Nvidia invests $500 million in Vireo, a Paris-based AI startup.",
        "en",
        [["investment", "nvidia", "Vireo", 500_000_000]],
      ],
    ]);
  });

  it("takes no German noun bought without a price, no headline words and no office for a company", () => {
    expectNone(names, [
      "Google übernimmt Verantwortung für die Fehler.",
      "Amazon Pours $4B Into AI Startup, Challenging Google",
    ]);
    expectEach(deals, [
      [
        "Amazon Pours $4B Into AI Startup, Challenging Google",
        "en",
        [["investment", "amazon", null, 4_000_000_000]],
      ],
    ]);
  });
});
