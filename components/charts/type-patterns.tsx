import type { ReactNode } from "react";
import type { EventType } from "@/lib/domain/event-types";
import { EVENT_TYPE_COLOURS, EVENT_TYPE_PATTERNS, type PatternKind } from "./palette";

/**
 * SVG fill patterns, one per event type: the type's colour with its own white marks, so bars and
 * legend swatches differ by more than colour (issue 10 §11). Render once inside the chart's SVG;
 * fill with `url(#${patternId(prefix, type)})`.
 */
export const patternId = (prefix: string, type: string) => `${prefix}-type-${type}`;

const MARK = { stroke: "white", strokeOpacity: 0.75, strokeWidth: 1.5, fill: "none" } as const;
const DOT = { fill: "white", fillOpacity: 0.8 } as const;

/** The white marks on each pattern's 8×8 tile. */
const MARKS: Record<PatternKind, ReactNode> = {
  solid: null,
  diagonal: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...MARK} />,
  antidiagonal: <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...MARK} />,
  crosshatch: <path d="M0,8 l8,-8 M0,0 l8,8" {...MARK} strokeWidth={1} />,
  horizontal: <path d="M0,4 h8" {...MARK} />,
  vertical: <path d="M4,0 v8" {...MARK} />,
  grid: <path d="M0,4 h8 M4,0 v8" {...MARK} strokeWidth={1} />,
  dots: <circle cx={4} cy={4} r={1.3} {...DOT} />,
  "large-dots": <circle cx={4} cy={4} r={2.4} {...DOT} />,
  plus: <path d="M4,1.5 v5 M1.5,4 h5" {...MARK} />,
  checker: <path d="M0,0 h4 v4 h-4 Z M4,4 h4 v4 h-4 Z" {...DOT} fillOpacity={0.45} />,
};

export function TypePatternDefs({ prefix, types }: { prefix: string; types: readonly EventType[] }) {
  return (
    <defs>
      {types.map((type) => (
        <pattern
          key={type}
          id={patternId(prefix, type)}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
          data-pattern={EVENT_TYPE_PATTERNS[type]}
        >
          <rect width={8} height={8} fill={EVENT_TYPE_COLOURS[type]} />
          {MARKS[EVENT_TYPE_PATTERNS[type]]}
        </pattern>
      ))}
    </defs>
  );
}
