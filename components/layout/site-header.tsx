import Link from "next/link";
import { Suspense } from "react";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { localePath, type Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";

const NAV = ["timeline", "labs", "models", "articles", "charts", "slips", "search"] as const;

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = commonMessages[locale];
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href={localePath(locale, "/")}
          className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-500"
        >
          {t.siteName}
        </Link>
        <nav aria-label={t.nav.label} className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((key) => (
              <li key={key}>
                <Link
                  href={localePath(locale, `/${key}`)}
                  className="text-zinc-700 hover:text-brand-700 hover:underline dark:text-zinc-300"
                >
                  {t.nav[key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* A search field on every page: a plain GET form, so it works without JavaScript. */}
        <form
          method="get"
          action={localePath(locale, "/search")}
          role="search"
          aria-label={readerMessages[locale].search.headerLabel}
          className="ml-auto flex items-center gap-1"
        >
          <label htmlFor="site-search" className="sr-only">
            {readerMessages[locale].search.headerLabel}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            maxLength={200}
            placeholder={t.nav.search}
            data-testid="header-search"
            className="w-32 rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 sm:w-44 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
          />
          <button
            type="submit"
            className="rounded bg-zinc-900 px-2 py-1 text-sm text-white dark:bg-zinc-100 dark:text-zinc-900"
          >
            <span aria-hidden="true">⌕</span>
            <span className="sr-only">{t.nav.search}</span>
          </button>
        </form>
        {/* The switcher reads the query string to keep filters; it streams in after the shell. */}
        <div>
          <Suspense fallback={<span className="text-sm text-zinc-500">{t.language.label}</span>}>
            <LocaleSwitcher locale={locale} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
