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

/** Event types keep their colour whatever else is shown, so a legend reads the same everywhere. */
export const EVENT_TYPE_COLOURS: Record<string, string> = {
  delay: "#2563eb",
  benchmark_underperformance: "#d97706",
  architecture_problem: "#7c3aed",
  departure: "#e11d48",
  layoff: "#ea580c",
  investment: "#059669",
  acquisition: "#0d9488",
  hiring: "#65a30d",
  stock_move: "#0891b2",
  controversy: "#db2777",
  other: "#64748b",
};
