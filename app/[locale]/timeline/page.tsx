import { EventTimeline } from "@/components/events/event-timeline";
import { AsOfControl } from "@/components/filters/as-of-control";
import { FilterForm } from "@/components/filters/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { cachedRender, tags } from "@/lib/data/cache";
import { findLabs } from "@/lib/data/labs";
import { findPublisherOptions } from "@/lib/data/publishers";
import { findReaderEvents } from "@/lib/data/reader-events";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { titledPage } from "@/lib/i18n/page-metadata";
import {
  fromCacheable,
  listQuery,
  pagerHrefs,
  readerPage,
  toCacheable,
  type CacheableReaderContext,
} from "@/lib/i18n/reader-page";

export const generateMetadata = titledPage(readerMessages, (t) => t.timeline.title);

export default async function TimelinePage({ params, searchParams }: PageProps<"/[locale]/timeline">) {
  const ctx = await readerPage(params, searchParams, "/timeline");
  return <TimelineBody view={toCacheable(ctx)} />;
}

/** Rendered once per locale, filters and cursor, until a write touches events or articles. */
async function TimelineBody({ view }: { view: CacheableReaderContext }) {
  "use cache";
  cachedRender(tags.labs, tags.events, tags.articles);
  const ctx = fromCacheable(view);
  const { locale, filters } = ctx;
  const t = readerMessages[locale].timeline;
  const [page, labs, publishers] = await Promise.all([
    findReaderEvents({ ...listQuery(filters), type: filters.type, status: filters.status }),
    findLabs(filters.asOf),
    findPublisherOptions(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro}>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={filters.asOf} />
      </PageHeader>
      <FilterForm
        ctx={ctx}
        fields={["lab", "type", "status", "lang", "publisher", "dates"]}
        labs={labs}
        publishers={publishers}
      />
      {page.items.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <EventTimeline events={page.items} locale={locale} asOf={filters.asOf} />
      )}
      <Pager {...pagerHrefs(ctx, page)} olderLabel={t.older} newestLabel={t.newest} />
    </div>
  );
}
