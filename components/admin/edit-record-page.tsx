import type { ReactNode } from "react";
import Link from "next/link";
import { DeleteRestoreButton } from "@/components/admin/delete-restore-button";
import { Notice, linkClass } from "@/components/admin/ui";
import { t } from "@/lib/i18n/messages/admin";
import type { ActionResult } from "@/lib/validation/action-result";

const WORDS = {
  article: { remove: t.articles.delete, restore: t.articles.restore, deleted: t.articles.deletedNotice },
  event: { remove: t.eventEdit.delete, restore: t.eventEdit.restore, deleted: t.eventEdit.deleted },
};

/**
 * An edit page (article, event): heading, a link to the record's history, delete or restore (by
 * whether it is deleted), the notice after a save (`?saved=1`), then the form — or, for a deleted
 * record, a notice that it must be restored first.
 */
export function EditRecordPage({
  heading,
  entity,
  record,
  actions,
  saved,
  children,
}: {
  heading: ReactNode;
  entity: "article" | "event";
  record: { id: number; deletedAt: string | Date | null };
  /** the server actions that delete and restore the record */
  actions: { remove: (id: number) => Promise<ActionResult>; restore: (id: number) => Promise<ActionResult> };
  saved: boolean;
  /** the edit form, shown while the record is not deleted */
  children: ReactNode;
}) {
  const { id, deletedAt } = record;
  const words = WORDS[entity];
  const toggle = deletedAt ? { action: actions.restore, label: words.restore } : { action: actions.remove, label: words.remove };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href={`/admin/history/${entity}/${id}`} className={linkClass}>
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
      {deletedAt ? (
        <Notice kind="info" testId="deleted-notice">
          {words.deleted}
        </Notice>
      ) : (
        children
      )}
    </div>
  );
}
