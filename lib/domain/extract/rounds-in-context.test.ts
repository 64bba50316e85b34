import { describe, expect, it } from "vitest";
import { fieldsAsOf, proposalsFor } from "@/tests/support/extract/proposals";

/**
 * Rounds told the German way, and the words that date them or set them beside the news: found on
 * the labelled set in stop 27 (a Mistral AI round whose sentences the extractor did not read).
 * Sentences written for these tests, with other companies and sums.
 */
describe("German verbs of money raised", () => {
  const read = fieldsAsOf("2025-03-12", ["type", "lab", "amountUsd"]);

  it("reads 'einsammeln', a long 'sammelte … ein', 'sicherte sich … Millionen' and money 'bekommen'", () => {
    expect(read("Cohere konnte im März 300 Millionen Dollar einsammeln.", "de")).toEqual([
      ["investment", "cohere", 300_000_000],
    ]);
    expect(
      read(
        "Cohere sammelte 300 Millionen Dollar allein von Nvidia und 200 Millionen Dollar von Oracle ein.",
        "de",
      ),
    ).toEqual([["investment", "cohere", 300_000_000]]);
    expect(read("Cohere sicherte sich in einer neuen Runde noch einmal 500 Millionen Dollar.", "de")).toEqual(
      [["investment", "cohere", 500_000_000]],
    );
    expect(read("Cohere hat von Nvidia 500 Millionen Dollar bekommen.", "de")).toEqual([
      ["investment", "cohere", 500_000_000],
    ]);
  });

  it("still reads no round where nothing was raised", () => {
    expect(read("Cohere sammelte Erfahrungen mit Kunden in Kanada und Europa ein.", "de")).toEqual([]);
    expect(read("Cohere sicherte sich die Rechte an der Marke.", "de")).toEqual([]);
  });
});

describe("dates beside the fact", () => {
  const read = (text: string) =>
    proposalsFor(text, { lang: "de", articleDate: "2025-03-12", background: true }).map((e) => [
      e.type,
      e.background === true,
      e.occurred?.from,
    ]);

  it("does not date a round by a 'nachdem' clause in the past perfect", () => {
    expect(
      read(
        "Nachdem im Oktober ein erster Betrag (80 Millionen Euro) geflossen war, sicherte sich Cohere noch einmal 500 Millionen Dollar.",
      ),
    ).toEqual([["investment", false, "2025-03-01"]]);
  });

  it("still dates it by a 'nachdem' clause of the same days", () => {
    expect(
      read(
        "Nachdem die beiden Gründer diese Woche zu Microsoft wechselten, verlässt nun auch der Cohere-Chef das Unternehmen.",
      ),
    ).toEqual([["departure", false, "2025-03-10"]]);
  });

  it("reads a gender colon ('Investor:innen') as no end of the clause, so an old date makes it background", () => {
    expect(
      read(
        "Noch ohne eigenes Produkt hatte Cohere im Mai 2023 bei Investor:innen 100 Millionen Euro einsammeln können.",
      ),
    ).toEqual([["investment", true, "2023-05-01"]]);
  });
});

describe("a paragraph that sets other cases beside the news", () => {
  it("is context from its opening ('Zur Einordnung', 'For comparison') to its end", () => {
    const text = [
      "Cohere sammelt 500 Millionen Dollar ein.",
      "Zur Einordnung: OpenAI hat im Januar von Microsoft zehn Milliarden Dollar bekommen. Das KI-Startup Anthropic sammelte zwei Milliarden Dollar von Google ein.",
    ].join("\n\n");
    const found = proposalsFor(text, { lang: "de", articleDate: "2025-03-12", background: true });
    expect(found.map((e) => [e.lab, e.background === true])).toEqual([
      ["cohere", false],
      ["openai", true],
      ["anthropic", true],
    ]);
    const english = proposalsFor(
      "Cohere raised $500 million on Tuesday.\n\nFor comparison, Anthropic raised $2 billion from Google.",
      { lang: "en", articleDate: "2025-03-12", background: true },
    );
    expect(english.map((e) => [e.lab, e.background === true])).toEqual([
      ["cohere", false],
      ["anthropic", true],
    ]);
  });
});

