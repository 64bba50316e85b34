import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DocumentBody } from "@/components/layout/document-body";
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
      <DocumentBody
        skipLabel={t.skipToContent}
        header={<SiteHeader locale={locale} />}
        footer={<SiteFooter locale={locale} />}
      >
        {children as ReactNode}
      </DocumentBody>
    </html>
  );
}
