import { describe, expect, it } from "vitest";
import { fieldsAsOf, proposalsFor, summary } from "@/tests/support/extract/proposals";

/**
 * Products held back, money burned, deals on ice, people poached and models ranked low: found on
 * the b30–b32 sets of real openings (stop 28). Sentences written for these tests.
 */
const read = fieldsAsOf("2025-09-03", ["type", "lab", "amountUsd"]);

describe("a product held back in a region or for now", () => {
  it("reads a release kept out of the EU or Europe as a delay", () => {
    expect(
      read("Meta hat eine neue KI-Brille vorgestellt, die allerdings nicht in der EU erscheint.", "de"),
    ).toEqual([["delay", "meta", null]]);
    expect(read("Apple Intelligence kommt vorerst nicht in die EU.", "de")).toEqual([
      ["delay", "apple", null],
    ]);
    expect(read("OpenAI will skip Europe for the introduction of its new video app Sora.", "en")).toEqual([
      ["delay", "openai", null],
    ]);
    // a product offered only in the EU is held back nowhere
    expect(read("Der neue Chatbot von Mistral AI ist nur in der EU verfügbar.", "de")).toEqual([]);
  });

  it("reads a product given up or not released for now as a delay", () => {
    expect(read("Samsung is going to abolish work on its Gauss AI model.", "en")).toEqual([
      ["delay", "samsung", null],
    ]);
    expect(read("Das neue Modell von Mistral AI wird vorerst nicht veröffentlicht.", "de")).toEqual([
      ["delay", "mistral-ai", null],
    ]);
  });

  it("reads sign-ups paused for want of capacity as `other`", () => {
    expect(read("OpenAI had to pause the creation of new Sora accounts due to demand.", "en")).toEqual([
      ["other", "openai", null],
    ]);
  });
});

describe("money burned, a deal on ice", () => {
  it("reads cash burned or lost with its sum as `other`, and a generic burn as nothing", () => {
    expect(read("OpenAI now expects its cash burn to reach more than $8 billion this year.", "en")).toEqual([
      ["other", "openai", 8_000_000_000],
    ]);
    expect(read("xAI verbrennt jeden Monat rund eine Milliarde Dollar.", "de")).toEqual([
      ["other", "xai", 1_000_000_000],
    ]);
    expect(
      read(
        "Auf mindestens 13 Milliarden Dollar sollen sich die Verluste bei xAI in diesem Jahr belaufen.",
        "de",
      ),
    ).toEqual([["other", "xai", 13_000_000_000]]);
    expect(
      read("Ein Modell von Meta, das keine guten Ergebnisse liefert, verbrennt wertvolles Kapital.", "de"),
    ).toEqual([]);
  });

  it("reads a deal put on ice as `other`, but plans that only stall as nothing", () => {
    expect(
      read("Der Mega-Deal zwischen Nvidia und OpenAI liegt aber auf Eis.", "de").map((e) => e[0]),
    ).toEqual(["other"]);
    expect(read("Doch die Pläne von Apple gerieten ins Stocken.", "de")).toEqual([]);
  });
});

describe("rounds, moves, hires and ranks in other words", () => {
  it("reads 'sammelte in der neuen Runde 13 Milliarden Dollar … ein' beside a valuation", () => {
    expect(
      read(
        "Anthropic sammelte in der neuen Runde 13 Milliarden Dollar bei einer Bewertung von 183 Milliarden Dollar ein.",
        "de",
      ),
    ).toEqual([["investment", "anthropic", 13_000_000_000]]);
  });

  it("reads a 'Kursrückgang' as a fall", () => {
    expect(
      fieldsAsOf("2025-09-03", ["type", "lab", "percent"])(
        "Der Kursrückgang der Nvidia-Aktie belief sich auf 18,2 Prozent.",
        "de",
      ),
    ).toEqual([["stock_move", "nvidia", -18.2]]);
  });

  it("reads 'holt Forscher von X' as a hire from X, not by X", () => {
    const found = proposalsFor("Microsofts Suleyman holt Top-Forscher von Google DeepMind.", {
      lang: "de",
      articleDate: "2025-02-06",
    });
    expect(found.map((e) => [e.type, e.lab, e.counterparty])).toEqual([["hiring", "microsoft", "google"]]);
  });

  it("reads a model placed low in a test as weak performance", () => {
    expect(read("Gemini 2.5 schnitt im Test nicht besonders gut ab.", "de")).toEqual([
      ["benchmark_underperformance", "google", null],
    ]);
    expect(read("Grok 3 ranked last among the tested models.", "en")).toEqual([
      ["benchmark_underperformance", "xai", null],
    ]);
  });

  it("reads no purchase someone only thought had happened", () => {
    expect(read("I mistakenly thought Humanloop had been acquired by Anthropic.", "en")).toEqual([]);
    expect(read("The deal echoes Amazon's not-quite acquisition of Adept.", "en")).toEqual([]);
  });

  it("reads the precedent a decision follows as background", () => {
    const found = proposalsFor(
      "Meta's decision to abandon the EU rollout follows a similar act by Apple, which delayed Apple Intelligence in the EU.",
      { lang: "en", articleDate: "2024-07-18", background: true },
    );
    expect(found.filter((e) => e.lab === "apple").map((e) => [summary(e), e.background])).toEqual([
      ["delay apple/apple-intelligence", true],
    ]);
  });
});

