import { describe, expect, it } from "vitest";
import { fieldsAsOf } from "@/tests/support/extract/proposals";

/**
 * Purchases announced or told with a description of what is bought, and share moves in the
 * present tense: found on the b43–b44 sets of real openings (stop 29). Sentences written for
 * these tests.
 */
const deal = fieldsAsOf("2025-03-10", ["type", "lab", "counterpartyName", "amountUsd"]);
const move = fieldsAsOf("2025-03-10", ["type", "lab", "percent"]);

describe("a purchase announced or described", () => {
  it("reads 'would buy' and 'will … kaufen' as a purchase", () => {
    expect(deal("Nvidia said it would buy chip designer Enfabrica for $900 million.", "en")).toEqual([
      ["acquisition", "nvidia", "Enfabrica", 9e8],
    ]);
    expect(deal("SAP will die Firma Signavio für eine Milliarde Dollar kaufen.", "de")).toEqual([
      ["acquisition", "sap", "Signavio", 1e9],
    ]);
  });

  it("names what is bought after a description ('den Softwareanbieter WalkMe', 'drone maker Blue Ocean')", () => {
    expect(deal("Siemens übernimmt den Softwareanbieter Dotmatics für 5,1 Milliarden Dollar.", "de")).toEqual(
      [["acquisition", "siemens", "Dotmatics", 5.1e9]],
    );
    expect(deal("Helsing will acquire Australian drone maker Blue Ocean.", "en")).toEqual([
      ["acquisition", "helsing", "Blue Ocean", null],
    ]);
  });

  it("does not read investors buying shares as a purchase (negative)", () => {
    expect(deal("Anleger wollen jetzt Nvidia-Aktien kaufen.", "de").map(([t]) => t)).not.toContain(
      "acquisition",
    );
  });
});

describe("a share move in the present tense", () => {
  it("reads 'fällt', 'fallen … zurück', 'bricht … ein' and 'shares fall' as a fall", () => {
    expect(move("Die Tencent-Aktie fällt in Hongkong um 3,1 Prozent.", "de")).toEqual([
      ["stock_move", "tencent", -3.1],
    ]);
    expect(move("Die Anteilsscheine von Baidu fallen in Hongkong 2,4 Prozent zurück.", "de")).toEqual([
      ["stock_move", "baidu", -2.4],
    ]);
    expect(move("Die Aktie von Alibaba bricht um 6 Prozent ein.", "de")).toEqual([
      ["stock_move", "alibaba", -6],
    ]);
    expect(move("Baidu shares fall 4.2% in Hong Kong.", "en")).toEqual([["stock_move", "baidu", -4.2]]);
  });

  it("reads 'steigt' as a rise, but 'steigt … ein' as money put in (negative)", () => {
    expect(move("Die Nvidia-Aktie steigt um 4 Prozent.", "de")).toEqual([["stock_move", "nvidia", 4]]);
    expect(
      move("Nvidia steigt beim Start-up Mistral AI mit einem Aktienpaket ein.", "de").map(([t]) => t),
    ).not.toContain("stock_move");
  });

  it("keeps both facts of a headline split by a colon", () => {
    expect(
      deal("Aktie bricht ein: Super Micro Computer kündigt 2 Milliarden Dollar Kapitalerhöhung an", "de").map(
        ([t]) => t,
      ),
    ).toEqual(expect.arrayContaining(["stock_move", "investment"]));
  });
});

describe("a valuation named a few words before its figure", () => {
  const amount = fieldsAsOf("2025-03-10", ["type", "amountUsd"]);

  it("is never the round's amount", () => {
    expect(
      amount(
        "Mistral AI hat eine neue Finanzierungsrunde abgeschlossen, die Bewertung liegt inzwischen bei 3 Milliarden US-Dollar.",
        "de",
      ),
    ).toEqual([["investment", null]]);
    expect(
      amount(
        "Moonshot AI raised new funding, and its latest valuation has reached 3 billion US dollars.",
        "en",
      ),
    ).toEqual([["investment", null]]);
  });

  it("leaves a round told after the word its amount (negative)", () => {
    expect(amount("Nach der Bewertung sammelte Mistral AI 500 Millionen Dollar ein.", "de")).toEqual([
      ["investment", 5e8],
    ]);
  });
});

