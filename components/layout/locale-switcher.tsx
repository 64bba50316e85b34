"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

/** Links to the same page (same filters) in the other language; remembers the choice. */
export function LocaleSwitcher({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const t = commonMessages[locale];
  const rest = pathname.replace(/^\/(en|de)(?=\/|$)/, "");
  return (
    <div role="group" aria-label={t.language.label} className="flex gap-1 text-sm">
      {LOCALES.map((l) => (
        <a
          key={l}
          href={`/${l}${rest}${search ? `?${search}` : ""}`}
          hrefLang={l}
          lang={l}
          aria-current={l === locale ? "true" : undefined}
          onClick={() => {
            document.cookie = `${LOCALE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
          }}
          className={
            l === locale
              ? "rounded bg-zinc-900 px-2 py-0.5 font-semibold text-white dark:bg-zinc-100 dark:text-zinc-900"
              : "rounded px-2 py-0.5 text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          }
        >
          {commonMessages[l].language[l]}
        </a>
      ))}
    </div>
  );
}
