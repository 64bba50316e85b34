/**
 * What the extractor tests ask of a text, said once: the proposals for it against the seed data,
 * a proposal in one line, and the facts of the proposal of one type. Lists of readings go through
 * tests/support/expect-each.ts (re-exported here, so an extractor test has one import).
 */
import { expect } from "vitest";
import { extractFromText } from "@/lib/domain/extract/extract";
import type { ExtractContext, ExtractedEvent, ExtractEventType } from "@/lib/domain/extract/types";
import { seedContext } from "./seed-context";

export { expectEach, expectEachAmong, expectNone } from "../expect-each";

/** The news proposals for `text` (background ones too with `background: true`), seed labs and models. */
export function proposalsFor(
  text: string,
  { background = false, ...ctx }: Partial<ExtractContext> & { background?: boolean } = {},
): ExtractedEvent[] {
  const events = extractFromText(text, seedContext(ctx)).events;
  return background ? events : events.filter((e) => !e.background);
}

/**
 * The one-line summaries of the proposals for a sentence written for a test, as of `articleDate`
 * (background ones too when asked): "delay openai/gpt-4o".
 */
export function summariesAsOf(articleDate: string) {
  return (text: string, lang: "de" | "en", background = false): string[] =>
    proposalsFor(text, { lang, articleDate, background }).map(summary);
}

/**
 * The named fields of each proposal for a sentence written for a test, as of `articleDate` (a test
 * may pass another day): `fieldsAsOf("2025-09-10", ["type", "lab"])(text, "de")` → [["other", "nvidia"]].
 */
export function fieldsAsOf<K extends keyof ExtractedEvent>(articleDate: string, fields: readonly K[]) {
  return (text: string, lang: "de" | "en", day = articleDate): ExtractedEvent[K][][] =>
    proposalsFor(text, { lang, articleDate: day }).map((e) => fields.map((f) => e[f]));
}

/** A proposal in one line: "delay openai/gpt-4o"; a lab the seed data does not know as "?Name". */
export function summary(e: ExtractedEvent): string {
  return `${e.type} ${e.lab ?? `?${e.labName}`}${e.model ? `/${e.model}` : ""}`;
}

/** The first proposal of `type` has these `fields` (and there is one). */
export function expectEvent(
  events: readonly ExtractedEvent[],
  type: ExtractEventType,
  fields: Partial<ExtractedEvent>,
) {
  expect(
    events.find((e) => e.type === type),
    type,
  ).toMatchObject(fields);
}
