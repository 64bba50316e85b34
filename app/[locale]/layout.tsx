import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";
import "../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = commonMessages[isLocale(locale) ? locale : "en"];
  return {
    title: { default: t.meta.homeTitle, template: "%s · Slipwatch" },
    description: t.meta.description,
  };
}

/**
 * The reader's root layout (admin has its own, app/admin/layout.tsx). The locale is a root
 * parameter known at build time (generateStaticParams), so `<html lang>` is part of each
 * locale's prerendered shell: /de pages declare German without waiting for request data
 * (docs/decisions/003-locale-in-url-and-cache-components.md).
 */
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = commonMessages[locale];
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <div className="flex min-h-screen flex-col">
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
      </body>
    </html>
  );
}
