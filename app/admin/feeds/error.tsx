"use client";

import { ioMessages } from "@/lib/i18n/messages/io";

/**
 * Shown when the page could not be loaded — most often because the visitor is not signed in as an
 * editor (the server never tells which, so nothing leaks). The language follows the document.
 */
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = typeof document !== "undefined" && document.documentElement.lang === "de" ? "de" : "en";
  const t = ioMessages[locale].denied;
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-6">
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
        <h1 className="font-semibold">{t.title}</h1>
        <p className="mt-1 text-sm">{t.body}</p>
        <button
          type="button"
          onClick={reset}
          className="mt-3 rounded bg-amber-800 px-3 py-1.5 text-sm text-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-800"
        >
          {t.retry}
        </button>
      </div>
    </div>
  );
}
