/**
 * Products the knowledge base does not hold, found by what the sentence says about them, and the
 * events they are attached to. Sentences invented in the style of news; each pattern has an
 * English and a German case and a case that must not fire.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { slugify } from "../slugify";
import { seedContext } from "@/tests/support/extract/seed-context";

const run = (text: string, lang: "en" | "de") =>
  extractFromText(text, seedContext({ lang, articleDate: "2025-09-10" }));
/** "type lab/model" of each news event; "?Name" for a model the knowledge base does not hold */
const events = (text: string, lang: "en" | "de") =>
  run(text, lang)
    .events.filter((e) => !e.background)
    .map(
      (e) => `${e.type} ${e.lab ?? `?${e.labName}`}/${e.model ?? (e.modelName ? `?${e.modelName}` : "-")}`,
    );
const unknown = (text: string, lang: "en" | "de") => run(text, lang).unknownModels;

describe("a lab's possessive and a product noun", () => {
  it("names an unnamed device after its lab (English)", () => {
    const [e] = run("Samsung has pushed back its smart ring to next spring, two people said.", "en").events;
    // "smart ring" is no device noun of the rules: only what the list holds fires
    expect(e?.modelName ?? null).toBeNull();
    expect(
      events("Apple's smart speaker has been delayed until next year, people familiar said.", "en"),
    ).toEqual(["delay apple/?Apple smart speaker"]);
    expect(slugify("Apple smart speaker")).toBe("apple-smart-speaker");
    // a product the knowledge base knows by name is its entry ("Home Hub" is apple-home-hub)
    expect(events("Apple's Home Hub has been delayed until next year, people familiar said.", "en")).toEqual([
      "delay apple/apple-home-hub",
    ]);
    expect(events("Google has delayed its first augmented reality headset to 2026.", "en")).toEqual([
      "delay google/?Google augmented reality headset",
    ]);
  });

  it("names an unnamed device after its lab (German)", () => {
    expect(events("Google verschiebt sein neues Smartphone auf das kommende Jahr.", "de")).toEqual([
      "delay google/?Google smartphone",
    ]);
    expect(events("Meta stoppt nach heftiger Kritik den Verkauf seiner KI-Brille.", "de")).toEqual([
      "controversy meta/?Meta AI glasses",
    ]);
  });

  it("takes no plural, no bare 'model' and no clause for a product", () => {
    expect(events("Nvidia has delayed shipments of its chips to China by a quarter.", "en")).toEqual([
      "delay nvidia/-",
    ]);
    expect(unknown("Microsoft said its AI models would be delayed.", "en")).toEqual([]);
    expect(unknown("Apple's plan to sell more phones in India slipped.", "en")).toEqual([]);
    expect(unknown("Der Konzern verschiebt seine Chips für China.", "de")).toEqual([]);
  });
});

describe("a product the lab is making, introduced with 'a'", () => {
  it("is the product the next sentence's event is about (English)", () => {
    expect(events("Apple is building a smart speaker. Its launch has slipped to 2026.", "en")).toEqual([
      "delay apple/?Apple smart speaker",
    ]);
  });

  it("is named in English, so both packs give it one slug (German)", () => {
    expect(
      events("OpenAI arbeitet an einem eigenen Gerät. Der Start verzögert sich bis 2027.", "de"),
    ).toEqual(["delay openai/?OpenAI device"]);
  });

  it("takes no team, plan or market for a product", () => {
    expect(unknown("Apple is building a team of 200 engineers.", "en")).toEqual([]);
    expect(unknown("Der Konzern plant einen Umbau der Chip-Sparte.", "de")).toEqual([]);
  });
});

describe("a name and a thing noun", () => {
  it("reads the name before 'chip' or 'model' (English)", () => {
    expect(events("Amazon has delayed the Kestrel chip to 2026, The Information reported.", "en")).toEqual([
      "delay amazon/?Kestrel",
    ]);
  });

  it("reads German compounds and 'das Modell X' (German)", () => {
    expect(events("Amazon verschiebt den Kestrel-Chip auf das Jahr 2026.", "de")).toEqual([
      "delay amazon/?Kestrel",
    ]);
    expect(events("Google stoppt das Modell Nimbus 2 nach heftiger Kritik.", "de")).toEqual([
      "controversy google/?Nimbus 2",
    ]);
  });

  it("takes no kind of thing and no sentence opening for a name", () => {
    expect(unknown("Chinese chips lag far behind, analysts said.", "en")).toEqual([]);
    expect(unknown("Frontier models are getting costlier, the company said.", "en")).toEqual([]);
    expect(unknown("Der Grafik-Chip und das Sprach-Modell kommen später.", "de")).toEqual([]);
    expect(unknown("Das Geschäfts-Modell des Konzerns wackelt.", "de")).toEqual([]);
    // a maker of the chip, not the chip
    expect(unknown("Der Kestrel-Chip-Hersteller verschiebt den Start.", "de")).toEqual([]);
  });
});

