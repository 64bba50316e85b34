import Link from "next/link";
import type { AuditRow } from "@/lib/data/admin-audit";
import { diffRecords } from "@/lib/domain/audit-diff";
import { t } from "@/lib/i18n/messages/admin";
import { ChangeTable } from "@/components/admin/change-table";
import { linkClass } from "@/components/admin/ui";

const HISTORY_ENTITIES = new Set(["article", "event"]);

/** Audit entries with who, when and a field-by-field before/after table. */
export function AuditList({ entries }: { entries: AuditRow[] }) {
  if (entries.length === 0) return <p>{t.history.empty}</p>;
  return (
    <ol className="space-y-4">
      {entries.map((e) => {
        const changes = diffRecords(e.before, e.after);
        return (
          <li key={e.id} className="rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800" data-testid="audit-entry" data-action={e.action} data-entity={e.entity}>
            <div className="flex flex-wrap gap-x-3">
              <time dateTime={e.at} className="font-medium">
                {e.at.replace("T", " ").slice(0, 19)} UTC
              </time>
              <span>{e.user ?? t.history.system}</span>
              <span>
                {e.action}{" "}
                {HISTORY_ENTITIES.has(e.entity) ? (
                  <Link href={`/admin/history/${e.entity}/${e.entityId}`} className={linkClass}>
                    {e.entity} #{e.entityId}
                  </Link>
                ) : (
                  `${e.entity} #${e.entityId}`
                )}
              </span>
            </div>
            {changes.length > 0 ? (
              <ChangeTable changes={changes} beforeLabel={t.history.before} afterLabel={t.history.after} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
