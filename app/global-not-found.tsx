import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import "./globals.css";

export const metadata: Metadata = { title: "Not found · Nicht gefunden · Slipwatch", robots: { index: false } };

/**
 * Addresses that match no route at all (e.g. /en/no/such/page, /admin/nope). The app has two
 * root layouts (app/[locale] for readers, app/admin), so Next serves this page of its own with a
 * 404. Unknown records under a known route are rewritten by the proxy to /[locale]/missing
 * instead, which keeps the reader's language and shell.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
