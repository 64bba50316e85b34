/**
 * Labs named by what they make ("the ChatGPT maker", "des iPhone-Herstellers"), and product names
 * written with typeset hyphens ("GPT‑4o" with U+2011). Sentences invented in the style of news.
 */
import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";

const run = (text: string, lang: "en" | "de") =>
  extractFromText(text, seedContext({ lang, articleDate: "2025-09-10" }))
    .events.filter((e) => !e.background)
    .map((e) => `${e.type} ${e.lab ?? `?${e.labName}`}${e.model ? `/${e.model}` : ""}`);

describe("labs named by their product", () => {
  it("reads 'the ChatGPT maker' and 'the iPhone maker' as the company (English)", () => {
    expect(
      run("The ChatGPT maker has pushed back the launch of its browser to early next year.", "en"),
    ).toEqual(["delay openai"]);
    expect(run("Shares of the iPhone maker fell 4% on Tuesday.", "en")).toEqual(["stock_move apple"]);
  });

  it("reads 'des ChatGPT-Entwicklers' and 'der iPhone-Konzern' as the company (German)", () => {
    expect(
      run("Der ChatGPT-Entwickler verschiebt die Vorstellung seines neuen Modells auf den Herbst.", "de"),
    ).toEqual(["delay openai"]);
    expect(run("Die Aktie des iPhone-Konzerns verlor am Montag drei Prozent.", "de")).toEqual([
      "stock_move apple",
    ]);
  });

  it("does not make a company of the product's users or staff", () => {
    // negative: people who use or build the product are no company, and nothing else names one
    expect(run("ChatGPT users complained that the app was delayed again.", "en")).toEqual([]);
    expect(run("Den ChatGPT-Entwicklern wurde der Start erneut verschoben.", "de")).toEqual([]);
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
    expect(run("OpenAI is delaying the rollout of GPT‑4o voice features until next month.", "en")).toEqual([
      "delay openai/gpt-4o",
    ]);
    expect(run("Die Meta‑Aktie fiel am Donnerstag um vier Prozent.", "de")).toEqual(["stock_move meta"]);
  });
});
