import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { DocumentBody } from "@/components/layout/document-body";
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
      <DocumentBody
        skipLabel={t.skipToContent}
        header={
          <header className="border-b border-zinc-200 dark:border-zinc-800">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              <span className="font-bold">{t.title}</span>
              {/* No Suspense here on purpose: a boundary would start streaming (status 200) before the
                  page's own session check could answer with its redirect or 403. */}
              <UserMenu />
            </div>
            <AdminNav />
          </header>
        }
      >
        {children}
      </DocumentBody>
    </html>
  );
}
