import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";

/**
 * The chart's data as a table behind a native disclosure (keyboard and screen-reader ready with no
 * script), next to the CSV of exactly these rows.
 */
export function ChartDataTable({
  locale,
  csvHref,
  csvName,
  open = false,
  children,
}: {
  locale: Locale;
  csvHref: string;
  csvName: string;
  /** open on arrival: the reader followed a link into the table (e.g. another year of it) */
  open?: boolean;
  children: ReactNode;
}) {
  const t = chartsMessages[locale].table;
  return (
    <div className="space-y-2">
      <a
        href={csvHref}
        download={csvName}
        data-testid="csv-download"
        className="inline-flex items-center gap-1 rounded border border-zinc-300 px-3 py-1 text-sm font-medium hover:border-brand-600 dark:border-zinc-700"
      >
        <span aria-hidden="true">⤓</span> {t.csv}
      </a>
      <details id="data-table" open={open} className="rounded border border-zinc-200 dark:border-zinc-800" data-testid="data-table">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t.show}</summary>
        <div className="overflow-x-auto px-3 pb-3">{children}</div>
      </details>
    </div>
  );
}

/**
 * The body cells' style sits on the table, not on each cell: a chart's table can hold thousands of
 * cells, and a class per cell is sent twice (in the HTML and in the RSC payload), which was about
 * 300 kB of the investments page at 100k events.
 */
export const tableClass =
  "mt-2 w-full min-w-[36rem] border-collapse text-left text-sm " +
  "[&_td]:border-b [&_td]:border-zinc-200 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top dark:[&_td]:border-zinc-800 " +
  "[&_tbody_th]:border-b [&_tbody_th]:border-zinc-200 [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:align-top " +
  "[&_tbody_th]:font-medium dark:[&_tbody_th]:border-zinc-800";
const thClass = "border-b border-zinc-300 px-2 py-1 font-semibold dark:border-zinc-700";

/** A data table's header row: one column header per label, in order. */
export function ColumnHeads({ labels }: { labels: ReactNode[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i} scope="col" className={thClass}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The CSV download of a chart: its API address with the page's filter query, and its file name. */
export function chartCsv(
  chart: "investments" | "slips",
  query: string,
): { csvHref: string; csvName: string } {
  return {
    csvHref: `/api/v1/charts/${chart}?${query ? `${query}&` : ""}format=csv`,
    csvName: `slipwatch-${chart}.csv`,
  };
}
