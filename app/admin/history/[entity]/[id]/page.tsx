import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/admin/audit-list";
import { linkClass } from "@/components/admin/ui";
import { requireUserFor } from "@/lib/auth/require-user";
import { findArticleHistory, findAuditEntries } from "@/lib/data/admin-audit";
import { t } from "@/lib/i18n/messages/admin";
import { AuditEntitySchema, IdParamSchema } from "@/lib/validation/admin-params";

export const metadata: Metadata = { title: "History" };

/** One record's history. An article's includes the citations and commitments its saves wrote. */
export default async function RecordHistoryPage({ params }: PageProps<"/admin/history/[entity]/[id]">) {
  const { entity: rawEntity, id: rawId } = await params;
  await requireUserFor(`/admin/history/${rawEntity}/${rawId}`);
  const entity = AuditEntitySchema.safeParse(rawEntity);
  const id = IdParamSchema.safeParse(rawId);
  if (!entity.success || !id.success) notFound();
  // Users' history is for admins (it names accounts); content history is for every editor.
  if (entity.data === "user") await requireUserFor(`/admin/history/user/${id.data}`, "admin");
  const entries =
    entity.data === "article"
      ? await findArticleHistory(id.data)
      : (await findAuditEntries({ entity: entity.data, entityId: String(id.data), limit: 200 })).items;
  const editHref = entity.data === "article" ? `/admin/articles/${id.data}` : entity.data === "event" ? `/admin/events/${id.data}` : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {t.history.heading}: {entity.data} #{id.data}
      </h1>
      {editHref ? (
        <Link href={editHref} className={linkClass}>
          {entity.data} #{id.data}
        </Link>
      ) : null}
      <AuditList entries={entries} />
    </div>
  );
}
