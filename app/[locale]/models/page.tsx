import { AsOfControl } from "@/components/filters/as-of-control";
import { ModelTable } from "@/components/models/model-table";
import { SlipTable } from "@/components/models/slip-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { findModelPlans } from "@/lib/data/model-plans";
import { rankSlips } from "@/lib/domain/slip-board";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { readerPage } from "@/lib/i18n/reader-page";
import { titledPage } from "@/lib/i18n/page-metadata";

export const generateMetadata = titledPage(readerMessages, (t) => t.models.title);

export default async function ModelsPage({ params, searchParams }: PageProps<"/[locale]/models">) {
  const ctx = await readerPage(params, searchParams, "/models");
  const { locale, filters, today } = ctx;
  const t = readerMessages[locale];
  const models = await findModelPlans({ asOf: filters.asOf });
  const slips = rankSlips(models, today);
  return (
    <div className="space-y-8">
      <PageHeader title={t.models.title} intro={t.models.intro}>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={filters.asOf} />
      </PageHeader>
      <Section id="slips" title={t.home.slipBoard}>
        {slips.length === 0 ? (
          <EmptyState>{t.home.slipBoardEmpty}</EmptyState>
        ) : (
          <SlipTable slips={slips} locale={locale} asOf={filters.asOf} />
        )}
      </Section>
      <Section id="all-models" title={t.models.title}>
        {models.length === 0 ? (
          <EmptyState>{t.models.empty}</EmptyState>
        ) : (
          <ModelTable models={models} locale={locale} asOf={filters.asOf} />
        )}
      </Section>
    </div>
  );
}
