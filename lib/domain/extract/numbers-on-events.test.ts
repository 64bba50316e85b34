import { describe, expect, it } from "vitest";
import { proposalsFor } from "@/tests/support/extract/proposals";

/**
 * Issue 9 §3, the numbers a proposal carries (amounts with their role, signed percents) as the
 * whole extractor reads them. Every sentence is written for these tests, in general words.
 */
const run = (text: string, articleDate = "2025-06-12") => proposalsFor(text, { articleDate });

describe("amounts on the event", () => {
  it("reads a headline's share loss in German, with the market value it names", () => {
    const [e] = run("Nvidia-Aktie verliert 300 Milliarden Dollar nach Chip-Ankündigung\nMehr dazu später.");
    expect(e).toMatchObject({
      type: "stock_move",
      lab: "nvidia",
      amountUsd: 300e9,
      amountKind: "market_cap",
    });
  });

  it("takes a re-named event's own figure: 'that additional investment of $X'", () => {
    const text =
      "Amazon has announced another round of investment in Anthropic.\n\n" +
      "On Wednesday, Amazon announced that additional investment of $2.75 billion in Anthropic.";
    const inv = run(text).filter((e) => e.type === "investment" && e.lab === "amazon");
    expect(inv.map((e) => e.amountUsd)).toEqual([2.75e9]);
  });

  it("does not propose a re-named event again when it brings no figure of its own", () => {
    const text =
      "Amazon invests $2.75 billion in Anthropic.\n\nAnalysts said the investment was large for Amazon.";
    expect(run(text).filter((e) => e.type === "investment")).toHaveLength(1);
  });

  it("reads spelled-out German amounts in a funding headline", () => {
    const [e] = run(
      "Mistral AI sammelt zwei Milliarden Dollar in neuer Finanzierungsrunde ein\nMehr dazu später.",
    );
    expect(e).toMatchObject({ type: "investment", lab: "mistral-ai", amountUsd: 2e9 });
  });
});
