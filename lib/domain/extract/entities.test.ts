import { describe, expect, it } from "vitest";
import { buildEntityIndex, findMentions, findUnknownLabs, findUnknownModels } from "./entities";
import { seedLabs, seedModels } from "@/tests/support/extract/seed-context";
import { withKnowledge } from "./knowledge";
import { MODELS, ORGANISATIONS } from "../knowledge";

const index = buildEntityIndex(seedLabs, seedModels);
const mentions = (text: string) =>
  findMentions(text, index).map((m) => `${m.kind}:${m.slug}:${m.compound ?? ""}`);

describe("findMentions", () => {
  it("finds labs through German inflections and compounds", () => {
    expect(mentions("Metas Modell, xAIs Neustart und Googles Rivale")).toEqual([
      "lab:meta:",
      "lab:xai:",
      "lab:google:",
    ]);
    expect(
      mentions("bot vielen OpenAI-Mitarbeitern Prämien, ebenso wie Scale-AI-Chef Alexandr Wang"),
    ).toEqual(["lab:openai:Mitarbeitern", "lab:scale-ai:Chef"]);
    expect(mentions("die Meta-Aktie und der Meta-Konzern")).toEqual(["lab:meta:Aktie", "lab:meta:Konzern"]);
    expect(mentions("Meta's shares and Open AI")).toEqual(["lab:meta:", "lab:openai:"]);
  });

  it("reads a knowledge-base name in its German genitive when the bare name stands nowhere else", () => {
    const known = withKnowledge(seedLabs, seedModels, ORGANISATIONS, MODELS);
    const kb = buildEntityIndex(known.labs, known.models);
    const german = (text: string) => findMentions(text, kb, { germanGenitives: true }).map((m) => m.slug);
    expect(german("Laut Insidern sind Samsungs Chips durchgefallen.")).toEqual(["samsung"]);
    expect(german("Intels Chef tritt zurück, Huaweis Umsatz sinkt.")).toEqual(["intel", "huawei"]);
    // not in English text, where "Writers" is no genitive of the start-up Writer
    expect(findMentions("The Writers Guild went on strike.", kb).map((m) => m.slug)).toEqual([]);
  });

  it("finds models and families, preferring the longest name", () => {
    expect(mentions("Schon der Auftakt der Llama-4-Reihe verlief holprig.")).toEqual([
      "family:Llama 4:Reihe",
    ]);
    expect(mentions("Metas Llama 4 Behemoth und das Llama 4 „Behemoth“ KI-Modell")).toEqual([
      "lab:meta:",
      "model:llama-4-behemoth:",
      "model:llama-4-behemoth:",
    ]);
    expect(mentions("Entwickler des ersten Llama-Modells bei Meta")).toEqual([
      "model:llama-1:Modell",
      "lab:meta:",
    ]);
    expect(mentions("mit LLaMA-3 und GPT-4 auf dem Markt")).toEqual(["model:llama-3:", "model:gpt-4:"]);
  });

  it("trusts a short everyday alias only when its lab is named", () => {
    expect(mentions("The Scout troop met at dawn.")).toEqual([]);
    expect(mentions("Meta released Maverick and Scout.")).toEqual([
      "lab:meta:",
      "model:llama-4-maverick:",
      "model:llama-4-scout:",
    ]);
    expect(mentions("Scale matters in training.")).toEqual([]);
  });

  it("does not match inside longer words or version numbers", () => {
    expect(mentions("Metaverse und Googleplex")).toEqual([]);
    expect(mentions("Llama 3.1 is new")).toEqual([]);
  });
});

describe("unknown names", () => {
  it("reports lab-shaped and model-shaped names that are not known", () => {
    const text =
      "Rivals such as Mistral AI and the start-up Aleph Alpha shipped; Google released Gemini 2.5 Pro.";
    const known = findMentions(text, index);
    expect(findUnknownLabs(text, known, index).map((u) => u.name)).toEqual(["Mistral AI", "Aleph Alpha"]);
    expect(findUnknownModels(text, 0, known, index).map((u) => u.name)).toEqual(["Gemini 2.5 Pro"]);
  });

  it("leaves known names, hardware and quarters alone", () => {
    const text = "Scale AI and Perplexity AI train the model on Nvidia H100 chips in Q3 2025.";
    const known = findMentions(text, index);
    expect(findUnknownLabs(text, known, index)).toEqual([]);
    expect(findUnknownModels(text, 0, known, index)).toEqual([]);
  });

  it.each([
    "Apple showed its AI plans at WWDC 2024, and the model came to Europe in Sommer 2025.",
    "Roughly 600 AI researchers left; the model ships Ende 2026.",
  ])("takes no event edition, season or count for a model: %s", (text) => {
    expect(findUnknownModels(text, 0, findMentions(text, index), index)).toEqual([]);
  });
});

describe("everyday-word lab names", () => {
  // "Tinker Labs" with the short form "Tinker", an everyday word: trusted only when the text
  // treats it as a company's name
  const labs = [{ slug: "tinker-labs", name: "Tinker Labs", aliases: ["Tinker"], ordinaryWord: ["Tinker"] }];
  const weakIndex = buildEntityIndex(labs, []);
  const found = (text: string) => findMentions(text, weakIndex).map((m) => m.slug);

  it("is not a lab when the word stands alone", () => {
    expect(found("Tinker with the settings until it works.")).toEqual([]);
  });

  it("is a lab in an organisation context, in English and German", () => {
    expect(found("Investors poured money into the startup Tinker last week.")).toEqual(["tinker-labs"]);
    expect(found("Der Tinker-Chef äußerte sich nicht.")).toEqual(["tinker-labs"]);
    expect(found("Die KI-Firma Tinker sammelt Geld ein.")).toEqual(["tinker-labs"]);
  });

  it("is a lab when the text names it inside sentences three times", () => {
    const text =
      "A letter went to Tinker in July. The suit says Tinker copied articles. Talks with Tinker failed.";
    expect(found(text)).toEqual(["tinker-labs", "tinker-labs", "tinker-labs"]);
    expect(found("A letter went to Tinker in July. Talks with Tinker failed.")).toEqual([]);
  });
});

describe("organisation contexts for unknown labs", () => {
  it("takes no heading word and no role prefix for a company", () => {
    const text = "Europas wertvollstes KI-Startup\nSchon vier Wochen nach dem Start war der Ex-CEO weg.";
    expect(findUnknownLabs(text, [], index).map((u) => u.name)).toEqual([]);
  });

  it("keeps 'Corp' as part of the name", () => {
    const text = "Acme News Corp sued the startup, Acme News Corp CEO Jane Roe said.";
    expect(findUnknownLabs(text, [], index).map((u) => u.name)).toContain("Acme News Corp");
  });
});
