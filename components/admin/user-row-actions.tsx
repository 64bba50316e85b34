"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { unlockUserSignIn, updateUser } from "@/lib/actions/users";
import type { AdminUserRow } from "@/lib/data/admin-users";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";

export function UserRowActions({ user }: { user: AdminUserRow }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (fields: Record<string, string>, action = updateUser) =>
    start(async () => {
      const fd = new FormData();
      fd.set("userId", String(user.id));
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      const res = await action(fd);
      setMessage(res.ok ? null : res.message);
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() => run({ role: user.role === "admin" ? "editor" : "admin" })}
      >
        {user.role === "admin" ? t.users.makeEditor : t.users.makeAdmin}{" "}
        <span className="sr-only">{user.email}</span>
      </button>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() => run({ disabled: user.disabledAt ? "false" : "true" })}
      >
        {user.disabledAt ? t.users.enable : t.users.disable} <span className="sr-only">{user.email}</span>
      </button>
      {user.recentFailures > 0 ? (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={pending}
          onClick={() => run({}, unlockUserSignIn)}
          data-testid="unlock-sign-in"
        >
          {t.users.unlock} <span className="sr-only">{user.email}</span>
        </button>
      ) : null}
      {message ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </span>
      ) : null}
    </div>
  );
}