describe("units bought, rivals named, jobs reduced (stop 28, b32)", () => {
  it("reads a company's unit bought as an acquisition", () => {
    expect(read("SoftBank agreed to buy the robotics unit of ABB for $5.4 billion.", "en")).toEqual([
      ["acquisition", "softbank", 5_400_000_000],
    ]);
  });

  it("puts money into the rival named, not the lab it rivals", () => {
    expect(
      fieldsAsOf("2025-10-09", ["type", "lab", "counterparty"])(
        "Nvidia invested $2 billion in OpenAI rival Anthropic.",
        "en",
      ),
    ).toEqual([["investment", "nvidia", "anthropic"]]);
  });

  it("reads 'reduced around 16,000 jobs' as a layoff", () => {
    expect(
      fieldsAsOf("2025-10-09", ["type", "lab", "headcount"])(
        "Amazon reduced around 16,000 jobs this month.",
        "en",
      ),
    ).toEqual([["layoff", "amazon", 16_000]]);
  });
});

describe("appointments and joining, told the other way round (stop 28, b31)", () => {
  const people = fieldsAsOf("2025-07-26", ["type", "lab", "counterparty"]);

  it("reads a passive appointment to a lab's post as that lab's hire, not a founder heading his own startup", () => {
    expect(
      people(
        "Shengjia Zhao, a former OpenAI researcher, has been appointed chief scientist of Meta's Superintelligence Lab.",
        "en",
      ),
    ).toEqual([["hiring", "meta", "openai"]]);
    expect(people("Sebastien Bubeck wurde zum Chefwissenschaftler von Meta ernannt.", "de")).toEqual([
      ["hiring", "meta", null],
    ]);
    expect(
      people("OpenAI co-founder Ilya Sutskever has been named CEO of his startup Mistral AI.", "en").map(
        (e) => e[0],
      ),
    ).not.toContain("hiring");
  });

  it("reads 'um sich OpenAI anzuschließen' as where the one leaving goes", () => {
    expect(
      people(
        "Microsoft teilte mit, dass sein Vizepräsident Sebastien Bubeck das Unternehmen verlässt, um sich OpenAI anzuschließen.",
        "de",
      ),
    ).toEqual([["departure", "microsoft", "openai"]]);
  });
});

describe("capital taken up and spending on what is built (stop 28, b32)", () => {
  it("reads '9,3 Milliarden Dollar an Fremd- und Eigenkapital aufzunehmen' as a raise", () => {
    expect(
      read(
        "Aktuell versuche xAI daher, rund 9,3 Milliarden Dollar an Fremd- und Eigenkapital aufzunehmen.",
        "de",
      ),
    ).toEqual([["investment", "xai", 9_300_000_000]]);
  });

  it("stores 'Investitionen von …' for data centres as capex, one company's investment in another not", () => {
    const kind = (text: string, lang: "de" | "en") =>
      proposalsFor(text, { lang, articleDate: "2026-02-05" }).map((e) => e.amountKind);
    expect(
      kind(
        "Amazon kündigt für 2026 Investitionen von rund 200 Milliarden Dollar an – vor allem für Rechenzentren und Chips.",
        "de",
      ),
    ).toEqual(["capex"]);
    expect(
      kind(
        "Nvidia wants to secure its place in future data centers of OpenAI with an investment of up to 100 billion dollars.",
        "en",
      ),
    ).not.toContain("capex");
  });
});

describe("factories, bans, prices and teams (stop 28, b34, b35)", () => {
  const types = (text: string, lang: "de" | "en") =>
    proposalsFor(text, { lang, articleDate: "2025-02-05" }).map((e) => [e.type, e.lab, e.reportedBy]);

  it("reads factories whose building is put off, verb first, as `other`", () => {
    expect(types("Intel verschiebt den Bau der beiden Fabriken in Ohio.", "de")).toEqual([
      ["other", "intel", null],
    ]);
    expect(types("Intel delays construction of its two factories in Ohio.", "en")).toEqual([
      ["other", "intel", null],
    ]);
  });

  it("reads a state's ban on a company or a sale as that company's `other`, not its statement", () => {
    expect(types("Australia announced a ban on DeepSeek on government devices.", "en")).toEqual([
      ["other", "deepseek", null],
    ]);
    expect(types("Peking untersagte den Verkauf des Nvidia-Chips H20.", "de").map((e) => e[0])).toEqual([
      "other",
    ]);
  });

  it("reads no investment in a device's price and no departure in a move to another team", () => {
    expect(
      types(
        "Experten rechnen mit Kosten von mehr als 2.000 US-Dollar für den Roboter von Samsung – eine erhebliche Investition für ein Gerät.",
        "de",
      ),
    ).toEqual([]);
    expect(types("Die Experten von Apple sollen nun zum Smart-Glasses-Team wechseln.", "de")).toEqual([]);
    expect(
      types("Sebastien Bubeck verlässt Microsoft und wechselt zum Forschungsteam von OpenAI.", "de").map(
        (e) => e[0],
      ),
    ).toEqual(["departure"]);
  });

  it("reads a product put on ice or filed away as a delay", () => {
    expect(types("Meta hat die neue Brille zu den Akten gelegt.", "de").map((e) => e[0])).toEqual(["delay"]);
  });
});

