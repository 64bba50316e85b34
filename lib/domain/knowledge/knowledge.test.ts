import { describe, expect, it } from "vitest";
import { labs as seedLabs, models as seedModels } from "@/prisma/seed-data/entities";
import {
  findModelByName,
  findModelsByName,
  findOrgByName,
  findOrgsByName,
  getOrgBySlug,
  isOrdinaryWordName,
  resolveWithKnowledgeBase,
  MODELS,
  nameKey,
  ORDINARY_WORD_NAMES,
  ORGANISATIONS,
  surfaceForms,
  topOwnerOf,
} from ".";
import type { KnownModel, KnownOrg } from ".";
import { slugify } from "../slugify";

/** Written forms two entries deliberately share, with the entries (by slug) that share them. */
const AMBIGUOUS_MODEL_NAMES: Record<string, string[]> = {
  orion: ["orion-glasses", "orion-openai"], // OpenAI's GPT-4.5 codename and Meta's AR glasses
  aurora: ["aurora-xai", "microsoft-aurora"], // xAI's image model and Microsoft's weather model
};
/** Names that are both an organisation and its eponymous product; findOrg/findModel tell them apart. */
const ORG_AND_PRODUCT_NAMES = ["krutrim", "manus", "midjourney", "perplexity", "pika", "suno", "udio"].sort();

function collisions(entries: readonly (KnownOrg | KnownModel)[]): Map<string, string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const form of [entry.slug, ...surfaceForms(entry)]) {
      const key = nameKey(form);
      const set = byKey.get(key) ?? new Set<string>();
      set.add(entry.slug);
      byKey.set(key, set);
    }
  }
  return new Map([...byKey].filter(([, s]) => s.size > 1).map(([k, s]) => [k, [...s].sort()]));
}

describe("knowledge base data", () => {
  it("is large enough: ≥ 250 organisations and ≥ 550 models and products", () => {
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(250);
    expect(MODELS.length).toBeGreaterThanOrEqual(550);
  });

  it("has unique, well-formed slugs across organisations and models", () => {
    const orgSlugs = ORGANISATIONS.map((o) => o.slug);
    const modelSlugs = MODELS.map((m) => m.slug);
    expect(new Set(orgSlugs).size).toBe(orgSlugs.length);
    expect(new Set(modelSlugs).size).toBe(modelSlugs.length);
    for (const slug of [...orgSlugs, ...modelSlugs]) expect(slugify(slug)).toBe(slug);
  });

  it("resolves every model owner, model family and organisation parent", () => {
    const orgs = new Set(ORGANISATIONS.map((o) => o.slug));
    const families = new Map(MODELS.map((m) => [m.slug, m]));
    for (const model of MODELS) {
      expect(orgs.has(model.owner), `${model.slug} owner ${model.owner}`).toBe(true);
      if (model.family) {
        const family = families.get(model.family);
        expect(family, `${model.slug} family ${model.family}`).toBeDefined();
        expect(family?.owner === model.owner || getOrgBySlug(model.owner)?.parent === family?.owner).toBe(
          true,
        );
        expect(model.family).not.toBe(model.slug);
      }
    }
    for (const org of ORGANISATIONS) {
      if (org.parent) {
        expect(orgs.has(org.parent), `${org.slug} parent ${org.parent}`).toBe(true);
        expect(org.parent).not.toBe(org.slug);
      }
    }
  });

  it("shares no written form between two organisations", () => {
    expect(Object.fromEntries(collisions(ORGANISATIONS))).toEqual({});
  });

  it("shares written forms between two models only where listed as deliberately ambiguous", () => {
    expect(Object.fromEntries(collisions(MODELS))).toEqual(AMBIGUOUS_MODEL_NAMES);
  });

  it("shares a name between an organisation and a model only for eponymous products", () => {
    // Genitives follow their names ("Perplexitys"), so names and aliases are enough here.
    const forms = (e: KnownOrg | KnownModel) => [e.name, ...e.aliases].map(nameKey);
    const orgKeys = new Set(ORGANISATIONS.flatMap((o) => [o.slug, ...forms(o)]));
    const shared = new Set(MODELS.flatMap(forms).filter((k) => orgKeys.has(k)));
    expect([...shared].sort()).toEqual(ORG_AND_PRODUCT_NAMES);
  });

  it("contains every seed lab and seed model under the seed's slug, owned by the seed's lab", () => {
    for (const lab of seedLabs) {
      const org = getOrgBySlug(lab.slug);
      expect(org, lab.slug).not.toBeNull();
      expect(org?.name).toBe(lab.name);
    }
    for (const seed of seedModels) {
      const model = MODELS.find((m) => m.slug === seed.slug);
      expect(model, seed.slug).toBeDefined();
      expect(model?.owner).toBe(seed.lab);
    }
  });

  it("gives organisations the German genitive ('OpenAIs', 'Metas', 'Googles') but not after s/x/z", () => {
    expect(getOrgBySlug("openai")?.germanForms).toContain("OpenAIs");
    expect(getOrgBySlug("meta")?.germanForms).toContain("Metas");
    expect(getOrgBySlug("google")?.germanForms).toContain("Googles");
    expect(getOrgBySlug("databricks")?.germanForms).toBeUndefined();
  });

  it("lists only real surface forms as ordinary words", () => {
    const keys = new Set([...ORGANISATIONS, ...MODELS].flatMap((e) => surfaceForms(e).map(nameKey)));
    for (const key of ORDINARY_WORD_NAMES) expect(keys.has(key), key).toBe(true);
  });
});

