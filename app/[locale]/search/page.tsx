import type { Metadata } from "next";
import { isLocale } from "@/lib/i18n/config";
import { ArticleList } from "@/components/articles/article-list";
import { AsOfControl } from "@/components/filters/as-of-control";
import { FilterForm } from "@/components/filters/filter-form";
import { HiddenParams } from "@/components/filters/hidden-params";
import { EmptyState } from "@/components/ui/empty-state";
import { MarkedText } from "@/components/ui/marked-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { EventRow } from "@/components/events/event-row";
import { searchArticles, type SearchHit } from "@/lib/data/articles";
import { searchEvents } from "@/lib/data/events";
import { parseReaderFilters } from "@/lib/validation/reader-filters";
import { findLabs } from "@/lib/data/labs";
import { findPublisherOptions } from "@/lib/data/publishers";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { listQuery, pagerHrefs, readerPage } from "@/lib/i18n/reader-page";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/search">): Promise<Metadata> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  const t = readerMessages[isLocale(locale) ? locale : "en"].search;
  const q = parseReaderFilters(sp).q;
  // A specific title: the search term, so tabs and history say what was searched.
  return { title: q ? `„${q}“ · ${t.title}` : t.title };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const ctx = await readerPage(params, searchParams, "/search");
  const { locale, filters } = ctx;
  const t = readerMessages[locale].search;
  const q = filters.q;
  const [page, events, labs, publishers] = await Promise.all([
    q ? searchArticles(q, listQuery(filters)) : Promise.resolve(null),
    q && !filters.cursor
      ? searchEvents(q, { asOf: filters.asOf, lab: filters.lab, limit: 20 })
      : Promise.resolve([]),
    findLabs(filters.asOf),
    findPublisherOptions(),
  ]);
  const snippets = new Map((page?.items ?? []).map((h: SearchHit) => [h.id, h.snippet]));
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      {/* Named: the header's search is a second search landmark on this page (axe landmark-unique). */}
      <form
        method="get"
        action={ctx.path}
        role="search"
        aria-label={t.title}
        className="flex flex-wrap items-end gap-2"
      >
        <HiddenParams params={ctx.query} omit={["q", "cursor"]} />
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="text-sm font-semibold">{t.label}</span>
          <input
            type="search"
            name="q"
            defaultValue={q ?? ""}
            placeholder={t.placeholder}
            maxLength={200}
            className="w-full rounded border border-zinc-400 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t.submit}
        </button>
      </form>
      <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={filters.asOf} />
      <FilterForm
        ctx={ctx}
        fields={["lab", "lang", "publisher", "dates"]}
        labs={labs}
        publishers={publishers}
      />
      {q && events.length > 0 ? (
        <section aria-labelledby="event-results-heading" className="space-y-3" data-testid="event-results">
          <h2 id="event-results-heading" className="text-lg font-semibold" data-testid="event-result-count">
            {t.eventResults(events.length)}
          </h2>
          <ul className="space-y-2">
            {events.map((e) => (
              <EventRow key={e.id} event={e} locale={locale} asOf={filters.asOf} />
            ))}
          </ul>
        </section>
      ) : null}
      {!q ? (
        <EmptyState>{t.prompt}</EmptyState>
      ) : !page || page.items.length === 0 ? (
        events.length === 0 ? (
          <EmptyState>{t.empty}</EmptyState>
        ) : null
      ) : (
        <section aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="text-lg font-semibold" data-testid="result-count">
            {t.articleResults} · {t.results(page.items.length, page.nextCursor !== null)}
          </h2>
          <ArticleList
            articles={page.items}
            locale={locale}
            asOf={filters.asOf}
            extra={(a) => {
              const snippet = snippets.get(a.id);
              return snippet ? (
                <p
                  lang={a.language}
                  className="mt-2 text-sm text-zinc-800 dark:text-zinc-200"
                  data-testid="snippet"
                >
                  <MarkedText snippet={snippet} />
                </p>
              ) : null;
            }}
          />
        </section>
      )}
      <Pager
        {...pagerHrefs(ctx, page)}
        olderLabel={t.more}
        newestLabel={readerMessages[locale].timeline.newest}
      />
    </div>
  );
}
