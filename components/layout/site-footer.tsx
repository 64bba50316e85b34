import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = commonMessages[locale];
  return (
    <footer className="mt-12 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4">
        <p>Slipwatch — {t.footer.about}</p>
        <p>
          {/* A JSON endpoint, not a page: a plain link, no client-side navigation. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/v1/events" className="underline">
            {t.footer.api}
          </a>
        </p>
      </div>
    </footer>
  );
}
