import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...vars });

describe("SLIPWATCH_SEED", () => {
  it("defaults to both packs, so a new user's dashboard starts with the real articles", () => {
    expect(parseEnv(env()).SLIPWATCH_SEED).toBe("all");
  });

  it("accepts base (the five seed articles the tests assert)", () => {
    expect(parseEnv(env({ SLIPWATCH_SEED: "base" })).SLIPWATCH_SEED).toBe("base");
  });

  it("names the variable when the value is unknown", () => {
    expect(() => parseEnv(env({ SLIPWATCH_SEED: "starter" }))).toThrow(/SLIPWATCH_SEED/);
  });
});