describe("purchases told in the perfect, and the owner of moving shares", () => {
  const who = fieldsAsOf("2025-03-10", ["type", "lab", "labName", "amountUsd"]);

  it("reads 'hat … übernommen' as a purchase, but not a post or people taken on", () => {
    expect(
      who("Gerade erst hat Nvidia das Start-up Run:ai für 700 Millionen Dollar übernommen.", "de"),
    ).toEqual([["acquisition", "nvidia", null, 7e8]]);
    expect(who("Im März hat Satya Nadella die Leitung des Teams von Microsoft übernommen.", "de")).toEqual(
      [],
    );
    expect(who("Google hat die Gründer von Windsurf übernommen.", "de").map(([t]) => t)).toEqual(["hiring"]);
  });

  it("gives shares that move to the company named with them, even one the knowledge base does not know", () => {
    expect(who("Altair shares fell 4.3% after Siemens announced the deal.", "en")).toEqual([
      ["stock_move", null, "Altair", null],
    ]);
    // negative: a sector's shares are no company's
    expect(who("Tech shares fell 4% on Monday.", "en")).toEqual([]);
  });

  it("takes the name in apposition after 'The startup' for the subject", () => {
    expect(who("The startup, Rain AI, raised $25 million this month.", "en")).toEqual([
      ["investment", null, "Rain AI", 2.5e7],
    ]);
  });

  it("reads 'a half dozen' as six", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "headcount"])(
        "More than a half dozen senior employees have left Synthesia.",
        "en",
      ),
    ).toEqual([["departure", 6]]);
  });
});

describe("a unit and its owner, forecasts and reports", () => {
  const read = fieldsAsOf("2025-03-10", ["type", "lab"]);

  it("gives a unit's news to the unit, not to the owner that describes it", () => {
    expect(read("Die Microsoft-Tochter GitHub streicht 10 Prozent der Stellen.", "de")).toEqual([
      ["layoff", "github"],
    ]);
    expect(read("Alphabet-owned Waymo is laying off 5 per cent of its staff.", "en")).toEqual([
      ["layoff", "waymo"],
    ]);
    expect(read("Amazon's self-driving unit Zoox cut 100 jobs.", "en")).toEqual([["layoff", "zoox"]]);
    // negative: a unit that is part of the company, "Google's AI unit DeepMind", is the company's
    expect(read("Two researchers are joining Google's AI unit DeepMind.", "en")).toEqual([
      ["hiring", "google"],
    ]);
  });

  it("reads 'kürzt' and 'kappt' with jobs as a layoff, but not a cut of something else", () => {
    expect(read("Der Chipkonzern Intel kappt 500 Stellen.", "de")).toEqual([["layoff", "intel"]]);
    expect(read("Mobileye kürzt rund 200 Stellen in Israel.", "de")).toEqual([["layoff", "mobileye"]]);
    expect(read("Intel kürzt die Investitionen in neue Stellen nicht.", "de")).toEqual([]);
  });

  it("does not read a forecast raised as money raised, nor late reports as a release put off", () => {
    expect(read("Nvidia raised its revenue forecast to $30 billion.", "en")).toEqual([]);
    expect(read("Tesla blamed the delays in reporting crashes on a data collection problem.", "en")).toEqual(
      [],
    );
  });

  it("does not take the share price's fall for a job cut's share", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "percent"])(
        "Mobileye lays off 200 employees after its shares fall more than 40% this year.",
        "en",
      ).find(([t]) => t === "layoff"),
    ).toEqual(["layoff", null]);
  });
});

describe("an investor's part in another company's round", () => {
  it("is the round's company's investment, with the investor as the other party", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "lab", "counterparty", "amountUsd"])(
        "Nvidia would put in $50 million as part of Wayve's funding round.",
        "en",
      ),
    ).toEqual([["investment", "wayve", "nvidia", 5e7]]);
  });

  it("stays the company's own when it raises (negative)", () => {
    expect(
      fieldsAsOf("2025-03-10", ["type", "lab", "counterparty"])(
        "Wayve raised $1 billion in a round led by SoftBank.",
        "en",
      ),
    ).toEqual([["investment", "wayve", "softbank"]]);
  });
});

describe("money paid to take people on", () => {
  it("is the hire's amount", () => {
    expect(
      fieldsAsOf("2025-07-15", ["type", "lab", "amountUsd"])(
        "Meta paid $1.5 billion to hire away the founders of Thinking Machines Lab.",
        "en",
      ),
    ).toEqual([["hiring", "meta", 1.5e9]]);
  });

  it("leaves a pay package or no sum alone (negative)", () => {
    expect(
      fieldsAsOf("2025-07-15", ["type", "amountUsd"])("Meta hired three researchers from OpenAI.", "en"),
    ).toEqual([["hiring", null]]);
  });
});
