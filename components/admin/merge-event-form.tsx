"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/admin/ui";
import type { ActionResult } from "@/lib/validation/action-result";

/** "Merge this duplicate into event #…": citations move, the old address redirects, audited. */
export function MergeEventForm({
  id,
  action,
}: {
  id: number;
  action: (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-1 text-sm" data-testid="merge-form">
      <input type="hidden" name="from" value={id} />
      {/* The label sits above the input and its button, so the two share one row without a gap. */}
      <label htmlFor={`merge-into-${id}`} className="font-medium">
        Merge this duplicate into event #
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={`merge-into-${id}`}
          name="into"
          inputMode="numeric"
          pattern="[0-9]+"
          required
          // py-1.5 and text-sm as in the button beside it, so the two are the same height and line up.
          className="block w-28 rounded border border-zinc-400 bg-white px-2 py-1.5 text-sm text-zinc-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          Merge
        </button>
        <span role="status">{result?.message}</span>
      </div>
    </form>
  );
}
