/**
 * What the extractor tests ask of a text, said once: the proposals for it against the seed data,
 * a proposal in one line, and a list of readings checked in one go (each failure names its text).
 */
import { expect } from "vitest";
import { extractFromText } from "@/lib/domain/extract/extract";
import type { ExtractContext, ExtractedEvent, ExtractEventType } from "@/lib/domain/extract/types";
import { seedContext } from "./seed-context";

/** The news proposals for `text` (background ones too with `background: true`), seed labs and models. */
export function proposalsFor(
  text: string,
  { background = false, ...ctx }: Partial<ExtractContext> & { background?: boolean } = {},
): ExtractedEvent[] {
  const events = extractFromText(text, seedContext(ctx)).events;
  return background ? events : events.filter((e) => !e.background);
}

/** A proposal in one line: "delay openai/gpt-4o"; a lab the seed data does not know as "?Name". */
export function summary(e: ExtractedEvent): string {
  return `${e.type} ${e.lab ?? `?${e.labName}`}${e.model ? `/${e.model}` : ""}`;
}

/** Every case's last element is what `read` gives for the ones before it; the text read names a failure. */
export function expectEach<A extends unknown[]>(
  read: (...args: A) => unknown,
  cases: readonly [...A, unknown][],
) {
  for (const [args, expected] of split(cases))
    expect(read(...args), JSON.stringify(args[0])).toEqual(expected);
}

/** The same, where the last element is one of the things `read` gives (a list). */
export function expectEachAmong<A extends unknown[]>(
  read: (...args: A) => readonly unknown[],
  cases: readonly [...A, unknown][],
) {
  for (const [args, expected] of split(cases))
    expect(read(...args), JSON.stringify(args[0])).toContainEqual(expected);
}

/** `read` finds nothing (an empty list) in any of these texts. */
export function expectNone(read: (text: string) => readonly unknown[], texts: readonly string[]) {
  for (const text of texts) expect(read(text), JSON.stringify(text)).toEqual([]);
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

function split<A extends unknown[]>(cases: readonly [...A, unknown][]): [A, unknown][] {
  return cases.map((c) => [c.slice(0, -1) as A, c[c.length - 1]]);
}