describe("data left open and stakes written down (stop 28, b33)", () => {
  const facts = (text: string, lang: "de" | "en") =>
    proposalsFor(text, { lang, articleDate: "2024-12-12" }).map((e) => [
      e.type,
      e.lab,
      e.amountUsd,
      e.reportedBy,
    ]);

  it("reads a database left open as a security incident, and records counted as no money", () => {
    expect(
      facts("Die Datenbank von DeepSeek stand offen im Netz und gab 64 Millionen Datensätze preis.", "de"),
    ).toEqual([["other", "deepseek", null, null]]);
  });

  it("reads a stake written down as the writer's charge, not an investment", () => {
    expect(
      facts("Microsoft schreibt Millionen auf seinen Anteil an der GM-Tochter Cruise ab.", "de"),
    ).toEqual([["other", "microsoft", null, null]]);
    expect(
      facts(
        "Microsoft nahm eine Wertberichtigung von 800 Millionen Dollar auf seine Beteiligung an Inflection AI vor.",
        "de",
      ),
    ).toEqual([["other", "microsoft", 800_000_000, null]]);
    expect(facts("Microsoft wrote down its stake in Inflection AI.", "en").map((e) => e[0])).toEqual([
      "other",
    ]);
  });
});

describe("leads told by other verbs, prices missed (stop 28, b33)", () => {
  const round = fieldsAsOf("2025-06-01", ["type", "lab", "counterparty"]);

  it("reads 'headed' and 'spearheaded' a round as its lead, the round the raiser's", () => {
    expect(round("SoftBank Group later headed a $676 million round in Mistral AI.", "en")).toEqual([
      ["investment", "mistral-ai", "softbank"],
    ]);
    expect(round("Nvidia spearheaded a $500 million round for Mistral AI.", "en")).toEqual([
      ["investment", "mistral-ai", "nvidia"],
    ]);
  });

  it("reads a price that fell short of a valuation as no weak result", () => {
    expect(round("The price tag of Inflection AI fell short of the unicorn valuation.", "en")).toEqual([]);
    expect(round("Google's Gemini 2.5 fell short of expectations in coding tests.", "en")).toEqual([
      ["benchmark_underperformance", "google", null],
    ]);
  });
});

describe("a passive with adverbs, a funding gap, outages in compounds (stop 28, b36, b37)", () => {
  const facts = fieldsAsOf("2026-01-10", ["type", "lab", "amountUsd"]);

  it("keeps the one sued in 'is also being famously sued by'", () => {
    expect(facts("OpenAI is also being famously sued by The New York Times.", "en")).toEqual([
      ["other", "openai", null],
    ]);
  });

  it("reads no investment in a funding gap and an outage in 'Systemausfällen'", () => {
    expect(facts("HSBC sieht bei OpenAI ein 207 Mrd. Dollar großes Finanzierungsloch.", "de")).toEqual([]);
    expect(facts("Anthropic berichtet von mindestens sieben Systemausfällen bei Claude.", "de")).toEqual([
      ["other", "anthropic", null],
    ]);
  });
});

describe("a unit sold, told by the seller (stop 28, b37)", () => {
  const deal = fieldsAsOf("2025-10-09", ["type", "lab", "amountUsd"]);

  it("gives the purchase to the one the unit goes to", () => {
    expect(deal("ABB sells its robotics unit to SoftBank for $5.4 billion.", "en")).toEqual([
      ["acquisition", "softbank", 5_400_000_000],
    ]);
    expect(deal("ABB verkauft seine Robotiksparte für 5,4 Milliarden Dollar an Softbank.", "de")).toEqual([
      ["acquisition", "softbank", 5_400_000_000],
    ]);
    expect(
      deal(
        "Die ABB-Sparte Robotics geht für 5,375 Milliarden Dollar an die japanische Softbank Group.",
        "de",
      ),
    ).toEqual([["acquisition", "softbank", 5_375_000_000]]);
    // sold to no company named: no purchase
    expect(deal("Intel sold its networking unit to investors.", "en")).toEqual([]);
  });
});

describe("risks raised, ideas floated, jobs to start (stop 28, b36)", () => {
  const facts = fieldsAsOf("2025-06-01", ["type", "lab"]);

  it("reads no event in risks raised, an idea floated or a job someone was to start", () => {
    expect(facts("The vote raises further risks for Tesla.", "en")).toEqual([]);
    expect(facts("Tesla floated the idea of a $5 billion infusion into xAI last year.", "en")).toEqual([]);
    expect(facts("He was due to start at OpenAI in August.", "en")).toEqual([]);
    expect(facts("GPT-5 was due to launch in August but slipped.", "en")).toEqual([["delay", "openai"]]);
  });
});
