import Link from "next/link";
import { linkClass } from "@/components/admin/ui";
import { t } from "@/lib/i18n/messages/admin";

/**
 * An editor on an admin-only page (forbidden() from requireUserFor): shown inside the admin's own
 * layout, with a real 403 (docs/decisions/008-real-status-codes.md).
 */
export default function AdminForbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-bold">{t.forbidden.title}</h1>
      <p>{t.forbidden.body}</p>
      <p>
        <Link href="/admin" className={linkClass}>
          {t.forbidden.back}
        </Link>
      </p>
    </div>
  );
}
