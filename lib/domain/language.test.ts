import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("reads the German seed article as German", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed-data/articles/001_ae96c7f18c7de5f6.txt"), "utf8");
    expect(detectLanguage(text)).toBe("de");
  });

  it("reads English news as English", () => {
    expect(detectLanguage("Meta has delayed the release of its Behemoth model, according to the Wall Street Journal.")).toBe("en");
  });

  it("does not guess from too few words", () => {
    expect(detectLanguage("Llama 4 Behemoth")).toBeNull();
  });
});
