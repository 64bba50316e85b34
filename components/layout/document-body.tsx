import type { ReactNode } from "react";

/**
 * The body both root layouts (reader and admin) share: a skip link to the content first, then
 * the layout's header, the page in `<main id="main">` and an optional footer.
 */
export function DocumentBody({
  skipLabel,
  header,
  footer,
  children,
}: {
  skipLabel: string;
  header: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          {skipLabel}
        </a>
        {header}
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        {footer}
      </div>
    </body>
  );
}
