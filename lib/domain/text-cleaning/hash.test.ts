import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText, contentHash, fnv1a64, normaliseForComparison } from ".";

// Verbatim copies of shared/seeds live in the repo, so the tests run on a clone alone.
const SEEDS = path.resolve(__dirname, "../../../prisma/seed-data/articles");

describe("normaliseForComparison and contentHash", () => {
  it("folds case, punctuation, quotes and whitespace", () => {
    expect(normaliseForComparison("  Meta verschiebt „Behemoth“ –\n auf den HERBST!  ")).toBe(
      "meta verschiebt behemoth auf den herbst",
    );
    expect(normaliseForComparison("Llama-4")).toBe(normaliseForComparison("Llama 4"));
    expect(normaliseForComparison("ﬁnal")).toBe("final"); // compatibility ligature
  });

  it("implements FNV-1a 64 (published test vectors)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes equal for trivially different copies, different for different texts", () => {
    const a = contentHash("Meta verschiebt „Behemoth“ auf den Herbst.");
    const b = contentHash('meta  verschiebt "Behemoth" auf den Herbst');
    const c = contentHash("Meta verschiebt Behemoth auf den Winter.");
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(contentHash("Größe")).not.toBe(contentHash("Grosse"));
  });

  it("gives the seed articles distinct hashes that survive re-cleaning", () => {
    const hashes = readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => contentHash(cleanArticleText(readFileSync(path.join(SEEDS, f), "utf8")).text));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