describe("findOrgByName", () => {
  it.each([
    ["OpenAI", "openai"],
    ["open ai", "openai"],
    ["OPENAI", "openai"],
    ["OpenAIs", "openai"],
    ["OpenAI's", "openai"],
    ["Metas", "meta"],
    ["Meta-Konzern", "meta"],
    ["Nvidia-Aktie", "nvidia"],
    ["OpenAI-Chef", "openai"],
    ["Googles", "google"],
    ["Google DeepMind", "google"],
    ["Alphabets", "google"],
    ["X.AI", "xai"],
    ["xAIs", "xai"],
    ["Mistral AI", "mistral-ai"],
    ["Mistral-AI", "mistral-ai"],
    ["Scale-AI", "scale-ai"],
    ["AWS", "amazon-web-services"],
    ["Character.ai", "character-ai"],
    ["Zhipu", "zhipu-ai"],
    ["SoftBank", "softbank"],
    ["a16z", "andreessen-horowitz"],
    ["Twitter", "x-corp"],
    ["Süddeutsche Zeitung", null],
    ["Die Zeit", null],
  ])("%s → %s", (written, slug) => {
    expect(findOrgByName(written)?.slug ?? null).toBe(slug);
  });

  it("does not take a name's last letter s for a genitive when the name itself ends in s", () => {
    expect(findOrgByName("Databricks")?.slug).toBe("databricks");
    expect(findOrgByName("Siemens")?.slug).toBe("siemens");
  });

  it("returns nothing for an empty name", () => {
    expect(findOrgsByName("  ")).toEqual([]);
  });
});

describe("coverage of AI news 2023–2026", () => {
  it("knows the companies, products and codenames the press names, as it spells them", () => {
    expect(findOrgByName("Builder.ai")?.slug).toBe("builder-ai");
    expect(findOrgByName("Engineer.ai")?.slug).toBe("builder-ai");
    expect(findOrgByName("iPhone-Herstellers")?.slug).toBe("apple");
    expect(findModelByName("ChatGPT-5")?.slug).toBe("gpt-5");
    expect(findModelByName("GPT\u20114o")?.slug).toBe("gpt-4o");
    expect(findModelByName("Claude Opus 3")?.slug).toBe("claude-3-opus");
    expect(findModelByName("Instinct MI308")?.owner).toBe("amd");
    expect(findModelByName("Project Jarvis")?.slug).toBe("project-mariner");
    expect(findModelByName("Apple Intelligence in China")?.slug).toBe("apple-intelligence-china");
    // negative: a bare everyday word of a codename is flagged, not trusted
    expect(isOrdinaryWordName("Prometheus")).toBe(true);
    expect(findOrgByName("Tuesday")).toBeNull();
  });
});

