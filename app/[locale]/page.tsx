import Link from "next/link";
import { EventRow } from "@/components/events/event-row";
import { AsOfControl } from "@/components/filters/as-of-control";
import { SlipTable } from "@/components/models/slip-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedRender, tags } from "@/lib/data/cache";
import { findLabs } from "@/lib/data/labs";
import { findTopSlips } from "@/lib/data/model-plans";
import { findNewlyReportedEvents, findRecentlyAddedEvents } from "@/lib/data/home-events";
import { isAddedLater } from "@/lib/domain/added-later";
import { readerHref } from "@/lib/i18n/links";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { fromCacheable, readerPage, toCacheable, type CacheableReaderContext } from "@/lib/i18n/reader-page";

export default async function HomePage({ params, searchParams }: PageProps<"/[locale]">) {
  const ctx = await readerPage(params, searchParams, "/");
  return <HomeBody view={toCacheable(ctx)} />;
}

/** Rendered once per locale, as-of day and today, until a write touches what it shows. */
async function HomeBody({ view }: { view: CacheableReaderContext }) {
  "use cache";
  cachedRender(tags.labs, tags.models, tags.events, tags.articles);
  const ctx = fromCacheable(view);
  const { locale, filters, today } = ctx;
  const asOf = filters.asOf;
  const t = readerMessages[locale].home;
  const [recent, added, slips, labs] = await Promise.all([
    findNewlyReportedEvents({ asOf, limit: 8 }),
    // When a record entered Slipwatch is about our database, not about what was public on a past
    // day: the as-of view leaves "recently added" (and the "added" dates) out.
    asOf ? Promise.resolve([]) : findRecentlyAddedEvents({ limit: 5 }),
    findTopSlips({ asOf, today, limit: 5 }),
    findLabs(asOf),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title={t.title} intro={t.intro}>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={asOf} />
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-8">
          <Section
            id="latest"
            title={t.latest}
            more={{ href: readerHref(locale, "/timeline", asOf), label: t.allEvents }}
          >
            {recent.length === 0 ? (
              <EmptyState>{t.latestEmpty}</EmptyState>
            ) : (
              <ul className="space-y-3" data-testid="newly-reported">
                {recent.map((e) => (
                  <EventRow
                    key={e.id}
                    event={e}
                    locale={locale}
                    asOf={asOf}
                    showAdded={!asOf && isAddedLater(e.addedAt, e.knownFrom)}
                  />
                ))}
              </ul>
            )}
          </Section>
          {asOf ? null : (
            <Section id="recently-added" title={t.recentlyAdded}>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{t.recentlyAddedIntro}</p>
              {added.length === 0 ? (
                <EmptyState>{t.recentlyAddedEmpty}</EmptyState>
              ) : (
                <ul className="space-y-3" data-testid="recently-added">
                  {added.map((e) => (
                    <EventRow key={e.id} event={e} locale={locale} showAdded />
                  ))}
                </ul>
              )}
            </Section>
          )}
        </div>
        <div className="min-w-0 space-y-8">
          <Section
            id="slips"
            title={t.slipBoard}
            more={{ href: readerHref(locale, "/models", asOf), label: t.allModels }}
          >
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t.slipBoardIntro}</p>
            {slips.length === 0 ? (
              <EmptyState>{t.slipBoardEmpty}</EmptyState>
            ) : (
              <SlipTable slips={slips} locale={locale} asOf={asOf} />
            )}
          </Section>
          <Section id="labs" title={t.labs}>
            <ul className="flex flex-wrap gap-2">
              {labs.map((lab) => (
                <li key={lab.slug}>
                  <Link
                    href={readerHref(locale, `/labs/${lab.slug}`, asOf)}
                    className="inline-block rounded border border-zinc-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-zinc-700"
                  >
                    {lab.name} <span className="text-zinc-700 dark:text-zinc-300">({lab.eventCount})</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        </div>
      </div>
    </div>
  );
}
