import Link from "next/link";
import type { SlipChart } from "@/lib/domain/chart-slips";
import { localePath, type Locale } from "@/lib/i18n/config";
import { formatDay, formatFuzzy } from "@/lib/i18n/format";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { ColumnHeads, tableClass } from "./chart-data-table";

/** Every plan drawn in the slip chart, one row each, in drawing order (the CSV's rows). */
export function SlipTable({ chart, locale }: { chart: SlipChart; locale: Locale }) {
  const t = chartsMessages[locale].slips;
  const caption = chartsMessages[locale].table.caption;
  return (
    <table className={tableClass} data-testid="slip-table">
      <caption className="sr-only">{caption}</caption>
      <ColumnHeads labels={[t.model, t.lab, "#", t.planned, t.period, t.reportedOn, t.article, t.runsUntil]} />
      <tbody>
        {chart.models.flatMap((m) =>
          m.plans.map((p) => (
            <tr key={`${m.model.slug}-${p.sequence}`} data-model={m.model.slug} data-plan={p.sequence}>
              <th scope="row">
                <Link href={localePath(locale, `/models/${m.model.slug}`)} className="underline-offset-2 hover:underline">
                  {m.model.name}
                </Link>
              </th>
              <td>{m.lab.name}</td>
              <td>{p.sequence}</td>
              <td>
                {formatFuzzy(p.planned, locale)}{" "}
                <span lang={p.article.language} className="text-zinc-600 dark:text-zinc-400">
                  („{p.planned.text}“)
                </span>
              </td>
              <td>
                {p.planned.from} – {p.planned.to}
                {p.planned.openEnd ? ` (${t.orLater})` : ""}
              </td>
              <td>{p.reportedAt ? formatDay(p.reportedAt, locale) : "—"}</td>
              <td>
                <Link href={localePath(locale, `/articles/${p.article.id}`)} lang={p.article.language} className="underline underline-offset-2">
                  {p.article.title}
                </Link>
              </td>
              <td>{p.runsUntil ? formatDay(p.runsUntil, locale) : "—"}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
