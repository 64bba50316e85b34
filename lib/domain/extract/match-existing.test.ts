import { describe, expect, it } from "vitest";
import { fuzzyMonth, fuzzyYear } from "../fuzzy-date";
import { matchExistingEvent } from "./match-existing";
import type { ExistingEventRef, ExtractedEvent } from "./types";
import { proposal as baseProposal } from "@/tests/support/extract/proposal";

const proposal = (over: Partial<ExtractedEvent>): ExtractedEvent =>
  baseProposal({
    type: "investment",
    lab: "meta",
    occurred: fuzzyYear(2025),
    quote: "…",
    confidence: 0.7,
    ...over,
  });

const existing: ExistingEventRef[] = [
  {
    id: 1,
    type: "investment",
    lab: "meta",
    model: null,
    occurred: fuzzyYear(2025),
    amountUsd: 72e9,
    percent: null,
    headcount: null,
    title: "capex 2025",
  },
  {
    id: 2,
    type: "investment",
    lab: "meta",
    model: null,
    occurred: fuzzyYear(2024),
    amountUsd: 40e9,
    percent: null,
    headcount: null,
    title: "capex 2024",
  },
  {
    id: 3,
    type: "delay",
    lab: "meta",
    model: "llama-4-behemoth",
    occurred: fuzzyMonth(2025, 5),
    amountUsd: null,
    percent: null,
    headcount: null,
    title: "Behemoth delay",
  },
  {
    id: 4,
    type: "acquisition",
    lab: "meta",
    model: null,
    occurred: fuzzyMonth(2025, 6),
    amountUsd: 14e9,
    percent: 49,
    headcount: null,
    title: "Scale AI stake",
    counterparty: "scale-ai",
  },
];

describe("matchExistingEvent", () => {
  it("matches by amount, and by date when there is no amount", () => {
    expect(matchExistingEvent(proposal({ amountUsd: 40e9, occurred: null }), existing)).toBe(2);
    expect(matchExistingEvent(proposal({ occurred: fuzzyMonth(2024, 3) }), existing)).toBe(2);
    expect(matchExistingEvent(proposal({ amountUsd: 72e9 }), existing)).toBe(1);
  });

  it("refuses a different amount, lab, type, model or counterparty", () => {
    expect(matchExistingEvent(proposal({ amountUsd: 50e9 }), existing)).toBeNull();
    expect(matchExistingEvent(proposal({ lab: "google" }), existing)).toBeNull();
    expect(matchExistingEvent(proposal({ type: "layoff" }), existing)).toBeNull();
    expect(
      matchExistingEvent(
        proposal({ type: "delay", model: "gpt-5", occurred: fuzzyMonth(2025, 5) }),
        existing,
      ),
    ).toBeNull();
    expect(
      matchExistingEvent(
        proposal({ type: "acquisition", counterparty: "runway", occurred: fuzzyMonth(2025, 6) }),
        existing,
      ),
    ).toBeNull();
    expect(matchExistingEvent(proposal({ lab: null, labName: "Nimbus Labs" }), existing)).toBeNull();
  });

  it("lets a proposal without a model cite the event with one", () => {
    expect(matchExistingEvent(proposal({ type: "delay", occurred: fuzzyMonth(2025, 5) }), existing)).toBe(3);
  });

  it("reads an inferred article month as 'up to three months before'", () => {
    const late = proposal({ type: "delay", occurred: fuzzyMonth(2025, 7), occurredInferred: true });
    expect(matchExistingEvent(late, existing)).toBe(3);
    expect(matchExistingEvent({ ...late, occurredInferred: false }, existing)).toBeNull();
  });
});
