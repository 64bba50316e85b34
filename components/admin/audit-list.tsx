import Link from "next/link";
import type { AuditRow } from "@/lib/data/admin-audit";
import { diffRecords } from "@/lib/domain/audit-diff";
import { t } from "@/lib/i18n/messages/admin";
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
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left">
                  <thead>
                    <tr>
                      <th scope="col" className="pr-3">{t.history.field}</th>
                      <th scope="col" className="pr-3">{t.history.before}</th>
                      <th scope="col">{t.history.after}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="align-top">
                        <th scope="row" className="pr-3 font-normal text-zinc-700 dark:text-zinc-300">{c.field}</th>
                        <td className="max-w-xs whitespace-pre-wrap break-words pr-3">{c.before === null ? "—" : c.before.slice(0, 400)}</td>
                        <td className="max-w-xs whitespace-pre-wrap break-words">{c.after === null ? "—" : c.after.slice(0, 400)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
