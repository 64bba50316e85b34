/**
 * Models the text introduces by name ("a model called …", "Codename …", "das Modell namens …"),
 * known or not. Sentences invented in the style of news.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { introducedModelNames } from "./model-names";
import { seedContext } from "@/tests/support/extract/seed-context";

const names = (sentence: string) => introducedModelNames(sentence, 0).map((n) => n.name);
const run = (text: string, lang: "en" | "de") =>
  extractFromText(text, seedContext({ lang, articleDate: "2025-09-10" }))
    .events.filter((e) => !e.background)
    .map(
      (e) => `${e.type} ${e.lab ?? `?${e.labName}`}/${e.model ?? (e.modelName ? `?${e.modelName}` : "-")}`,
    );

describe("names introduced as a model's", () => {
  it("reads the name after 'called', 'codenamed', 'known internally as' (English)", () => {
    expect(names("Google has held back a model called Nimbus 2 Pro after weak tests.")).toEqual([
      "Nimbus 2 Pro",
    ]);
    expect(names("The lab is training a system code-named Kestrel, people said.")).toEqual(["Kestrel"]);
    expect(names("Its chatbot, which is called Wren, slipped to 2026.")).toEqual(["Wren"]);
    expect(names("the model known internally as 'Blue Heron' was shelved")).toEqual(["Blue Heron"]);
  });

  it("reads the name after 'namens', 'Codename', 'unter dem Namen' (German)", () => {
    expect(names("Der Konzern arbeitet an einem Sprachmodell namens Kestrel.")).toEqual(["Kestrel"]);
    expect(names("Das Projekt mit dem Codenamen Wren Ende Mai sollte starten.")).toEqual(["Wren"]);
    expect(names("Das KI-Modell „Blue Heron“ kommt später.")).toEqual(["Blue Heron"]);
  });

  it("takes no name where nothing is named a model", () => {
    // negative: "called" after a person, and a German noun after "Modell" without a cue
    expect(names("The chief executive called Trump on Monday.")).toEqual([]);
    expect(names("Experten warnen, dass das Modell Fehler macht.")).toEqual([]);
    expect(names("The company called the delay a setback.")).toEqual([]);
  });
});

describe("proposals with an introduced model", () => {
  it("gives a delay the unknown model it names (English and German)", () => {
    expect(
      run("Meta has postponed a new model codenamed Kestrel, according to two people familiar.", "en"),
    ).toEqual(["delay meta/?Kestrel"]);
    expect(run("Meta verschiebt sein Sprachmodell namens Kestrel auf das kommende Jahr.", "de")).toEqual([
      "delay meta/?Kestrel",
    ]);
  });

  it("trusts an everyday-word codename from the knowledge base once it is introduced as one", () => {
    // Avocado is Meta's codename in the knowledge base; no lab is named, the codename's owner is the lab
    expect(run("Das Modell mit dem Codenamen Avocado wird auf das Frühjahr verschoben.", "de")).toEqual([
      "delay meta/avocado",
    ]);
    expect(
      run("The release of the model codenamed Avocado has been pushed back to the spring.", "en"),
    ).toEqual(["delay meta/avocado"]);
    // negative: the bare everyday word, with no cue and no Meta, is no model
    expect(run("The release of Avocado has been pushed back to the spring.", "en")).toEqual([]);
  });
});

describe("the article's model for news that names none", () => {
  const delays = (text: string, lang: "en" | "de") => run(text, lang).filter((p) => p.startsWith("delay"));

  it("gives a delay the one model of its lab the article is about (English and German)", () => {
    expect(
      delays(
        "Google's Bard chatbot will not launch in the EU yet. Bard was due to arrive in July. " +
          "Regulators asked for more documents, and Google has postponed the European launch until further notice.",
        "en",
      ),
    ).toEqual(["delay google/bard"]);
    expect(
      delays(
        "Googles Chatbot Bard startet vorerst nicht in der EU. Bard sollte im Juli kommen. " +
          "Die Behörde verlangt weitere Unterlagen, Google hat den Start in Europa deshalb verschoben.",
        "de",
      ),
    ).toEqual(["delay google/bard"]);
  });

  it("gives none when the article is about several models of the lab", () => {
    expect(
      delays(
        "Google is betting on Bard and on Gemini. Bard has many users; Gemini is new. " +
          "Regulators asked for more documents, and Google has postponed the European launch until further notice.",
        "en",
      ),
    ).toEqual(["delay google/-"]);
  });
});

describe("spellings of known product names", () => {
  it("reads later words of a product's name in either case (English and German)", () => {
    expect(run("OpenAI has delayed the launch of its GPT store until early next year.", "en")).toEqual([
      "delay openai/gpt-store",
    ]);
    expect(run("Google verschiebt die AI overviews in Deutschland auf das kommende Jahr.", "de")).toEqual([
      "delay google/ai-overviews",
    ]);
    // negative: an everyday phrase with the first word in lower case is no product name
    expect(run("OpenAI has delayed its advanced voice mode until next month.", "en")).toEqual([
      "delay openai/-",
    ]);
  });

  it("reads 'ChatGPT-5' as GPT-5, not as ChatGPT", () => {
    expect(run("OpenAI has pushed back the release of ChatGPT-5 to the summer.", "en")).toEqual([
      "delay openai/gpt-5",
    ]);
    expect(run("OpenAI verschiebt ChatGPT 5 auf den Sommer.", "de")).toEqual(["delay openai/gpt-5"]);
  });
});
