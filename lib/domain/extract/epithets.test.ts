/**
 * Labs named by what they make ("the ChatGPT maker", "des iPhone-Herstellers"), and product names
 * written with typeset hyphens ("GPT‑4o" with U+2011). Sentences invented in the style of news.
 */
import { describe, expect, it } from "vitest";
import { expectEach, proposalsFor, summary } from "@/tests/support/extract/proposals";

const run = (text: string, lang: "en" | "de") =>
  proposalsFor(text, { lang, articleDate: "2025-09-10" }).map(summary);

describe("labs named by their product", () => {
  it("reads 'the ChatGPT maker' and 'the iPhone maker' as the company (English)", () => {
    expectEach(run, [
      [
        "The ChatGPT maker has pushed back the launch of its browser to early next year.",
        "en",
        ["delay openai"],
      ],
      ["Shares of the iPhone maker fell 4% on Tuesday.", "en", ["stock_move apple"]],
    ]);
  });

  it("reads 'des ChatGPT-Entwicklers' and 'der iPhone-Konzern' as the company (German)", () => {
    expectEach(run, [
      [
        "Der ChatGPT-Entwickler verschiebt die Vorstellung seines neuen Modells auf den Herbst.",
        "de",
        ["delay openai"],
      ],
      ["Die Aktie des iPhone-Konzerns verlor am Montag drei Prozent.", "de", ["stock_move apple"]],
    ]);
  });

  it("does not make a company of the product's users or staff", () => {
    // negative: people who use or build the product are no company, and nothing else names one
    // (a coined name like "ChatGPT" names its product by its spelling alone, so the case uses Claude)
    expectEach(run, [
      ["Claude users complained that the app was delayed again.", "en", []],
      ["ChatGPT users complained that the app was delayed again.", "en", ["delay openai/chatgpt"]],
      ["Den Claude-Entwicklern wurde der Start erneut verschoben.", "de", []],
    ]);
  });

  it("still reads 'the company' as the lab named before", () => {
    expect(
      run(
        "Nvidia is the most valuable chipmaker. The company delayed the launch of its next chip until next year.",
        "en",
      ),
    ).toEqual(["delay nvidia"]);
  });
});

describe("typeset hyphens inside names", () => {
  it("reads a non-breaking hyphen like a hyphen (English and German)", () => {
    expectEach(run, [
      [
        "OpenAI is delaying the rollout of GPT‑4o voice features until next month.",
        "en",
        ["delay openai/gpt-4o"],
      ],
      ["Die Meta‑Aktie fiel am Donnerstag um vier Prozent.", "de", ["stock_move meta"]],
    ]);
  });
});
