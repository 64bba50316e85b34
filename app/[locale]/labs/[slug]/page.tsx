import { httpUrlOrNull } from "@/lib/domain/safe-url";
import type { Metadata } from "next";
import { isLocale } from "@/lib/i18n/config";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/articles/article-list";
import { EventTimeline } from "@/components/events/event-timeline";
import { AsOfControl } from "@/components/filters/as-of-control";
import { ClaimsToggle } from "@/components/filters/claims-toggle";
import { LabFigures } from "@/components/labs/lab-figures";
import { LabStatusLine } from "@/components/labs/lab-status-line";
import { ModelTable } from "@/components/models/model-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { cachedRender, labPageTags } from "@/lib/data/cache";
import { getLabBySlug } from "@/lib/data/labs";
import { loadLabPage } from "@/lib/data/lab-page";
import { ScorecardRulings } from "@/components/scorecards/scorecard-rulings";
import { ScorecardSummary } from "@/components/scorecards/scorecard-summary";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { deriveLabStatus } from "@/lib/domain/lab-status";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { fromCacheable, pagerHrefs, readerPage, toCacheable, type CacheableReaderContext } from "@/lib/i18n/reader-page";
import { SLUG } from "@/lib/validation/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/labs/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const lab = SLUG.test(slug) ? await getLabBySlug(slug) : null;
  const t = readerMessages[isLocale(locale) ? locale : "en"].labs;
  return {
    title: lab
      ? `${lab.name} · ${t.metaTitle}`
      : commonMessages[isLocale(locale) ? locale : "en"].states.notFoundTitle,
  };
}

export default async function LabPage({ params, searchParams }: PageProps<"/[locale]/labs/[slug]">) {
  const { slug } = await params;
  const ctx = await readerPage(params, searchParams, `/labs/${slug}`);
  if (!SLUG.test(slug)) notFound();
  if (!(await getLabBySlug(slug))) notFound();
  return <LabPageBody slug={slug} view={toCacheable(ctx)} />;
}

/** Rendered once per lab, locale, filters and day, until a write touches what it shows. */
async function LabPageBody({ slug, view }: { slug: string; view: CacheableReaderContext }) {
  "use cache";
  cachedRender(...labPageTags(slug));
  const ctx = fromCacheable(view);
  const { locale, filters, today } = ctx;
  const asOf = filters.asOf;
  const t = readerMessages[locale].labs;
  const data = await loadLabPage(slug, { asOf, today, cursor: filters.cursor, claims: filters.claims });
  if (!data) notFound();
  const { lab, window, facts, models, events, articles, scorecard } = data;
  const status = deriveLabStatus({ models, latestSetback: facts.latestSetback, today });
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">{lab.name}</h1>
        {lab.description ? <p className="text-zinc-700 dark:text-zinc-300">{lab.description}</p> : null}
        {lab.website ? (
          <p className="text-sm">
            {t.website}:{" "}
            {httpUrlOrNull(lab.website) ? (
              <a
                href={httpUrlOrNull(lab.website) ?? undefined}
                className="underline"
                rel="noopener noreferrer"
              >
                {lab.website.replace(/^https?:\/\//, "")}
              </a>
            ) : (
              lab.website
            )}
          </p>
        ) : null}
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={asOf} />
        <LabStatusLine status={status} locale={locale} asOf={asOf} lab={slug} />
      </header>

      <Section
        id="figures"
        title={t.figures}
        action={<ClaimsToggle locale={locale} path={ctx.path} params={ctx.query} claims={filters.claims} />}
      >
        <LabFigures
          lab={slug}
          facts={facts}
          models={models}
          window={window}
          today={today}
          locale={locale}
          asOf={asOf}
        />
      </Section>

      <Section
        id="scorecard"
        title={scorecardMessages[locale].scorecard.title}
        more={{ href: readerHref(locale, "/slips", asOf), label: `${scorecardMessages[locale].slips.title} →` }}
      >
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{scorecardMessages[locale].scorecard.intro}</p>
        {scorecard && scorecard.models.length > 0 ? (
          <div className="space-y-4 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="lab-scorecard">
            <ScorecardSummary card={scorecard} locale={locale} />
            <ScorecardRulings card={scorecard} locale={locale} asOf={asOf} />
          </div>
        ) : (
          <EmptyState>{scorecardMessages[locale].scorecard.empty}</EmptyState>
        )}
      </Section>

      <Section id="models" title={t.models}>
        {models.length === 0 ? (
          <EmptyState>{t.modelsEmpty}</EmptyState>
        ) : (
          <ModelTable models={models} locale={locale} asOf={asOf} showLab={false} />
        )}
      </Section>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <Section
          id="timeline"
          title={t.timeline}
          more={{ href: readerHref(locale, `/timeline?lab=${slug}`, asOf), label: `${commonMessages[locale].nav.timeline} →` }}
        >
          {events.items.length === 0 ? (
            <EmptyState>{readerMessages[locale].timeline.empty}</EmptyState>
          ) : (
            <EventTimeline events={events.items} locale={locale} asOf={asOf} headingLevel={3} quotesOnly />
          )}
          <Pager
            {...pagerHrefs(ctx, events)}
            olderLabel={readerMessages[locale].timeline.older}
            newestLabel={readerMessages[locale].timeline.newest}
          />
        </Section>
        <Section
          id="articles"
          title={t.articles}
          more={{ href: readerHref(locale, `/articles?lab=${slug}`, asOf), label: t.allArticles }}
        >
          {articles.items.length === 0 ? (
            <EmptyState>{t.articlesEmpty}</EmptyState>
          ) : (
            <ArticleList articles={articles.items} locale={locale} asOf={asOf} />
          )}
        </Section>
      </div>
    </div>
  );
}
