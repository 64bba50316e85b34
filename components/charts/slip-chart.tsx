"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { SlipChart as SlipChartData, SlipChartModel } from "@/lib/domain/chart-slips";
import { addDays, formatFuzzyDate } from "@/lib/domain/fuzzy-date";
import { dayToTime, monthTicks } from "@/lib/domain/chart-months";
import { localePath, type Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";

/**
 * Draws one model's plans as horizontal range bars on the shared time axis: one row per plan, in
 * the order held, so a slip reads as a staircase to the right. Each bar links to its article; an
 * "or later" plan (or one whose period passed unreleased) fades on to today with an arrow.
 * Receives prepared data only; it computes pixels, never buckets.
 */

interface Row {
  key: string;
  label: string;
  band: [number, number];
  runsUntil: number | null;
  openEnd: boolean;
  text: string;
  href: string | null;
  ariaLabel: string;
  kind: "plan" | "released";
  lang: string | undefined;
}

const PLAN_COLOUR = "#c2410c"; // brand-700: the latest plan
const PAST_PLAN_COLOUR = "#94a3b8"; // slate-400: superseded plans
const RELEASED_COLOUR = "#059669";

function rowsFor(m: SlipChartModel, locale: Locale): Row[] {
  const t = chartsMessages[locale].slips;
  const rows: Row[] = m.plans.map((p) => {
    const when = formatFuzzyDate(p.planned, locale);
    return {
      key: `${m.model.slug}-${p.sequence}`,
      label: t.plan(p.sequence),
      // Bars end at the end of the last day they allow, so a one-day plan is still visible.
      band: [dayToTime(p.planned.from), dayToTime(addDays(p.planned.to, 1))],
      runsUntil: p.runsUntil ? dayToTime(p.runsUntil) : null,
      openEnd: p.planned.openEnd,
      text: when,
      href: localePath(locale, `/articles/${p.article.id}`),
      ariaLabel: t.barLabel(p.sequence, when, p.article.title),
      kind: "plan",
      lang: undefined,
    };
  });
  if (m.released) {
    const when = formatFuzzyDate(m.released, locale);
    rows.push({
      key: `${m.model.slug}-released`,
      label: t.released,
      band: [dayToTime(m.released.from), dayToTime(addDays(m.released.to, 1))],
      runsUntil: null,
      openEnd: false,
      text: when,
      href: null,
      ariaLabel: `${t.released}: ${when}`,
      kind: "released",
      lang: undefined,
    });
  }
  return rows;
}

function monthLabel(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { month: "short", year: "2-digit", timeZone: "UTC" }).format(time);
}

function PlanShape(props: BarShapeProps & { gradientId: string; latestKey: string }) {
  const { x, y, width, height, background, gradientId, latestKey } = props;
  const row = props.payload as Row;
  const colour = row.kind === "released" ? RELEASED_COLOUR : row.key === latestKey ? PLAN_COLOUR : PAST_PLAN_COLOUR;
  const pxPerMs = width / Math.max(1, row.band[1] - row.band[0]);
  const runPx = row.runsUntil && row.runsUntil > row.band[1] ? (row.runsUntil - row.band[1]) * pxPerMs : 0;
  const plotLeft = background?.x ?? 0;
  const plotRight = background?.x != null && background.width != null ? background.x + background.width : x + width + runPx;
  const end = x + width + runPx;
  const midY = y + height / 2;
  // The label goes after everything drawn when it fits, else before the bar, else over the
  // fading "or later" run (narrow screens), else at the plot's left edge.
  const textWidth = row.text.length * 6.6;
  const afterEnd = end + (runPx > 0 ? 14 : 6);
  let labelX: number;
  let anchor: "start" | "end" = "start";
  if (afterEnd + textWidth <= plotRight) labelX = afterEnd;
  else if (x - 6 - textWidth >= plotLeft) {
    labelX = x - 6;
    anchor = "end";
  } else if (x + width + 6 + textWidth <= plotRight) labelX = x + width + 6;
  else labelX = plotLeft + 4;
  const shape = (
    <g>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 3)}
        height={height}
        rx={3}
        fill={colour}
        fillOpacity={0.85}
        data-testid={row.kind === "released" ? "slip-released" : "slip-band"}
        data-plan={row.key}
      />
      {runPx > 0 ? (
        <g data-testid="slip-open-end">
          <defs>
            <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stopColor={colour} stopOpacity={0.55} />
              <stop offset="1" stopColor={colour} stopOpacity={0.08} />
            </linearGradient>
          </defs>
          <rect x={x + width} y={y + height * 0.2} width={runPx} height={height * 0.6} fill={`url(#${gradientId})`} />
          <path d={`M ${end} ${y} L ${end + 9} ${midY} L ${end} ${y + height} Z`} fill={colour} fillOpacity={row.openEnd ? 0.6 : 0.3} />
        </g>
      ) : null}
      <text
        x={labelX}
        y={midY}
        dominantBaseline="central"
        textAnchor={anchor}
        fontSize={12}
        fill="currentColor"
      >
        {row.text}
      </text>
    </g>
  );
  if (!row.href) return shape;
  return (
    <a href={row.href} aria-label={row.ariaLabel} className="slip-link">
      <title>{row.ariaLabel}</title>
      {shape}
    </a>
  );
}

export function SlipModelChart({
  model,
  domain,
  today,
  isAsOf,
  locale,
}: {
  model: SlipChartModel;
  domain: SlipChartData["domain"];
  today: string;
  isAsOf: boolean;
  locale: Locale;
}) {
  const t = chartsMessages[locale].slips;
  const gradientBase = useId().replace(/:/g, "");
  const rows = rowsFor(model, locale);
  const latestKey = `${model.model.slug}-${model.plans.at(-1)?.sequence ?? 0}`;
  const ticks = monthTicks(domain.from, domain.to, 7).map(dayToTime);
  const todayTime = dayToTime(today);
  return (
    <div className="text-zinc-800 dark:text-zinc-200" data-testid="slip-chart" data-model={model.model.slug}>
      <ResponsiveContainer width="100%" height={rows.length * 40 + 48} minWidth={280}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 18, right: 16, bottom: 4, left: 4 }}
          barCategoryGap={8}
          title={t.chartLabel(model.model.name)}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            scale="time"
            domain={[dayToTime(domain.from), dayToTime(addDays(domain.to, 1))]}
            ticks={ticks}
            tickFormatter={(v: number) => monthLabel(v, locale)}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            allowDataOverflow
          />
          <YAxis type="category" dataKey="label" width={72} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
          <ReferenceLine
            x={todayTime}
            stroke="currentColor"
            strokeDasharray="4 3"
            label={{ value: isAsOf ? t.asOf : t.today, position: "top", fill: "currentColor", fontSize: 11 }}
          />
          <Bar
            dataKey="band"
            isAnimationActive={false}
            shape={(p: BarShapeProps) => <PlanShape {...p} gradientId={`${gradientBase}-${p.index}`} latestKey={latestKey} />}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
