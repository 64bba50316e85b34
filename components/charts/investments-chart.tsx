"use client";

import { Bar, CartesianGrid, ComposedChart, LabelList, Legend, Rectangle, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { DotProps, LabelProps } from "recharts";
import type { InvestmentsDrawing as InvestmentsData } from "@/lib/domain/chart-investments-view";
import { formatUsd } from "@/lib/domain/amounts";
import { localePath, type Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { seriesColour } from "./palette";

/**
 * Stacked yearly bars per lab (capex + investment, counted per event) with acquisitions and
 * stakes as diamonds at their deal value. The tooltip names each counted event and the articles
 * citing it. Draws prepared data only.
 */

const DEAL_COLOUR = "#7c3aed";
const DEAL_OFFSET = 64;

function shortUsd(v: number, locale: Locale): string {
  return formatUsd(v, locale).replace(" US-Dollar", "");
}

function YearTooltip({ active, label, data, locale }: { active?: boolean; label?: string | number; data: InvestmentsData; locale: Locale }) {
  if (!active || label === undefined) return null;
  const year = Number(label);
  const segments = data.segments.filter((s) => s.year === year);
  const deals = data.deals.filter((d) => d.year === year);
  const labName = new Map(data.labs.map((l) => [l.slug, l.name]));
  const t = chartsMessages[locale].investments;
  return (
    <div className="max-w-sm rounded border border-zinc-300 bg-white p-3 text-xs text-zinc-900 shadow dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="font-semibold">{year}</p>
      {[...segments.map((s) => ({ key: `s${s.lab}`, head: `${labName.get(s.lab) ?? s.lab}: ${shortUsd(s.totalUsd, locale)}`, events: s.events })),
        ...deals.map((d) => ({ key: `d${d.eventId}`, head: `◆ ${t.deal}: ${formatUsd(d.amountUsd, locale, d.qualifier)}`, events: [d] }))].map((g) => (
        <div key={g.key} className="mt-2">
          <p className="font-medium">{g.head}</p>
          <ul className="ml-3 list-disc">
            {g.events.map((e) => (
              <li key={e.eventId}>
                {e.title} — {formatUsd(e.amountUsd, locale, e.qualifier)}
                <ul className="ml-3 list-[circle]">
                  {e.articles.map((a) => (
                    <li key={a.id} lang={a.language}>
                      {a.title}
                    </li>
                  ))}
                  {e.articleCount !== undefined && e.articleCount > e.articles.length ? (
                    <li>{t.moreArticles(e.articleCount - e.articles.length)}</li>
                  ) : null}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** the smallest gap between two deal labels of one year, in pixels (a 12 px line and a little air) */
const LABEL_GAP = 14;

/** Per year, the heights already taken by a deal label in this drawing. */
function labelRows() {
  const taken = new Map<number, number[]>();
  return {
    claim(year: number, y: number): boolean {
      const ys = taken.get(year) ?? [];
      if (ys.some((other) => Math.abs(other - y) < LABEL_GAP)) return false;
      taken.set(year, [...ys, y]);
      return true;
    },
  };
}

/** the smallest bar segment that has room for its amount inside it */
const MIN_LABELLED_HEIGHT = 18;

/** A segment's amount inside its top, only where the segment is tall enough to hold it. */
function SegmentLabel(p: LabelProps) {
  const height = Number(p.height ?? 0);
  if (height < MIN_LABELLED_HEIGHT || !p.value) return null;
  const x = Number(p.x ?? 0) + Number(p.width ?? 0) / 2;
  return (
    <text x={x} y={Number(p.y ?? 0) + 4} textAnchor="middle" dominantBaseline="hanging" fill="#ffffff" fontSize={12}>
      {String(p.value)}
    </text>
  );
}

export function InvestmentsChart({ data, locale }: { data: InvestmentsData; locale: Locale }) {
  const t = chartsMessages[locale].investments;
  const segmentLabel = (year: string, lab: string) => {
    const s = data.segments.find((x) => String(x.year) === year && x.lab === lab);
    if (!s) return "";
    const qualifiers = new Set(s.events.map((e) => e.qualifier));
    return formatUsd(s.totalUsd, locale, qualifiers.size === 1 ? [...qualifiers][0] : "about").replace(" US-Dollar", "");
  };
  // The largest deals are drawn (and claim their label's place) first; a smaller one too close to
  // a labelled one keeps its diamond, link and title but no text, so labels never overprint.
  const dealsLargestFirst = [...data.deals].sort((a, b) => b.amountUsd - a.amountUsd || a.eventId - b.eventId);
  const labelled = labelRows();
  return (
    <div className="text-zinc-800 dark:text-zinc-200" data-testid="investments-chart">
      <ResponsiveContainer width="100%" height={380} minWidth={280}>
        <ComposedChart data={data.rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} title={t.chartLabel}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="year" tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
          <YAxis tickFormatter={(v: number) => shortUsd(v, locale)} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" width={72} />
          <Tooltip content={(p) => <YearTooltip active={p.active} label={p.label} data={data} locale={locale} />} cursor={{ fill: "currentColor", fillOpacity: 0.06 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={(value: string) => <span className="text-zinc-800 dark:text-zinc-200">{value}</span>} />
          {data.labs.map((lab, i) => (
            <Bar
              key={lab.slug}
              dataKey={(row: InvestmentsData["rows"][number]) => row.values[lab.slug] ?? 0}
              name={lab.name}
              stackId="money"
              fill={seriesColour(i)}
              maxBarSize={96}
              isAnimationActive={false}
              shape={(p: BarShapeProps) =>
                p.height > 0 ? (
                  <Rectangle {...p} data-testid="investment-bar" data-lab={lab.slug} data-year={(p.payload as { year: string }).year} />
                ) : (
                  <g />
                )
              }
            >
              <LabelList
                dataKey={(row: InvestmentsData["rows"][number]) => segmentLabel(row.year, lab.slug)}
                content={SegmentLabel}
              />
            </Bar>
          ))}
          {dealsLargestFirst.map((d) => {
            const visible = d.counterparty ? `${d.counterparty}${d.percent !== null ? ` ${d.percent}%` : ""}` : shortUsd(d.amountUsd, locale);
            const label = t.dealLabel(visible, d.title, formatUsd(d.amountUsd, locale, d.qualifier));
            const first = d.articles[0];
            return (
              <ReferenceDot
                key={d.eventId}
                x={String(d.year)}
                y={d.amountUsd}
                ifOverflow="extendDomain"
                shape={(p: DotProps) => {
                  // Beside the bar rather than on it, so the diamond and its label stay readable.
                  const cx = (p.cx ?? 0) + DEAL_OFFSET;
                  const cy = p.cy ?? 0;
                  const diamond = (
                    <g data-testid="deal-point" data-event-id={d.eventId}>
                      <path d={`M ${cx} ${cy - 9} L ${cx + 9} ${cy} L ${cx} ${cy + 9} L ${cx - 9} ${cy} Z`} fill={DEAL_COLOUR} stroke="white" strokeWidth={1.5} />
                      {labelled.claim(d.year, cy) ? (
                        <text x={cx + 13} y={cy} dominantBaseline="central" fontSize={12} fill="currentColor">
                          {visible}
                        </text>
                      ) : null}
                    </g>
                  );
                  return first ? (
                    <a href={localePath(locale, `/articles/${first.id}`)} aria-label={label}>
                      <title>{label}</title>
                      {diamond}
                    </a>
                  ) : (
                    diamond
                  );
                }}
              />
            );
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
