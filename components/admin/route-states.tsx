"use client";

import { useSyncExternalStore } from "react";
import { secondaryButtonClass } from "@/components/admin/ui";
import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  isLocale,
  localeFromAcceptLanguage,
  type Locale,
} from "@/lib/i18n/config";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { ioMessages } from "@/lib/i18n/messages/io";

/**
 * The admin's error and loading states, shared by the thin `error.tsx` / `loading.tsx` route files.
 *
 * Admin URLs carry no locale, and these states render before (or instead of) the page that reads
 * it on the server, so the language is chosen here as `requestLocale()` does: the saved choice
 * (cookie), else the browser's languages. The server render and hydration use the default locale so
 * they match; the browser's choice applies right after.
 */

function browserLocale(): Locale {
  const prefix = `${LOCALE_COOKIE}=`;
  const saved = document.cookie
    .split("; ")
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage(navigator.languages.join(","));
}

// The cookie does not change while an error or loading state is on screen.
const subscribe = () => () => {};

function useAdminLocale(): Locale {
  return useSyncExternalStore(subscribe, browserLocale, () => DEFAULT_LOCALE);
}

/**
 * `denied`: the page needs an editor's sign-in — the usual cause on the data-in pages (the server
 * never says which, so nothing leaks). `failed`: anything else; saves are single transactions, so
 * nothing was half-written.
 */
export function AdminRouteError({ reason, reset }: { reason: "denied" | "failed"; reset: () => void }) {
  const locale = useAdminLocale();
  const t = reason === "denied" ? ioMessages[locale].denied : adminMessages[locale].routeError;
  return (
    <div role="alert" lang={locale} className="space-y-3">
      <h1 className="text-xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset} className={secondaryButtonClass}>
        {t.retry}
      </button>
    </div>
  );
}

/** The skeleton shown while an admin page loads; screen readers hear "Loading…". */
export function AdminRouteLoading() {
  const locale = useAdminLocale();
  return (
    <div className="w-full animate-pulse space-y-3">
      <div role="status" aria-live="polite" lang={locale}>
        <div className="h-7 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="mt-3 h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
        <span className="sr-only">{adminMessages[locale].loading}</span>
      </div>
    </div>
  );
}
