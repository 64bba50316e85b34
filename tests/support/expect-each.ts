/**
 * Cases as data: many inputs to one function checked in one go, each failure naming the input it
 * read (the first argument), so a list of cases needs no `expect` line per case.
 */
import { expect } from "vitest";

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

/** `text` contains every one of `parts`; a failure names the part that is missing. */
export function expectContainsAll(text: string, parts: readonly string[]) {
  for (const part of parts) expect(text, part).toContain(part);
}

function split<A extends unknown[]>(cases: readonly [...A, unknown][]): [A, unknown][] {
  return cases.map((c) => [c.slice(0, -1) as A, c[c.length - 1]]);
}
