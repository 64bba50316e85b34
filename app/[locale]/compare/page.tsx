import type { Metadata } from "next";
import Link from "next/link";
import { SetbacksChart } from "@/components/charts/setbacks-chart";
import { AsOfControl } from "@/components/filters/as-of-control";
import { ClaimsToggle } from "@/components/filters/claims-toggle";
import { CompareFigures } from "@/components/scorecards/compare-figures";
import { LabPicker } from "@/components/scorecards/lab-picker";
import { PerLabCards } from "@/components/scorecards/per-lab-cards";
import { ScorecardRulings } from "@/components/scorecards/scorecard-rulings";
import { ScorecardSummary } from "@/components/scorecards/scorecard-summary";
import { SetbacksYearTable } from "@/components/scorecards/setbacks-year-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedRender, tags } from "@/lib/data/cache";
import { getSetbacksChart, getSlipChart } from "@/lib/data/charts";
import { getLabFacts } from "@/lib/data/lab-overview";
import { findLabs } from "@/lib/data/labs";
import { findModelPlans } from "@/lib/data/model-plans";
import { getLabScorecard } from "@/lib/data/scorecards";
import { alignSetbacksCharts, setbacksByYear } from "@/lib/domain/lab-compare";
import { lastTwelveMonths, openDelays } from "@/lib/domain/lab-status";
import { describeSlip } from "@/lib/domain/slip";
import { isLocale } from "@/lib/i18n/config";
import { readerHref } from "@/lib/i18n/links";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { scorecardMessages } from "@/lib/i18n/messages/scorecard";
import { fromCacheable, readerPage, toCacheable, type CacheableReaderContext } from "@/lib/i18n/reader-page";
import { parseCompareParams } from "@/lib/validation/scorecard-params";
import { EntityLink } from "@/components/ui/entity-link";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/compare">): Promise<Metadata> {
  const { locale } = await params;
  const t = scorecardMessages[isLocale(locale) ? locale : "en"].compare;
  const { labs } = parseCompareParams(await searchParams);
  const known = new Map((await findLabs()).map((l) => [l.slug, l.name]));
  const names = labs.flatMap((s) => (known.has(s) ? [known.get(s)!] : []));
  return { title: names.length >= 2 ? t.metaTitleWith(names) : t.metaTitle };
}

export default async function ComparePage({ params, searchParams }: PageProps<"/[locale]/compare">) {
  const ctx = await readerPage(params, searchParams, "/compare");
  const { labs, truncated } = parseCompareParams(await searchParams);
  return <CompareBody view={toCacheable(ctx)} labs={labs} truncated={truncated} />;
}

/**
 * Rendered once per lab selection, locale, as-of day, claims and today, until a write touches what
 * it shows. Every figure comes from cached per-lab reads that the lab and chart pages share
 * (summary tables for the setbacks), so a comparison never scans all events.
 */
