import Link from "next/link";
import type { ReactNode } from "react";

/** A page section with a heading that labels it for assistive technology. */
export function Section({
  id,
  title,
  children,
  action,
  more,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  /** a link beside the heading to the whole list this section shows the start of */
  more?: { href: string; label: ReactNode };
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        {action}
        {more ? (
          <Link href={more.href} className="text-sm underline">
            {more.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}