describe("findModelByName", () => {
  it.each([
    ["GPT-5", "gpt-5"],
    ["gpt 5", "gpt-5"],
    ["GPT5", "gpt-5"],
    ["GPT-4.5", "gpt-4-5"],
    ["gpt4.5", "gpt-4-5"],
    ["GPT-4o", "gpt-4o"],
    ["o3-pro", "o3-pro"],
    ["O3 Pro", "o3-pro"],
    ["Llama 4 Behemoth", "llama-4-behemoth"],
    ["Behemoth", "llama-4-behemoth"],
    ["llama-4-behemoth", "llama-4-behemoth"],
    ["Claude 3.5 Opus", "claude-3-5-opus"],
    ["Claude Opus 4.1", "claude-opus-4-1"],
    ["Gemini Ultra", "gemini-ultra"],
    ["DALL-E 3", "dall-e-3"],
    ["Dall·E 3", "dall-e-3"],
    ["DeepSeek R2", "deepseek-r2"],
    ["DeepSeek-R1", "deepseek-r1"],
    ["Alexa+", "alexa-plus"],
    ["Alexa", "alexa"],
    ["Alexas", "alexa"],
    ["ChatGPTs", "chatgpt"],
    ["Siri", "siri"],
    // the personalised, LLM-based Siri is news about Siri (as the starter pack files it)
    ["Siri 2.0", "siri"],
    ["LLM-Siri", "siri"],
    ["Apple Intelligence", "apple-intelligence"],
    ["Blackwell-Chips", "blackwell"],
    ["GB200", "gb200"],
    ["Stable Diffusion 3", "sd3"],
    ["Mixtral 8x7B", "mixtral-8x7b"],
    ["Grok 3", "grok-3"],
    ["Grok-3", "grok-3"],
    ["Q*", "q-star"],
    ["Kimi K2", "kimi-k2"],
    ["Gen-3 Alpha", "gen-3-alpha"],
    ["Nano Banana", "gemini-2-5-flash-image"],
    ["GPT-6", null],
  ])("%s → %s", (written, slug) => {
    expect(findModelByName(written)?.slug ?? null).toBe(slug);
  });

  it("returns both meanings of an ambiguous name and picks one by owner", () => {
    expect(
      findModelsByName("Orion")
        .map((m) => m.slug)
        .sort(),
    ).toEqual(["orion-glasses", "orion-openai"]);
    expect(findModelByName("Orion")).toBeNull();
    expect(findModelByName("Orion", { owner: "openai" })?.slug).toBe("orion-openai");
    expect(findModelByName("Orion", { owner: "meta" })?.slug).toBe("orion-glasses");
  });

  it("follows parents to the top owner", () => {
    const copilot = findModelByName("GitHub Copilot");
    expect(copilot?.owner).toBe("github");
    expect(copilot && topOwnerOf(copilot)?.slug).toBe("microsoft");
  });

  it("flags names that are everyday words", () => {
    expect(isOrdinaryWordName("arm")).toBe(true);
    expect(isOrdinaryWordName("OpenAI")).toBe(false);
  });
});

describe("resolveWithKnowledgeBase", () => {
  const event = (
    over: Partial<
      Record<"lab" | "labName" | "model" | "modelName" | "counterparty" | "counterpartyName", string | null>
    >,
  ) => ({
    lab: null,
    labName: null,
    model: null,
    modelName: null,
    ...over,
  });
  const stored = { labs: new Set(["meta", "openai"]), models: new Set(["gpt-5"]) };

  it("fills a lab and model the extractor only named, and lists those not stored", () => {
    const { events, additions } = resolveWithKnowledgeBase(
      [event({ labName: "Mistral AI", modelName: "Mistral Large 2" })],
      stored,
    );
    expect(events[0]).toMatchObject({ lab: "mistral-ai", model: "mistral-large-2" });
    expect(additions).toEqual({
      labs: [{ slug: "mistral-ai", name: "Mistral AI" }],
      models: [{ slug: "mistral-large-2", name: "Mistral Large 2", lab: "mistral-ai" }],
    });
  });

  it("adds nothing for stored labs and models, and leaves unknown names alone", () => {
    const { events, additions } = resolveWithKnowledgeBase(
      [event({ lab: "openai", model: "gpt-5" }), event({ labName: "Völlig Unbekannt GmbH" })],
      stored,
    );
    expect(events.map((e) => e.lab)).toEqual(["openai", null]);
    expect(additions).toEqual({ labs: [], models: [] });
  });

  it("does not give an event a model of another lab", () => {
    const { events } = resolveWithKnowledgeBase([event({ lab: "meta", modelName: "GPT-4o" })], stored);
    expect(events[0]?.model).toBeNull();
  });

  it("files a subsidiary's product under the parent the event names (AWS Bedrock in an Amazon event)", () => {
    const { additions } = resolveWithKnowledgeBase(
      [event({ labName: "Amazon", modelName: "Amazon Bedrock" })],
      stored,
    );
    expect(additions.models).toEqual([{ slug: "bedrock", name: "Amazon Bedrock", lab: "amazon" }]);
  });

  it("moves unknown names the knowledge base knows out of the unknown lists", () => {
    const result = resolveWithKnowledgeBase([], stored, {
      labs: ["Aleph Alpha", "Gibt Es Nicht AG"],
      models: ["Pharia"],
    });
    expect(result.unknownLabs).toEqual(["Gibt Es Nicht AG"]);
    expect(result.unknownModels).toEqual([]);
    expect(result.additions.labs.map((l) => l.slug)).toEqual(["aleph-alpha"]);
    expect(result.additions.models.map((m) => m.slug)).toEqual(["pharia"]);
  });
});
