import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  deltaE2000,
  hexToRgb,
  perceivedDifference,
  rgbToLab,
  simulateVision,
} from "./colour-difference";

describe("deltaE2000", () => {
  // Test pairs from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ] as const)("%j vs %j is %d", (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 3);
  });
});

describe("sRGB and simulation", () => {
  it("converts white, black and a primary to CIELAB", () => {
    expect(rgbToLab([255, 255, 255])[0]).toBeCloseTo(100, 2);
    expect(rgbToLab([0, 0, 0])[0]).toBeCloseTo(0, 5);
    const red = rgbToLab(hexToRgb("#ff0000"));
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });

  it("computes WCAG contrast", () => {
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastRatio(hexToRgb("#777777"), [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it("makes red and green hard to tell apart for dichromats, not for normal vision", () => {
    const [red, green] = ["#d33f3f", "#6f8f00"];
    expect(perceivedDifference(red, green)).toBeGreaterThan(30);
    expect(perceivedDifference(red, green, "deuteranopia")).toBeLessThan(perceivedDifference(red, green) / 2);
    expect(perceivedDifference(red, green, "protanopia")).toBeLessThan(perceivedDifference(red, green) / 2);
  });

  it("leaves greys grey", () => {
    for (const v of ["protanopia", "deuteranopia"] as const) {
      const [r, g, b] = simulateVision([128, 128, 128], v);
      expect(Math.abs(r - 128)).toBeLessThan(2);
      expect(Math.abs(g - 128)).toBeLessThan(2);
      expect(Math.abs(b - 128)).toBeLessThan(2);
    }
  });
});
