import type { ReactNode } from "react";
import type { FieldChange } from "@/components/admin/article-form/conflict";
import { t } from "@/lib/i18n/messages/admin";
import { Notice } from "@/components/admin/ui";

/** Shown when the optimistic lock refused a save: what the other person changed, side by side. */
export function ConflictNotice({ changes, actions }: { changes: FieldChange[]; actions: ReactNode }) {
  return (
    <Notice kind="error" testId="conflict">
      <p className="font-semibold">{t.form.conflictTitle}</p>
      <p className="mt-1">{t.form.conflictIntro}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-3">{t.history.field}</th>
              <th scope="col" className="pr-3">{t.form.conflictYours}</th>
              <th scope="col">{t.form.conflictTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} data-testid="conflict-field" data-field={c.field} className="align-top">
                <th scope="row" className="pr-3 font-medium">{c.field}</th>
                <td className="max-w-xs whitespace-pre-wrap break-words pr-3">{c.before.slice(0, 500) || "—"}</td>
                <td className="max-w-xs whitespace-pre-wrap break-words">{c.after.slice(0, 500) || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">{actions}</div>
    </Notice>
  );
}
