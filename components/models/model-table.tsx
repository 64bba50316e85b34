import type { ModelPlansDto } from "@/lib/data/model-plans";
import { releasedAt } from "@/lib/domain/slip-board";
import type { Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { EntityLink } from "@/components/ui/entity-link";

/** Models with lifecycle status and planned vs. actual release dates. */
export function ModelTable({
  models,
  locale,
  asOf,
  showLab = true,
}: {
  models: readonly ModelPlansDto[];
  locale: Locale;
  asOf?: string;
  showLab?: boolean;
}) {
  const t = readerMessages[locale].models;
  const c = commonMessages[locale];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[34rem] text-left text-sm" data-testid="model-table">
        <thead className="border-b border-zinc-300 text-xs uppercase tracking-wide text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {readerMessages[locale].slip.model}
            </th>
            {showLab ? (
              <th scope="col" className="py-2 pr-3">
                {t.lab}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-3">
              {t.status}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t.planned}
            </th>
            <th scope="col" className="py-2">
              {t.released}
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => {
            const first = m.commitments[0]?.planned;
            const latest = m.commitments[m.commitments.length - 1]?.planned;
            const released = releasedAt(m.lifecycle);
            return (
              <tr
                key={m.slug}
                className="border-b border-zinc-200 align-top dark:border-zinc-800"
                data-testid="model-row"
              >
                <th scope="row" className="py-2 pr-3 font-medium">
                  <EntityLink to="models" entity={m} locale={locale} asOf={asOf} />
                </th>
                {showLab ? (
                  <td className="py-2 pr-3">
                    <EntityLink to="labs" entity={m.lab} locale={locale} asOf={asOf} />
                  </td>
                ) : null}
                <td className="py-2 pr-3">{c.modelStatus[m.status]}</td>
                <td className="py-2 pr-3">
                  {first && latest
                    ? m.commitments.length > 1
                      ? `${formatFuzzy(first, locale)} → ${formatFuzzy(latest, locale)}`
                      : formatFuzzy(first, locale)
                    : "—"}
                </td>
                <td className="py-2">
                  {released
                    ? formatFuzzy(released, locale)
                    : m.status === "released"
                      ? t.releasedUndated
                      : t.notReleased}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
