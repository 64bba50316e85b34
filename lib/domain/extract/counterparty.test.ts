import { describe, expect, it } from "vitest";
import { investmentTarget } from "./counterparty";
import { buildEntityIndex, findMentions } from "./entities";
import { seedLabs, seedModels } from "@/tests/support/extract/seed-context";

const index = buildEntityIndex(seedLabs, seedModels);
/** the target for the investment told in the sentence at `at` (the first one by default) */
const target = (text: string, investor: string, sentence = text.split(/(?<=\.)\s+/)[0]!) =>
  investmentTarget(
    { text: sentence, start: text.indexOf(sentence) },
    text,
    findMentions(text, index),
    investor,
  );

describe("investmentTarget", () => {
  it("reads where the money goes in the sentence, in English and German", () => {
    expect(target("Google puts another $2 billion into Anthropic.", "google")).toBe("anthropic");
    expect(target("Google erhöht seine Beteiligung an Anthropic um zwei Milliarden Dollar.", "google")).toBe(
      "anthropic",
    );
    expect(target("Der OpenAI-Investor Microsoft stockt auf.", "microsoft")).toBe("openai");
  });

  it("takes the company the article says the investor backs when the sentence names none", () => {
    const text =
      "Microsoft has long invested in OpenAI. The new investment will total $10 billion, sources said.";
    expect(target(text, "microsoft", "The new investment will total $10 billion, sources said.")).toBe(
      "openai",
    );
  });

  it("finds no target where no money goes into another company", () => {
    expect(target("Microsoft raised its spending on data centres.", "microsoft")).toBeNull();
    expect(
      target(
        "Microsoft and OpenAI compete in search. Microsoft invests $80 billion.",
        "microsoft",
        "Microsoft invests $80 billion.",
      ),
    ).toBeNull();
  });

  it("does not take the round's listed investors for where the money goes (English and German)", () => {
    expect(
      target("Investors in the round include Microsoft and Nvidia, the company said.", "openai"),
    ).toBeNull();
    expect(target("An der Runde beteiligten sich Microsoft und Nvidia.", "mistral-ai")).toBeNull();
    // negative: money put into a named company is still its target
    expect(target("Microsoft invests another $1 billion in OpenAI.", "microsoft")).toBe("openai");
  });
});

describe("a target named with its country's possessive (stop 26)", () => {
  it("finds the company money goes into after 'San Francisco's'", () => {
    expect(
      target("Microsoft is in talks for a $2 billion investment in San Francisco's Anthropic.", "microsoft"),
    ).toBe("anthropic");
  });
});
