import { describe, expect, it } from "vitest";
import { memoisedTest } from "./memo-test";

describe("memoisedTest", () => {
  it("answers as the expression does, the second time from memory", () => {
    let calls = 0;
    class Counting extends RegExp {
      override test(text: string): boolean {
        calls++;
        return super.test(text);
      }
    }
    const counting = new Counting("\\bdelay(?:ed)?\\b", "iu");
    const test = memoisedTest(counting);
    expect(test("Meta delayed Behemoth")).toBe(true);
    expect(test("Meta delayed Behemoth")).toBe(true);
    expect(test("Meta raised money")).toBe(false);
    expect(calls).toBe(2);
  });

  it("forgets everything once it holds `limit` texts, and still answers right", () => {
    const test = memoisedTest(/x/u, 2);
    expect([test("x"), test("y"), test("xx"), test("y")]).toEqual([true, false, true, false]);
  });

  it("refuses a global or sticky expression, whose answers depend on lastIndex", () => {
    expect(() => memoisedTest(/x/gu)).toThrow(/non-global/);
    expect(() => memoisedTest(/x/yu)).toThrow(/non-global/);
  });
});
