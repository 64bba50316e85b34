"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { SetbacksChart as SetbacksData } from "@/lib/domain/chart-setbacks";
import { formatPercent } from "@/lib/domain/amounts";
import type { Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { commonMessages } from "@/lib/i18n/messages/common";
import { useId } from "react";
import { monthName } from "./chart-format";
import { EVENT_TYPE_COLOURS } from "./palette";
import { patternId, TypePatternDefs } from "./type-patterns";

/**
 * Events per month, stacked by type: counts, or each type's share of its month. Draws only. Each
 * type is told apart by colour and by its fill pattern (legend swatches included); the tooltip and
 * the data table name the types.
 */

type Row = SetbacksData["rows"][number];

/** `yMax` fixes the count axis, so charts drawn side by side (/compare) share one scale. */
export function SetbacksChart({ data, locale, yMax }: { data: SetbacksData; locale: Locale; yMax?: number }) {
  const share = data.mode === "share";
  const types = commonMessages[locale].eventTypes;
  // Pattern ids are document-wide: a prefix per chart keeps two charts on one page apart.
  const prefix = `setbacks${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const format = (v: number) => (share ? formatPercent(Math.round(v * 1000) / 10, locale) : String(v));
  return (
    <div className="text-zinc-800 dark:text-zinc-200" data-testid="setbacks-chart" data-mode={data.mode}>
      <ResponsiveContainer width="100%" height={360} minWidth={280}>
        <BarChart
          data={data.rows}
          margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
          title={chartsMessages[locale].setbacks.chartLabel(data.mode)}
        >
          <TypePatternDefs prefix={prefix} types={data.types} />
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="month"
            tickFormatter={(m: string) => monthName(m, locale)}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            minTickGap={8}
          />
          <YAxis
            allowDecimals={false}
            domain={share ? [0, 1] : [0, yMax ?? "auto"]}
            tickFormatter={format}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            width={56}
          />
          <Tooltip
            labelFormatter={(m) => monthName(String(m), locale)}
            formatter={(v) => format(Number(v))}
            contentStyle={{ background: "white", color: "#18181b" }}
            cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
          />
          {/* Canonical type order (not alphabetical), and legend text in the page colour for contrast. */}
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            itemSorter={null}
            formatter={(value: string) => <span className="text-zinc-800 dark:text-zinc-200">{value}</span>}
          />
          {data.types.map((type) => (
            <Bar
              key={type}
              dataKey={(r: Row) => (share ? r.shares[type] : r.counts[type]) ?? 0}
              name={types[type]}
              stackId="events"
              fill={`url(#${patternId(prefix, type)})`}
              stroke={EVENT_TYPE_COLOURS[type]}
              isAnimationActive={false}
              shape={(p: BarShapeProps) =>
                p.height > 0 ? (
                  <Rectangle
                    {...p}
                    data-testid="setback-bar"
                    data-type={type}
                    data-month={(p.payload as Row).month}
                  />
                ) : (
                  <g />
                )
              }
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
