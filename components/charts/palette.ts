import type { EventType } from "@/lib/domain/event-types";

/**
 * Series colours, chosen to stay distinguishable and at least 3:1 against both the light (white)
 * and the dark (zinc-950) page background, since SVG fills cannot follow `dark:` classes.
 */
export const SERIES_COLOURS = [
  "#2563eb", // blue
  "#d97706", // amber
  "#059669", // emerald
  "#e11d48", // rose
  "#7c3aed", // violet
  "#0891b2", // cyan
  "#65a30d", // lime
  "#ea580c", // orange
  "#db2777", // pink
  "#0d9488", // teal
  "#64748b", // slate
] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

/**
 * Event types keep their colour whatever else is shown, so a legend reads the same everywhere.
 * Chosen by search (issue 10 §11) so that every pair stays apart: CIEDE2000 ΔE ≥ 15 with normal
 * colour vision and ≥ 10 as protanopes and deuteranopes see them (Machado et al. 2009), each at
 * least 3:1 against the white and the zinc-950 page. palette.test.ts holds the palette to that.
 * Colour is never the only carrier: each type also has its own fill pattern (EVENT_TYPE_PATTERNS),
 * the legend and tooltip name the type, and the data table lists it.
 */
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  delay: "#347df2", // blue
  benchmark_underperformance: "#8f8213", // olive
  architecture_problem: "#5e2bf9", // violet
  departure: "#ff5768", // coral
  layoff: "#9f3e10", // rust
  investment: "#0ba876", // green
  acquisition: "#735769", // mauve
  hiring: "#8b89b1", // lavender
  stock_move: "#705e47", // brown
  controversy: "#ae1492", // magenta
  other: "#7d9190", // grey-teal
};

/** How a pattern marks its bar (drawn in white over the type's colour, see type-patterns.tsx). */
export type PatternKind =
  | "solid"
  | "diagonal"
  | "antidiagonal"
  | "crosshatch"
  | "horizontal"
  | "vertical"
  | "grid"
  | "dots"
  | "large-dots"
  | "plus"
  | "checker";

export const EVENT_TYPE_PATTERNS: Record<EventType, PatternKind> = {
  delay: "diagonal",
  benchmark_underperformance: "dots",
  architecture_problem: "crosshatch",
  departure: "horizontal",
  layoff: "antidiagonal",
  investment: "solid",
  acquisition: "vertical",
  hiring: "plus",
  stock_move: "checker",
  controversy: "large-dots",
  other: "grid",
};
