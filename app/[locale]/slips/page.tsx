import Link from "next/link";
import { AsOfControl } from "@/components/filters/as-of-control";
import { ScorecardBoard } from "@/components/scorecards/scorecard-board";
import { ScorecardRulings } from "@/components/scorecards/scorecard-rulings";
import { ScorecardSummary } from "@/components/scorecards/scorecard-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedRender, tags } from "@/lib/data/cache";
import { findScorecards } from "@/lib/data/scorecards";
import { sortScorecards, type ScorecardSort } from "@/lib/domain/scorecard";
import { readerHref } from "@/lib/i18n/links";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { fromCacheable, readerPage, toCacheable, type CacheableReaderContext } from "@/lib/i18n/reader-page";
import { parseSlipsParams } from "@/lib/validation/scorecard-params";
import { titledPage } from "@/lib/i18n/page-metadata";

export const generateMetadata = titledPage(scorecardMessages, (t) => t.slips.metaTitle);

export default async function SlipsPage({ params, searchParams }: PageProps<"/[locale]/slips">) {
  const ctx = await readerPage(params, searchParams, "/slips");
  const { sort } = parseSlipsParams(await searchParams);
  return <SlipsBody view={toCacheable(ctx)} sort={sort} />;
}

/** Rendered once per locale, sort, as-of day and today, until a write touches plans or labs. */
async function SlipsBody({ view, sort }: { view: CacheableReaderContext; sort: ScorecardSort }) {
  "use cache";
  cachedRender(tags.labs, tags.models, tags.articles, tags.events);
  const ctx = fromCacheable(view);
  const { locale, today } = ctx;
  const asOf = ctx.filters.asOf;
  const t = scorecardMessages[locale];
  const cards = sortScorecards(await findScorecards({ asOf, today }), sort);
  const query = new URLSearchParams(asOf ? { asOf } : {});
  if (sort !== "kept") query.set("sort", sort);
  const compareLabs = cards.slice(0, 2).map((c) => `lab=${c.lab.slug}`).join("&");
  return (
    <div className="space-y-8">
      <PageHeader title={t.slips.title} intro={t.slips.intro}>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{t.scorecard.intro}</p>
        <AsOfControl locale={locale} path={ctx.path} params={query} asOf={asOf} />
        <p className="text-sm">
          <Link href={readerHref(locale, `/compare${compareLabs ? `?${compareLabs}` : ""}`, asOf)} className="underline">
            {t.slips.compare}
          </Link>
        </p>
      </PageHeader>
      {cards.length === 0 ? (
        <EmptyState>{t.slips.empty}</EmptyState>
      ) : (
        <>
          <ScorecardBoard cards={cards} sort={sort} locale={locale} path={ctx.path} asOf={asOf} />
          <Section id="commitments" title={t.slips.details}>
            <ul className="space-y-3">
              {cards.map((c) => (
                <li key={c.lab.slug}>
                  <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-lab={c.lab.slug}>
                    <summary className="cursor-pointer font-semibold">
                      {c.lab.name}: {t.scorecard.kept(c.met, c.resolved, c.keptPercent)}
                    </summary>
                    <div className="mt-3 space-y-3">
                      <ScorecardSummary card={c} locale={locale} />
                      <ScorecardRulings card={c} locale={locale} asOf={asOf} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </div>
  );
}
