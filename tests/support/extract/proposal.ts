/**
 * One proposal as the extraction assistant returns it, every fact it may leave out empty, for the
 * tests that feed proposals to the merge, the matcher or the review queue: each test sets its own
 * lab, date and whatever it is about, and the empty rest stays the same shape everywhere.
 */
import type { Draft } from "@/lib/domain/extract/merge";
import type { ExtractedEvent } from "@/lib/domain/extract/types";

export function proposal(over: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    type: "delay",
    lab: null,
    labName: null,
    model: null,
    modelName: null,
    amountUsd: null,
    amountQualifier: null,
    percent: null,
    headcount: null,
    headcountQualifier: null,
    occurred: null,
    reportedBy: null,
    quote: "q",
    confidence: 0.8,
    matchesEventId: null,
    ...over,
  };
}

/** A proposal before merging: the same, with its place in the text (the start, unless given). */
export function draft(over: Partial<Draft> = {}): Draft {
  return { ...proposal(), at: 0, ...over };
}
