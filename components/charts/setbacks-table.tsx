import type { SetbacksChart } from "@/lib/domain/chart-setbacks";
import { formatPercent } from "@/lib/domain/amounts";
import type { Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { commonMessages } from "@/lib/i18n/messages/common";
import { ColumnHeads, tableClass } from "./chart-data-table";
import { monthName } from "./chart-format";

/** Months × types, counts or shares as drawn (the CSV's rows). */
export function SetbacksTable({ chart, locale }: { chart: SetbacksChart; locale: Locale }) {
  const t = chartsMessages[locale];
  const types = commonMessages[locale].eventTypes;
  const cell = (r: SetbacksChart["rows"][number], type: string) =>
    chart.mode === "share" ? formatPercent(Math.round((r.shares[type] ?? 0) * 1000) / 10, locale) : String(r.counts[type] ?? 0);
  return (
    <table className={tableClass} data-testid="setbacks-table">
      <caption className="sr-only">{t.table.caption}</caption>
      <ColumnHeads labels={[t.setbacks.month, ...chart.types.map((type) => types[type]), t.setbacks.total]} />
      <tbody>
        {chart.rows.map((r) => (
          <tr key={r.month} data-month={r.month}>
            <th scope="row">{monthName(r.month, locale)}</th>
            {chart.types.map((type) => (
              <td key={type} data-type={type}>{cell(r, type)}</td>
            ))}
            <td data-testid="month-total">{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
