import type { ReactNode } from "react";

export function PageHeader({
  title,
  intro,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {intro ? <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{intro}</p> : null}
      {children}
    </header>
  );
}
