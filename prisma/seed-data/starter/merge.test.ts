import { describe, expect, it } from "vitest";
import { expectContainsAll } from "@/tests/support/expect-each";
import { fuzzy, type SeedEvent } from "../types";
import { buildSeedDataset, type BaseSeed } from "./merge";
import type { StarterPack } from "./types";

/** How the loader puts the seed and the two starter halves together (issue 9 §1). */

const day = (iso: string, text = iso) => fuzzy(iso, iso, "day", text);

const base: BaseSeed = {
  publishers: [{ slug: "wired", name: "Wired", domain: "wired.com" }],
  labs: [{ slug: "openai", name: "OpenAI", aliases: ["Open AI"] }],
  models: [{ slug: "gpt-5", name: "GPT-5", lab: "openai", aliases: [], status: "released", history: [] }],
  articles: [
    {
      key: "a000",
      file: "000.txt",
      title: "t",
      language: "de",
      published: day("2025-01-10"),
      summaryEn: "s",
    },
  ],
  events: [],
  commitments: [],
};

const event = (over: Partial<SeedEvent> & { key: string; citations: SeedEvent["citations"] }): SeedEvent => ({
  type: "delay",
  lab: "openai",
  model: "gpt-5",
  title: "GPT-5 delayed",
  summary: "s",
  occurred: day("2025-04-04"),
  status: "reported",
  ...over,
});

const cite = (article: string, quote: string) => ({
  article,
  quote,
  role: "re_report" as const,
  attribution: "own_reporting" as const,
});

function pack(lang: "de" | "en", over: Partial<StarterPack> = {}): StarterPack {
  return {
    publishers: [{ slug: `${lang}-pub`, name: `${lang} publisher` }],
    labs: [{ slug: "openai", name: "OpenAI (again)", aliases: [`OpenAI-${lang}`] }],
    models: [],
    articles: [
      {
        key: `${lang}001`,
        file: `${lang}-001.txt`,
        title: "t",
        url: `https://${lang}.example/1`,
        excerpt: true,
        publisher: `${lang}-pub`,
        language: lang,
        published: day(lang === "de" ? "2025-04-05" : "2025-04-03"),
        summaryEn: "s",
      },
    ],
    events: [],
    commitments: [],
    ...over,
  };
}

describe("buildSeedDataset", () => {
  it("loads only the seed when given no packs", () => {
    const d = buildSeedDataset(base, []);
    expect(d.articles.map((a) => [a.key, a.source, a.excerpt])).toEqual([["a000", "seed", false]]);
  });

  it("merges labs by slug (first name wins, aliases united) and keeps url and excerpt", () => {
    const d = buildSeedDataset(base, [pack("de"), pack("en")]);
    expect(d.labs).toEqual([
      { slug: "openai", name: "OpenAI", aliases: ["Open AI", "OpenAI-de", "OpenAI-en"] },
    ]);
    expect(d.publishers.map((p) => p.slug)).toEqual(["wired", "de-pub", "en-pub"]);
    expect(d.articles.find((a) => a.key === "en001")).toMatchObject({
      url: "https://en.example/1",
      excerpt: true,
      source: "starter",
    });
  });

  it("lets a pack that knows a model came out settle its status over an earlier 'delayed'", () => {
    const model = (status: "delayed" | "released" | "shelved") => ({ slug: "nimbus", name: "Nimbus", lab: "openai", aliases: [], status, history: [] });
    const statusAfter = (...declared: ("delayed" | "released" | "shelved")[]) =>
      buildSeedDataset(
        { ...base, models: [model(declared[0]!)] },
        declared.slice(1).map((st, i) => pack(i % 2 ? "en" : "de", { models: [model(st)] })),
      ).models.find((m) => m.slug === "nimbus")?.status;
    expect(statusAfter("delayed", "released")).toBe("released");
    expect(statusAfter("delayed", "shelved")).toBe("shelved");
    // a settled status is not reopened, nor replaced by another settled one
    expect(statusAfter("released", "delayed")).toBe("released");
    expect(statusAfter("released", "shelved")).toBe("released");
  });

  it("makes one event of the same key in both packs, with the union of citations", () => {
    const de = pack("de", {
      events: [event({ key: "openai-delay-2025-04-gpt5", citations: [cite("de001", "verschoben")] })],
    });
    const en = pack("en", {
      events: [
        event({ key: "openai-delay-2025-04-gpt5", citations: [cite("en001", "delayed")] }),
        event({ key: "openai-other", type: "other", citations: [cite("en001", "x")] }),
      ],
    });
    const d = buildSeedDataset(base, [de, en]);
    expect(d.events.map((e) => e.key)).toEqual(["openai-delay-2025-04-gpt5", "openai-other"]);
    expect(d.events[0]?.citations.map((c) => c.article)).toEqual(["de001", "en001"]);
  });

  it("refuses the same key with a different lab or type", () => {
    const de = pack("de", { events: [event({ key: "k", citations: [cite("de001", "q")] })] });
    const en = pack("en", { events: [event({ key: "k", type: "layoff", citations: [cite("en001", "q")] })] });
    expect(() => buildSeedDataset(base, [de, en])).toThrow(/event "k": type "delay" vs "layoff"/);
  });

  it("fails loudly, naming them, on an unknown lab, model, counterparty, article or publisher", () => {
    const en = pack("en", {
      articles: [{ ...pack("en").articles[0]!, publisher: "nobody" }],
      events: [
        event({ key: "e1", lab: "no-such-lab", citations: [cite("en001", "q")] }),
        event({ key: "e2", model: "gpt-9", counterparty: "ghost", citations: [cite("en999", "q")] }),
      ],
    });
    let message = "";
    try {
      buildSeedDataset(base, [en]);
    } catch (error) {
      message = (error as Error).message;
    }
    expectContainsAll(message, [
      'unknown lab "no-such-lab"',
      'unknown model "gpt-9"',
      'unknown lab "ghost"',
      'unknown article "en999"',
      'unknown publisher "nobody"',
    ]);
  });

  it("keeps one citation per event, article and role (the database's unique key): the first", () => {
    const de = pack("de", { events: [event({ key: "k", citations: [cite("de001", "erste")] })] });
    const en = pack("en", {
      events: [
        event({
          key: "k",
          citations: [cite("en001", "first"), cite("en001", "second"), cite("de001", "erste")],
        }),
      ],
    });
    const d = buildSeedDataset(base, [de, en]);
    expect(d.events[0]?.citations.map((c) => c.quote)).toEqual(["erste", "first"]);
  });

  it("orders release plans from both packs by planned date, keeps each plan once, renumbers", () => {
    const plan = (article: string, sequence: number, from: string, to: string) => ({
      model: "gpt-5",
      sequence,
      article,
      quote: "q",
      planned: fuzzy(from, to, "month", from),
    });
    const de = pack("de", {
      commitments: [
        plan("de001", 1, "2025-05-01", "2025-05-31"),
        plan("de001", 2, "2025-08-01", "2025-08-31"),
      ],
    });
    const en = pack("en", {
      commitments: [
        plan("en001", 1, "2024-12-01", "2024-12-31"),
        plan("en001", 2, "2025-05-01", "2025-05-31"),
      ],
    });
    const d = buildSeedDataset(base, [de, en]);
    expect(d.commitments.map((c) => [c.sequence, c.planned.from, c.article])).toEqual([
      [1, "2024-12-01", "en001"],
      // reported by both: the earlier report (en001, 3 April) is kept
      [2, "2025-05-01", "en001"],
      [3, "2025-08-01", "de001"],
    ]);
  });
});
