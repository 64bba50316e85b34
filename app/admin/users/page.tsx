import type { Metadata } from "next";
import { connection } from "next/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { requireUserFor } from "@/lib/auth/require-user";
import { findUsers } from "@/lib/data/admin-users";
import { t } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Users" };

/** Admins manage accounts: create, change role, disable. */
export default async function UsersPage() {
  await connection();
  const me = await requireUserFor("/admin/users", "admin");
  const users = await findUsers();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.users.heading}</h1>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-2 pr-3">
                {t.users.email}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.users.role}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.users.lastSignIn}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr
                key={u.id}
                className="border-b border-zinc-200 dark:border-zinc-800"
                data-testid="user-row"
                data-email={u.email}
              >
                <td className="py-2 pr-3">
                  {u.email}
                  {u.name ? <div className="text-xs text-zinc-700 dark:text-zinc-300">{u.name}</div> : null}
                </td>
                <td className="py-2 pr-3">
                  {u.role}
                  {u.disabledAt ? ` (${t.users.disabled})` : ""}
                </td>
                <td className="py-2 pr-3">
                  {u.lastSignInAt ? u.lastSignInAt.slice(0, 16).replace("T", " ") : t.users.never}
                  {u.recentFailures > 0 ? (
                    <div className="text-xs text-red-700 dark:text-red-400">
                      {t.users.failedSignIns(u.recentFailures)}
                    </div>
                  ) : null}
                </td>
                <td className="py-2">{u.id === me.id ? null : <UserRowActions user={u} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserForm />
    </div>
  );
}
