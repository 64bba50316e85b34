"use client";

import { secondaryButtonClass } from "@/components/admin/ui";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-xl font-bold">Something went wrong.</h1>
      <p>Nothing was saved partially: every save is one transaction. Try again; if it keeps happening the database may be unavailable.</p>
      <button type="button" onClick={reset} className={secondaryButtonClass}>
        Try again
      </button>
    </div>
  );
}
