import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/admin/audit-list";
import { linkClass } from "@/components/admin/ui";
import { requireUserFor } from "@/lib/auth/require-user";
import { findAuditEntries } from "@/lib/data/admin-audit";
import { t } from "@/lib/i18n/messages/admin";
import { AuditListSchema } from "@/lib/validation/admin-params";

export const metadata: Metadata = { title: "Audit log" };

/** The whole audit log: admins only. */
export default async function AuditLogPage({ searchParams }: PageProps<"/admin/history">) {
  const { before } = AuditListSchema.parse(await searchParams);
  await requireUserFor("/admin/history", "admin");
  const page = await findAuditEntries({ beforeId: before });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.history.wholeLog}</h1>
      <AuditList entries={page.items} />
      {page.nextBeforeId ? (
        <Link href={`/admin/history?before=${page.nextBeforeId}`} className={linkClass}>
          {t.history.older}
        </Link>
      ) : null}
    </div>
  );
}
