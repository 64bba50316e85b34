import type { ReactNode } from "react";

export function EmptyState({ children, testId = "empty-state" }: { children: ReactNode; testId?: string }) {
  return (
    <p
      data-testid={testId}
      className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
    >
      {children}
    </p>
  );
}
