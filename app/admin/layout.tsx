import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserMenu } from "@/components/admin/user-menu";
import { t } from "@/lib/i18n/messages/admin";
import "../globals.css";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Slipwatch admin" }, robots: { index: false } };

/**
 * Admin pages block on the server until the session is checked, instead of streaming a shell
 * first: their prerendered shell is empty, so nothing is sent before the page has rendered or
 * failed. Next then sets a real redirect (307), 403 (forbidden()) or 500 (an error), and our HTTP
 * server sends that status with the first byte of the body (lib/server/hold-status.ts: Next's
 * empty shell would otherwise commit a 200 before the page ran). Each page checks the session itself.
 */
export const instant = false;

/**
 * The admin's root layout (readers have theirs under app/[locale]). The admin's own words are
 * English (`t`); the data-in pages that speak the editor's language mark their content with `lang`.
 */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
      >
        {t.skipToContent}
      </a>
      <header className="border-b border-zinc-200 dark:border-zinc-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="font-bold">{t.title}</span>
          {/* No Suspense here on purpose: a boundary would start streaming (status 200) before the
              page's own session check could answer with its redirect or 403. */}
          <UserMenu />
        </div>
        <AdminNav />
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
      </body>
    </html>
  );
}
