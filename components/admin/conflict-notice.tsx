import type { FieldChange } from "@/components/admin/article-form/conflict";
import { t } from "@/lib/i18n/messages/admin";
import { ChangeTable } from "@/components/admin/change-table";
import { Notice, secondaryButtonClass } from "@/components/admin/ui";

/**
 * Shown when the optimistic lock refused a save: what the other person changed, side by side, and
 * the two ways on — load their version, or keep editing mine and save over theirs.
 */
export function ConflictNotice({
  changes,
  onReload,
  onOverwrite,
}: {
  changes: FieldChange[];
  onReload: () => void;
  onOverwrite: () => void;
}) {
  return (
    <Notice kind="error" testId="conflict">
      <p className="font-semibold">{t.form.conflictTitle}</p>
      <p className="mt-1">{t.form.conflictIntro}</p>
      <ChangeTable
        changes={changes}
        beforeLabel={t.form.conflictYours}
        afterLabel={t.form.conflictTheirs}
        rowTestId="conflict-field"
      />
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={onReload}>
          {t.form.conflictReload}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onOverwrite}>
          {t.form.conflictOverwrite}
        </button>
      </div>
    </Notice>
  );
}