describe("a figure without its currency", () => {
  const read = fieldsAsOf("2025-11-11", ["type", "lab", "amountUsd"]);

  it("is in the currency the article names for the same figure, not in dollars", () => {
    expect(
      read(
        "Google investiert 5,5 Milliarden in Deutschland\n\nGoogle will in den kommenden Jahren 5,5 Milliarden Euro in Deutschland investieren.",
        "de",
      ),
    ).toEqual([["investment", "google", null]]);
    expect(
      read("OpenAI sammelt 6,6 Milliarden ein\n\nOpenAI hat 6,6 Milliarden Dollar eingesammelt.", "de"),
    ).toEqual([["investment", "openai", 6_600_000_000]]);
  });
});

describe("a licence paid for content or data (stop 27, b19 real openings)", () => {
  const read = fieldsAsOf("2024-05-23", ["type", "lab", "counterparty", "counterpartyName", "amountUsd"]);

  it("is the payer's `other`, the one paid its other party, the price its amount", () => {
    expect(
      read("OpenAI will pay News Corp $250 million over five years to license its content.", "en"),
    ).toEqual([["other", "openai", null, "News Corp", 250_000_000]]);
    expect(read("OpenAI agreed to pay Reddit $60 million a year for access to its data.", "en")).toEqual([
      ["other", "openai", "reddit", null, 60_000_000],
    ]);
    expect(
      read(
        "OpenAI zahlt Dotdash Meredith künftig 16 Millionen US-Dollar im Jahr, um die Inhalte des Verlags nutzen zu dürfen.",
        "de",
      ),
    ).toEqual([["other", "openai", null, "Dotdash Meredith", 16_000_000]]);
  });

  it("reads no licence in a payment for something else", () => {
    expect(
      read("Microsoft paid $20 million to settle the FTC charges.", "en").map(([, , , name]) => name),
    ).toEqual([null]);
  });
});

describe("money raised for a founder's new company (stop 27, b19 real openings)", () => {
  const read = fieldsAsOf("2024-09-05", ["type", "lab", "amountUsd"]);

  it("is the new company's round, not that of the lab the founder comes from", () => {
    expect(
      read(
        "Ilya Sutskever, co-founder and former chief scientist of OpenAI, has raised USD 1 billion in funding for his new venture, Safe Superintelligence (SSI).",
        "en",
      ),
    ).toEqual([["investment", "safe-superintelligence", 1_000_000_000]]);
    expect(
      read(
        "OpenAI co-founder Ilya Sutskever has raised $1 billion for his new startup, Safe Superintelligence.",
        "en",
      ),
    ).toEqual([["investment", "safe-superintelligence", 1_000_000_000]]);
    expect(read("OpenAI Co-founder Ilya Sutskever Raises $1 Bn For New Startup Safe AI", "en")).toEqual([]);
  });

  it("still gives a lab's own round to it when its chief speaks", () => {
    expect(read("OpenAI CEO Sam Altman said the company raised $6.6 billion.", "en")).toEqual([
      ["investment", "openai", 6_600_000_000],
    ]);
  });
});

describe("capital raised and money claimed, the German way (stop 27, b21 real openings)", () => {
  const read = fieldsAsOf("2025-12-10", ["type", "lab", "amountUsd", "amountUsdMax", "amountQualifier"]);

  it("reads capital to be taken up ('Aufnahme von … Dollar', '… Dollar aufnehmen') as an investment", () => {
    expect(
      read(
        "Oracle hat für 2026 die Aufnahme von 45 bis 50 Milliarden Dollar aus Fremd- und Eigenkapital angekündigt.",
        "de",
      ),
    ).toEqual([["investment", "oracle", 45_000_000_000, 50_000_000_000, "exact"]]);
  });

  it("reads money claimed in a suit as the defendant's `other`, and 'eine Klage über' as exactly that sum", () => {
    expect(read("Musk fordert in dem Verfahren bis zu 134 Mrd. Dollar von OpenAI.", "de")).toEqual([
      ["other", "openai", 134_000_000_000, null, "up_to"],
    ]);
    expect(read("Musk is seeking up to $134 billion from OpenAI.", "en")).toEqual([
      ["other", "openai", 134_000_000_000, null, "up_to"],
    ]);
    expect(read("Google muss sich einer Klage über 1,67 Milliarden US-Dollar stellen.", "de")).toEqual([
      ["other", "google", 1_670_000_000, null, "exact"],
    ]);
  });
});