async function CompareBody({
  view,
  labs,
  truncated,
}: {
  view: CacheableReaderContext;
  labs: string[];
  truncated: boolean;
}) {
  "use cache";
  cachedRender(tags.labs, tags.models, tags.events, tags.articles, ...labs.map((s) => tags.lab(s)));
  const ctx = fromCacheable(view);
  const { locale, today, filters } = ctx;
  const { asOf, claims } = filters;
  const t = scorecardMessages[locale].compare;
  const allLabs = await findLabs(asOf);
  const chosen = labs.flatMap((s) => allLabs.filter((l) => l.slug === s));
  const names = chosen.map((l) => l.name);
  const keep = new URLSearchParams();
  for (const l of chosen) keep.append("lab", l.slug);
  if (asOf) keep.set("asOf", asOf);
  if (claims) keep.set("claims", claims);

  const header = (
    <PageHeader title={chosen.length >= 2 ? t.titleWith(names) : t.title} intro={t.intro}>
      <AsOfControl locale={locale} path={ctx.path} params={keep} asOf={asOf} />
      <LabPicker
        locale={locale}
        path={ctx.path}
        labs={allLabs}
        chosen={chosen.map((l) => l.slug)}
        asOf={asOf}
        claims={claims}
      />
      {truncated ? <p className="text-sm">{t.tooMany}</p> : null}
    </PageHeader>
  );
  if (chosen.length < 2) {
    return (
      <div className="space-y-8">
        {header}
        <EmptyState testId="compare-empty">{chosen[0] ? t.oneLab(chosen[0].name) : t.emptyState}</EmptyState>
      </div>
    );
  }

  const window = lastTwelveMonths(today);
  const perLab = await Promise.all(
    chosen.map(async (lab) => {
      const [facts, models, scorecard, setbacks, slips] = await Promise.all([
        getLabFacts(lab.slug, { asOf, since: window.from, until: window.to, claims }),
        findModelPlans({ lab: lab.slug, asOf }),
        getLabScorecard(lab.slug, { asOf, today }),
        getSetbacksChart({ lab: [lab.slug], asOf, claims }, "count"),
        getSlipChart({ lab: [lab.slug], asOf }, today),
      ]);
      return { lab, facts, scorecard, setbacks, slips, openDelays: openDelays(models, today).length };
    }),
  );
  const aligned = alignSetbacksCharts(perLab.map((p) => p.setbacks));
  const yearRows = setbacksByYear(perLab.map((p) => p.setbacks));
  const yMax = Math.max(1, ...aligned.flatMap((c) => c.rows.map((r) => r.total)));
  const cols = { 2: "md:grid-cols-2", 3: "md:grid-cols-3", 4: "md:grid-cols-2 xl:grid-cols-4" }[perLab.length] ?? "md:grid-cols-2";

  return (
    <div className="space-y-10">
      {header}
      <Section
        id="figures"
        title={t.figures}
        action={<ClaimsToggle locale={locale} path={ctx.path} params={keep} claims={claims} />}
      >
        <CompareFigures
          locale={locale}
          asOf={asOf}
          window={window}
          labs={perLab.map((p) => ({
            lab: p.lab,
            facts: p.facts,
            scorecard: p.scorecard,
            openDelays: p.openDelays,
          }))}
        />
      </Section>

      <Section id="scorecards" title={t.scorecards}>
        <PerLabCards items={perLab} className={`grid gap-4 ${cols}`} cardClassName="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" testId="compare-scorecard">
          {(p) => (
            <>
              <h3 className="text-lg font-semibold">
                <EntityLink to="labs" entity={p.lab} locale={locale} asOf={asOf} />
              </h3>
              {p.scorecard ? (
                <>
                  <ScorecardSummary card={p.scorecard} locale={locale} />
                  {p.scorecard.models.length > 0 ? (
                    <details>
                      <summary className="cursor-pointer text-sm font-semibold">
                        {scorecardMessages[locale].slips.details}
                      </summary>
                      <div className="mt-2">
                        <ScorecardRulings card={p.scorecard} locale={locale} asOf={asOf} headingLevel={4} />
                      </div>
                    </details>
                  ) : null}
                </>
              ) : null}
            </>
          )}
        </PerLabCards>
      </Section>

      <Section id="setbacks" title={t.setbacks}>
        <PerLabCards items={perLab} className="grid gap-4 md:grid-cols-2" cardClassName="min-w-0 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" testId="compare-setbacks">
          {(p, i) => (
            <>
              <h3 className="font-semibold">{p.lab.name}</h3>
              {p.setbacks.rows.length === 0 ? (
                <p className="mt-2 text-sm">{t.setbacksEmpty}</p>
              ) : (
                <SetbacksChart data={aligned[i]!} locale={locale} yMax={yMax} />
              )}
            </>
          )}
        </PerLabCards>
        <SetbacksYearTable labs={perLab.map((p) => p.lab)} rows={yearRows} locale={locale} />
      </Section>

      <Section id="slips" title={t.slips}>
        <PerLabCards items={perLab} className={`grid gap-4 ${cols}`} cardClassName="space-y-2 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" testId="compare-slips">
          {(p) => (
            <>
              <h3 className="font-semibold">
                <Link href={readerHref(locale, `/charts/slips?lab=${p.lab.slug}`, asOf)} className="hover:underline">
                  {p.lab.name}
                </Link>
              </h3>
              {p.slips.models.length === 0 ? (
                <p className="text-sm">{t.slipsEmpty}</p>
              ) : (
                <ul className="space-y-2 text-sm">
                  {p.slips.models.map((m) => (
                    <li key={m.model.slug}>
                      <EntityLink to="models" entity={m.model} locale={locale} asOf={asOf} className="font-medium hover:underline" />
                      : {describeSlip(m.slip, locale)}
                      {m.slip.overdueDays > 0 ? ` · ${chartsMessages[locale].slips.overdue(m.slip.overdueDays)}` : ""}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </PerLabCards>
      </Section>
    </div>
  );
}
