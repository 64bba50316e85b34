import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";

export function ChartEmptyState({ locale, path }: { locale: Locale; path: string }) {
  const t = chartsMessages[locale];
  return (
    <div role="status" className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700" data-testid="chart-empty">
      <p className="font-semibold">{t.empty.title}</p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t.empty.body}</p>
      <Link href={localePath(locale, path)} className="mt-3 inline-block text-sm underline underline-offset-2">
        {t.filters.reset}
      </Link>
    </div>
  );
}
