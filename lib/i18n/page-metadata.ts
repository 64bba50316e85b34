import type { Metadata } from "next";
import { isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The generateMetadata of a reader page whose title is one message, in the page's locale (English
 * for an unknown one, which the page itself answers with a 404):
 * `export const generateMetadata = titledPage(readerMessages, (t) => t.articles.title);`
 */
export function titledPage<M>(messages: Record<Locale, M>, title: (m: M) => string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    return { title: title(messages[isLocale(locale) ? locale : "en"]) };
  };
}
