import type { ReactNode } from "react";
import Link from "next/link";
import { DeleteRestoreButton } from "@/components/admin/delete-restore-button";
import { Notice, linkClass } from "@/components/admin/ui";
import { t } from "@/lib/i18n/messages/admin";
import type { ActionResult } from "@/lib/validation/action-result";

/**
 * The top of an edit page (article, event): heading, a link to the record's history, delete or
 * restore (by whether it is deleted), and the notice after a save (`?saved=1`).
 */
export function EditRecordHeader({
  heading,
  historyHref,
  id,
  deleted,
  remove,
  restore,
  saved,
}: {
  heading: ReactNode;
  historyHref: string;
  id: number;
  deleted: boolean;
  remove: { action: (id: number) => Promise<ActionResult>; label: string };
  restore: { action: (id: number) => Promise<ActionResult>; label: string };
  saved: boolean;
}) {
  const toggle = deleted ? restore : remove;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href={historyHref} className={linkClass}>
            {t.articles.history}
          </Link>
          <DeleteRestoreButton id={id} action={toggle.action} label={toggle.label} />
        </div>
      </div>
      {saved ? (
        <Notice kind="success" testId="saved-notice">
          {t.saved}
        </Notice>
      ) : null}
    </>
  );
}
