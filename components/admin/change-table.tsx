import type { ReactNode } from "react";
import { t } from "@/lib/i18n/messages/admin";

/** One changed field, shown as two values side by side; null is "no value" (a create or a delete). */
export interface ShownChange {
  field: string;
  before: string | null;
  after: string | null;
}

// Long texts (an article body) are cut so one change does not push the rest off the screen.
const SHOWN_CHARS = 500;

const shown = (value: string | null) => (value ?? "").slice(0, SHOWN_CHARS) || "—";

/**
 * A field-by-field before/after table: the history page's audit entries and the conflict notice
 * (yours / theirs) both show changes this way.
 */
export function ChangeTable({
  changes,
  beforeLabel,
  afterLabel,
  rowTestId,
}: {
  changes: ShownChange[];
  beforeLabel: ReactNode;
  afterLabel: ReactNode;
  rowTestId?: string;
}) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              {t.history.field}
            </th>
            <th scope="col" className="pr-3">
              {beforeLabel}
            </th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} data-testid={rowTestId} data-field={c.field} className="align-top">
              <th scope="row" className="pr-3 font-medium">
                {c.field}
              </th>
              <td className="max-w-xs whitespace-pre-wrap break-words pr-3">{shown(c.before)}</td>
              <td className="max-w-xs whitespace-pre-wrap break-words">{shown(c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