describe("a known line with a new version", () => {
  it("is a new model of the same lab (English)", () => {
    expect(events("Meta has postponed the release of Llama 7 until next year.", "en")).toEqual([
      "delay meta/?Llama 7",
    ]);
    expect(events("Alibaba postponed Qwen9 until the autumn.", "en")).toEqual(["delay alibaba/?Qwen9"]);
  });

  it("is a new model of the same lab (German)", () => {
    expect(events("Google verschiebt Gemini 9.5 Flash auf das kommende Jahr.", "de")).toEqual([
      "delay google/?Gemini 9.5 Flash",
    ]);
  });

  it("keeps a known version as it is", () => {
    expect(events("Google delayed Gemini 2.5 Pro until next year.", "en")).toEqual([
      "delay google/gemini-2-5-pro",
    ]);
  });
});

describe("attaching a product to its event", () => {
  it("takes the product the sentence before in the paragraph names", () => {
    expect(
      events("OpenAI is working on its first consumer device. Its launch has slipped to 2027.", "en"),
    ).toEqual(["delay openai/?OpenAI consumer device"]);
  });

  it("takes none from another paragraph, and none for a type that carries no model", () => {
    expect(
      events("OpenAI is working on its first consumer device.\n\nIts launch has slipped to 2027.", "en"),
    ).toEqual(["delay openai/-"]);
    const layoff = run("Apple's smart home hub team lost 200 jobs as Apple cut staff.", "en").events;
    expect(layoff.every((e) => e.modelName === null)).toBe(true);
  });
});

describe("hardware used is no product of the news", () => {
  it("takes no chip a model is trained or run on, in English and German", () => {
    expect(unknown("The startup trains its model on Nvidia Kestrel chips, it said.", "en")).toEqual([]);
    expect(unknown("Das Modell läuft auf dem Kestrel-Chip von Amazon.", "de")).toEqual([]);
    expect(unknown("Amazon verschiebt den Kestrel-Chip.", "de")).toEqual(["Kestrel"]);
  });
});

describe("a named line of products", () => {
  it("counts with an article or its maker before it, in English and German", () => {
    expect(unknown("Amazon said the Kestrel chips would ship late.", "en")).toEqual(["Kestrel"]);
    expect(unknown("Amazon verschiebt die Kestrel-Chips auf 2026.", "de")).toEqual(["Kestrel"]);
  });

  it("does not count when named in passing after a description", () => {
    expect(
      unknown("Rivals still struggle with older 14th-generation Kestrel chips, analysts said.", "en"),
    ).toEqual([]);
  });
});

describe("a description of a model the sentence names", () => {
  it("is that model, not a new one, in English and German", () => {
    expect(unknown("Nvidia struggles to ship Blackwell, its new flagship GPU, to buyers.", "en")).toEqual([]);
    expect(unknown("Nvidia verschiebt Blackwell, Nvidias neuen Chip, auf 2025.", "de")).toEqual([]);
  });
});

describe("a number after a known name", () => {
  it("is no version when it is a year or a count, in English and German", () => {
    expect(unknown("Google said Gemini 2025 plans were on track.", "en")).toEqual([]);
    expect(unknown("Meta teilte mit, dass Llama 12 Millionen Mal heruntergeladen wurde.", "de")).toEqual([]);
  });
});

describe("a description in an article that names the lab's model", () => {
  it("is that model (English)", () => {
    const text =
      "Nvidia has delayed its new AI chip by three months.\n\nBlackwell was meant to reach buyers this autumn.";
    expect(events(text, "en")).toEqual(["delay nvidia/blackwell"]);
    // without the name elsewhere, the description is the product
    expect(events("Nvidia has delayed its new AI chip by three months.", "en")).toEqual([
      "delay nvidia/?Nvidia AI chip",
    ]);
  });

  it("is not a new product (German)", () => {
    const text =
      "Konstruktionsfehler verzögert Start von Nvidias KI-Chip\n\nBlackwell verspätet sich um drei Monate.";
    expect(events(text, "de").some((e) => e.includes("?"))).toBe(false);
    expect(events("Konstruktionsfehler verzögert Start von Nvidias KI-Chip", "de")).toContain(
      "delay nvidia/?Nvidia AI chip",
    );
  });
});

describe("a product noun that modifies another noun", () => {
  it("names a unit, a figure or a market, not a product (English)", () => {
    expect(unknown("Samsung's phone division postponed the launch.", "en")).toEqual([]);
    expect(unknown("Meta's smart glasses sales fell 10% in the quarter.", "en")).toEqual([]);
    expect(unknown("Amazon delayed the Kestrel chip business.", "en")).toEqual([]);
    // a launch is the product's own
    expect(unknown("Apple delayed its home hub launch.", "en")).toEqual(["home hub"]);
  });

  it("names a unit in German too", () => {
    expect(unknown("Googles Smartphone-Sparte verschiebt den Start.", "de")).toEqual([]);
  });
});

describe("outlets are never products", () => {
  it("takes no outlet before 'model', in English and German", () => {
    expect(unknown("Critics said the Reuters model of reporting was outdated.", "en")).toEqual([]);
    expect(unknown("Das Bloomberg-Modell der Berichterstattung gilt als streng.", "de")).toEqual([]);
  });
});
