import type { SetbackYearRow } from "@/lib/domain/lab-compare";
import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

const th = "border-b border-zinc-300 px-3 py-2 text-left font-semibold dark:border-zinc-700";
const td = "border-b border-zinc-200 px-3 py-2 tabular-nums dark:border-zinc-800";

/** Setbacks per type and year with a column per lab: the charts' numbers, readable side by side. */
export function SetbacksYearTable({
  labs,
  rows,
  locale,
}: {
  labs: readonly { slug: string; name: string }[];
  rows: readonly SetbackYearRow[];
  locale: Locale;
}) {
  const t = scorecardMessages[locale].compare;
  const types = commonMessages[locale].eventTypes;
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="compare-setbacks-table">
        <caption className="sr-only">{t.setbacksCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t.type}</th>
            <th scope="col" className={th}>{t.year}</th>
            {labs.map((l) => (
              <th key={l.slug} scope="col" className={`${th} text-right`}>{l.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.type}-${r.year}`} data-type={r.type} data-year={r.year}>
              <th scope="row" className={`${td} text-left font-medium`}>{types[r.type]}</th>
              <td className={td}>{r.year}</td>
              {r.counts.map((n, i) => (
                <td key={labs[i]!.slug} className={`${td} text-right`} data-lab={labs[i]!.slug}>{n}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

