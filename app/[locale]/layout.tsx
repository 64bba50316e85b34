import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = commonMessages[locale];
  return (
    <div lang={locale} className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
      >
        {t.skipToContent}
      </a>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children as ReactNode}
      </main>
      <SiteFooter locale={locale} />
    </div>
  );
}
