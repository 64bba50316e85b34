import { describe, expect, it } from "vitest";
import { fuzzyMonth, fuzzyMonthPart, fuzzySeason, orLater } from "../fuzzy-date";
import { mergeDrafts, unionDates, type Draft } from "./merge";
import { draft as baseDraft } from "@/tests/support/extract/proposal";

// The same delay by Meta, stated in one sentence after another: a test changes what differs.
const draft = (over: Partial<Draft>): Draft =>
  baseDraft({ lab: "meta", occurred: fuzzyMonth(2025, 5), occurredInferred: true, ...over });

describe("mergeDrafts", () => {
  it("merges sentences stating one event and keeps the most informative quote", () => {
    const merged = mergeDrafts([
      draft({ quote: "headline", at: 0, model: "llama-4-behemoth" }),
      draft({ quote: "body", at: 100, reportedBy: "WSJ", plannedDates: [fuzzyMonth(2025, 6)] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ quote: "body", reportedBy: "WSJ", model: "llama-4-behemoth", at: 0 });
  });

  it("keeps events apart when their numbers, labs or models contradict", () => {
    expect(
      mergeDrafts([
        draft({ type: "investment", amountUsd: 72e9 }),
        draft({ type: "investment", amountUsd: 40e9 }),
      ]),
    ).toHaveLength(2);
    expect(mergeDrafts([draft({}), draft({ lab: "openai" })])).toHaveLength(2);
    expect(mergeDrafts([draft({ model: "gpt-5" }), draft({ model: "llama-4-behemoth" })])).toHaveLength(2);
    expect(
      mergeDrafts([draft({ type: "departure", headcount: 1 }), draft({ type: "departure", headcount: 3 })]),
    ).toHaveLength(2);
  });

  it("merges one fact told twice with slightly different numbers or dates", () => {
    // the whole deal and its licence part, told in the headline and the body
    const out = mergeDrafts([
      draft({ type: "other", amountUsd: 650e6 }),
      draft({ type: "other", amountUsd: 620e6 }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.amountUsd).toBe(650e6);
    expect(mergeDrafts([draft({ background: true }), draft({})])).toHaveLength(2);
  });

  it("does not attach a model-less proposal when two models compete", () => {
    const out = mergeDrafts([
      draft({ model: "llama-4-maverick" }),
      draft({ model: "llama-4-behemoth" }),
      draft({}),
    ]);
    expect(out).toHaveLength(3);
  });
});

describe("unionDates", () => {
  it("orders plans by date, drops repeats and keeps an open end", () => {
    const fall = fuzzySeason(2025, "fall", "Herbst");
    const out = unionDates(
      [fuzzyMonth(2025, 6, "Juni"), fall],
      [fuzzyMonthPart(2025, 4, "late", "Ende April"), orLater(fall, "Herbst oder später")],
    );
    expect(out.map((d) => [d.text, d.openEnd])).toEqual([
      ["Ende April", false],
      ["Juni", false],
      ["Herbst oder später", true],
    ]);
  });
});

describe("two times the text names (stop 26)", () => {
  const day = (iso: string) => ({ from: iso, to: iso, precision: "day" as const, openEnd: false, text: iso });
  const year = (y: number) => ({
    from: `${y}-01-01`,
    to: `${y}-12-31`,
    precision: "year" as const,
    openEnd: false,
    text: String(y),
  });

  it("keeps a fact of a named day apart from one of another day or of an earlier year", () => {
    expect(
      mergeDrafts([
        draft({ type: "departure", occurred: day("2024-09-25"), occurredInferred: false }),
        draft({ type: "departure", occurred: day("2024-09-26"), occurredInferred: false, at: 50 }),
      ]),
    ).toHaveLength(2);
    expect(
      mergeDrafts([
        draft({ type: "acquisition", occurred: day("2026-02-02"), occurredInferred: false }),
        draft({ type: "acquisition", occurred: year(2025), occurredInferred: false, at: 50 }),
      ]),
    ).toHaveLength(2);
  });

  it("still merges a named day with its month, and a month with another month", () => {
    expect(
      mergeDrafts([
        draft({ type: "departure", occurred: day("2024-09-25"), occurredInferred: false }),
        draft({ type: "departure", occurred: fuzzyMonth(2024, 9), occurredInferred: false, at: 50 }),
      ]),
    ).toHaveLength(1);
  });
});
