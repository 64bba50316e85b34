import { describe, expect, it } from "vitest";
import { contrastRatio, hexToRgb, perceivedDifference, type Vision } from "@/lib/domain/colour-difference";
import { EVENT_TYPES } from "@/lib/domain/event-types";
import { EVENT_TYPE_COLOURS, EVENT_TYPE_PATTERNS } from "./palette";

/**
 * The setbacks chart's type colours stay distinguishable for every pair (issue 10 §11): CIEDE2000
 * ΔE00 at least MIN_DELTA_E[vision], with normal vision and under simulated protanopia and
 * deuteranopia; and the chart never relies on colour alone (one pattern per type).
 */
const MIN_DELTA_E: Record<Vision, number> = { normal: 15, protanopia: 10, deuteranopia: 10 };
const WHITE = hexToRgb("#ffffff");
const ZINC_950 = hexToRgb("#09090b");

const pairs = EVENT_TYPES.flatMap((a, i) => EVENT_TYPES.slice(i + 1).map((b) => [a, b] as const));

describe("event type palette", () => {
  it("has a colour and a pattern for every event type", () => {
    expect(Object.keys(EVENT_TYPE_COLOURS).sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(EVENT_TYPE_PATTERNS).sort()).toEqual([...EVENT_TYPES].sort());
    expect(pairs).toHaveLength((EVENT_TYPES.length * (EVENT_TYPES.length - 1)) / 2);
  });

  it.each(Object.keys(MIN_DELTA_E) as Vision[])("keeps every pair apart with %s vision", (vision) => {
    const tooClose = pairs
      .map(([a, b]) => ({
        a,
        b,
        dE: perceivedDifference(EVENT_TYPE_COLOURS[a], EVENT_TYPE_COLOURS[b], vision),
      }))
      .filter((p) => p.dE < MIN_DELTA_E[vision])
      .map((p) => `${p.a}/${p.b}: ΔE00 ${p.dE.toFixed(1)}`);
    expect(tooClose).toEqual([]);
  });

  it("draws each colour at least 3:1 against the light and the dark page", () => {
    for (const type of EVENT_TYPES) {
      const rgb = hexToRgb(EVENT_TYPE_COLOURS[type]);
      expect(contrastRatio(rgb, WHITE), type).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(rgb, ZINC_950), type).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives every type its own pattern, so colour is not the only difference", () => {
    const patterns = EVENT_TYPES.map((t) => EVENT_TYPE_PATTERNS[t]);
    expect(new Set(patterns).size).toBe(EVENT_TYPES.length);
  });
});
