"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = commonMessages[isLocale(locale) ? locale : "en"].states;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      {/* Hoisted into <head> by React: once the page has streamed its 200, this keeps a failed
          render out of search results (the status itself cannot change any more). */}
      <meta name="robots" content="noindex" />
      <h1 className="font-semibold">{t.errorTitle}</h1>
      <p className="mt-1 text-sm">
        {t.errorBody}
        {error.digest ? ` (${error.digest})` : null}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-red-700 px-3 py-1.5 text-sm text-white">
        {t.retry}
      </button>
    </div>
  );
}
