"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/validation/action-result";
import { secondaryButtonClass } from "@/components/admin/ui";

/** Soft delete or restore; the result message is announced, the page reloads its data. */
export function DeleteRestoreButton({ id, action, label }: { id: number; action: (id: number) => Promise<ActionResult>; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await action(id);
            setMessage(res.message);
            router.refresh();
          })
        }
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
