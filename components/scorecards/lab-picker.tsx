import { LabCheckboxes } from "@/components/filters/lab-checkboxes";
import type { LabSummary } from "@/lib/data/dto";
import type { ClaimScope } from "@/lib/domain/claim-status";
import type { Locale } from "@/lib/i18n/config";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";

/**
 * Which labs to compare: a plain GET form of checkboxes (…/compare?lab=meta&lab=xai), so it works
 * without JavaScript and the result is a shareable address. The as-of day and claims scope ride along.
 */
export function LabPicker({
  locale,
  path,
  labs,
  chosen,
  asOf,
  claims,
}: {
  locale: Locale;
  path: string;
  labs: readonly LabSummary[];
  chosen: readonly string[];
  asOf?: string;
  claims?: ClaimScope;
}) {
  const t = scorecardMessages[locale].compare;
  const picked = new Set(chosen);
  const sorted = [...labs].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form method="get" action={path} className="space-y-2" data-testid="lab-picker">
      <fieldset>
        <legend className="text-sm font-semibold">{t.picker}</legend>
        <LabCheckboxes labs={sorted} chosen={picked} className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-5" />
      </fieldset>
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      {claims ? <input type="hidden" name="claims" value={claims} /> : null}
      <button type="submit" className="rounded bg-zinc-900 px-3 py-1 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900">
        {t.submit}
      </button>
    </form>
  );
}
