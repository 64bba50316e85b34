import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/format";
import { chartsMessages } from "@/lib/i18n/messages/charts";

export function ChartPageHeader({ locale, title, intro, asOf }: { locale: Locale; title: string; intro: string; asOf?: string }) {
  const t = chartsMessages[locale];
  return (
    <header className="space-y-2">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={localePath(locale, "/charts")} className="underline underline-offset-2">
          {t.breadcrumb}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{intro}</p>
      {asOf ? (
        <p className="text-sm font-medium" data-testid="as-of-note">
          {t.asOfNote(formatDay(asOf, locale))}
        </p>
      ) : null}
    </header>
  );
}
