import { ArticleList } from "@/components/articles/article-list";
import { AsOfControl } from "@/components/filters/as-of-control";
import { FilterForm } from "@/components/filters/filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { findArticles } from "@/lib/data/articles";
import { findLabs } from "@/lib/data/labs";
import { findPublisherOptions } from "@/lib/data/publishers";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { listQuery, pagerHrefs, readerPage } from "@/lib/i18n/reader-page";
import { titledPage } from "@/lib/i18n/page-metadata";

export const generateMetadata = titledPage(readerMessages, (t) => t.articles.title);

export default async function ArticlesPage({ params, searchParams }: PageProps<"/[locale]/articles">) {
  const ctx = await readerPage(params, searchParams, "/articles");
  const { locale, filters } = ctx;
  const t = readerMessages[locale];
  const [page, labs, publishers] = await Promise.all([
    findArticles(listQuery(filters)),
    findLabs(filters.asOf),
    findPublisherOptions(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t.articles.title} intro={t.articles.intro}>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={filters.asOf} />
      </PageHeader>
      <FilterForm
        ctx={ctx}
        fields={["lab", "lang", "publisher", "dates"]}
        labs={labs}
        publishers={publishers}
      />
      {page.items.length === 0 ? (
        <EmptyState>{t.articles.empty}</EmptyState>
      ) : (
        <ArticleList articles={page.items} locale={locale} asOf={filters.asOf} />
      )}
      <Pager {...pagerHrefs(ctx, page)} olderLabel={t.articles.older} newestLabel={t.timeline.newest} />
    </div>
  );
}
