import Link from "next/link";
import { AsOfControl } from "@/components/filters/as-of-control";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findLabs } from "@/lib/data/labs";
import { readerHref } from "@/lib/i18n/links";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { readerPage } from "@/lib/i18n/reader-page";
import { titledPage } from "@/lib/i18n/page-metadata";

export const generateMetadata = titledPage(readerMessages, (t) => t.labs.title);

export default async function LabsPage({ params, searchParams }: PageProps<"/[locale]/labs">) {
  const ctx = await readerPage(params, searchParams, "/labs");
  const { locale, filters } = ctx;
  const t = readerMessages[locale].labs;
  const labs = await findLabs(filters.asOf);
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro}>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={filters.asOf} />
      </PageHeader>
      {labs.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="lab-list">
          {labs.map((lab) => (
            <li key={lab.slug}>
              <Link
                href={readerHref(locale, `/labs/${lab.slug}`, filters.asOf)}
                className="flex items-baseline justify-between rounded-lg border border-zinc-200 p-4 hover:border-brand-600 dark:border-zinc-800"
              >
                <span className="font-semibold">{lab.name}</span>
                <span className="text-sm text-zinc-700 dark:text-zinc-300">{t.events(lab.eventCount)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
