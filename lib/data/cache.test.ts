import { afterEach, describe, expect, it, vi } from "vitest";
import { cached } from "./cache";

describe("cached", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("does nothing outside Next, so data modules run in tests and CLI scripts", () => {
    vi.stubEnv("NEXT_RUNTIME", undefined);
    expect(() => cached("labs", "lab:meta")).not.toThrow();
  });

  it("hands the tags to Next inside a Next server bundle (which refuses them outside 'use cache')", () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    expect(() => cached("labs")).toThrow();
  });
});