describe("a stake recalled in a relative clause (stop 27, b18 real openings)", () => {
  const read = (text: string) =>
    proposalsFor(text, { lang: "en", articleDate: "2024-10-02", background: true })
      .filter((e) => e.type === "investment")
      .map((e) => [e.lab, e.counterparty, e.amountUsd, e.background === true]);

  it("is the investor's, in the company before the clause, and background", () => {
    expect(read("Leike moved to Anthropic, which Amazon has invested $4 billion in, last week.")).toEqual([
      ["amazon", "anthropic", 4_000_000_000, true],
    ]);
    expect(
      read("Anthropic, in which Amazon has invested $8 billion, said on Monday it would cut jobs."),
    ).toEqual([["amazon", "anthropic", 8_000_000_000, true]]);
  });
});

describe("money a lab's staff raise (stop 27, b23 real openings)", () => {
  const read = fieldsAsOf("2024-01-20", ["type", "lab"]);

  it("is not the lab's round: 'DeepMind scientists have held discussions with potential investors'", () => {
    expect(
      read(
        "DeepMind scientists have held discussions with potential investors about a financing round that may exceed $200 million.",
        "en",
      ),
    ).toEqual([]);
    expect(read("OpenAI CEO Sam Altman said the company raised $6.6 billion.", "en")).toEqual([
      ["investment", "openai"],
    ]);
  });
});

describe("an investment by one company into another (stop 28, real openings b24)", () => {
  const read = fieldsAsOf("2024-08-08", ["type", "lab", "counterparty", "amountUsd"]);

  it("gives 'an investment by X into Y' to X, with Y as the other party, never X twice", () => {
    expect(read("The partnership included a $4bn investment by Amazon into Anthropic.", "en")).toEqual([
      ["investment", "amazon", "anthropic", 4_000_000_000],
    ]);
    expect(
      read("Es geht um eine Investition von zehn Milliarden Dollar durch Microsoft in OpenAI.", "de"),
    ).toEqual([["investment", "microsoft", "openai", 10_000_000_000]]);
    // told from the side of the one that receives it, it stays that company's round
    expect(read("Anthropic received a $4 billion investment by Amazon on Monday.", "en")).toEqual([
      ["investment", "anthropic", "amazon", 4_000_000_000],
    ]);
  });

  it("never makes a lab its own other party", () => {
    const events = proposalsFor(
      "Amazon under review\n\nThe CMA has started investigating Amazon's partnership with Anthropic. The partnership included a $4bn investment by Amazon into Anthropic.",
      { lang: "en", articleDate: "2024-08-08", background: true },
    );
    expect(events.filter((e) => e.type === "investment").map((e) => [e.lab, e.counterparty])).toEqual([
      ["amazon", "anthropic"],
    ]);
  });
});

describe("what a sum is in German deals (stop 28, real openings b27)", () => {
  const read = fieldsAsOf("2025-04-01", ["type", "lab", "counterparty", "amountUsd"]);

  it("never takes a valuation for the round's sum ('Bewertung steigt auf', 'mit … und damit … bewertet')", () => {
    expect(
      read("Softbank führt Rekordfinanzierung bei Mistral AI an – Bewertung steigt auf 30 Mrd. Dollar", "de"),
    ).toEqual([]);
    expect(
      read(
        "Dabei wird Mistral AI inklusive des frischen Kapitals mit 30 Mrd. Dollar und damit doppelt so hoch bewertet.",
        "de",
      ),
    ).toEqual([]);
    expect(
      read(
        "Mistral AI sammelte 4 Milliarden Dollar ein und wird nun mit 30 Milliarden Dollar bewertet.",
        "de",
      ),
    ).toEqual([["investment", "mistral-ai", null, 4_000_000_000]]);
  });

  it("reads a company bought by the price paid for it ('zahlt … für die Sicherheitsfirma', 'legt … auf den Tisch')", () => {
    expect(read("Google zahlt 32 Milliarden Dollar für israelische Sicherheitsfirma Wiz", "de")).toEqual([
      ["acquisition", "google", "wiz", 32_000_000_000],
    ]);
    expect(
      read(
        "Google legt für die israelische Cybersicherheitsfirma Wiz 32 Milliarden US-Dollar in bar auf den Tisch.",
        "de",
      ),
    ).toEqual([["acquisition", "google", "wiz", 32_000_000_000]]);
    // a payment for content is a licence, no purchase
    expect(
      read("Meta zahlt 16 Millionen Dollar für die Nutzung der Inhalte.", "de").map((e) => e[0]),
    ).toEqual(["other"]);
  });
});
