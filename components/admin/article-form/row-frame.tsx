"use client";

import type { ReactNode } from "react";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";

/**
 * The box around one row of the events panel (a citation, a new event, a release commitment): its
 * legend, its inputs in three columns, and its remove button. `readOnly` disables the inputs only;
 * the button stays outside that inner fieldset, so a saved row can still be removed.
 */
export function RowFrame({
  testId,
  legend,
  removeName,
  onRemove,
  readOnly = false,
  notice,
  children,
}: {
  testId: string;
  legend: ReactNode;
  /** tells screen readers which row the remove button removes */
  removeName: string;
  onRemove: () => void;
  readOnly?: boolean;
  notice?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="rounded border border-zinc-300 p-3 dark:border-zinc-700" data-testid={testId}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {notice}
      <fieldset disabled={readOnly} className="grid gap-3 sm:grid-cols-3">
        {children}
      </fieldset>
      <button type="button" onClick={onRemove} className={`${secondaryButtonClass} mt-3`}>
        {t.events.remove} <span className="sr-only">{removeName}</span>
      </button>
    </fieldset>
  );
}
