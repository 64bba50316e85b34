import type { Metadata } from "next";
import Link from "next/link";
import { isLocale } from "@/lib/i18n/config";
import { notFound } from "next/navigation";
import { EventCard } from "@/components/events/event-card";
import { AsOfControl } from "@/components/filters/as-of-control";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { getModelBySlug } from "@/lib/data/models";
import { findReaderEvents } from "@/lib/data/reader-events";
import { describeSlip } from "@/lib/domain/slip";
import { releasedAt, slipOf } from "@/lib/domain/slip-board";
import { formatDay, formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { readerPage } from "@/lib/i18n/reader-page";
import { SLUG } from "@/lib/validation/params";
import { EntityLink } from "@/components/ui/entity-link";

export async function generateMetadata({ params }: PageProps<"/[locale]/models/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const model = SLUG.test(slug) ? await getModelBySlug(slug) : null;
  const l = isLocale(locale) ? locale : "en";
  return {
    title: model ? `${model.name} (${model.lab.name}) · ${readerMessages[l].models.metaTitle}` : commonMessages[l].states.notFoundTitle,
  };
}

export default async function ModelPage({ params, searchParams }: PageProps<"/[locale]/models/[slug]">) {
  const { slug } = await params;
  const ctx = await readerPage(params, searchParams, `/models/${slug}`);
  if (!SLUG.test(slug)) notFound();
  const { locale, filters, today } = ctx;
  const asOf = filters.asOf;
  const t = readerMessages[locale].models;
  const s = readerMessages[locale].slip;
  const c = commonMessages[locale];
  const [model, events] = await Promise.all([
    getModelBySlug(slug, asOf),
    findReaderEvents({ model: [slug], asOf, limit: 50 }),
  ]);
  if (!model) notFound();
  const slip = slipOf(model, today);
  const released = releasedAt(model.lifecycle);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <EntityLink to="labs" entity={model.lab} locale={locale} asOf={asOf} className="font-medium underline" />
          {model.family ? (
            <span className="text-zinc-700 dark:text-zinc-300">
              {" "}
              · {t.family}: {model.family}
            </span>
          ) : null}
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{model.name}</h1>
        <p>
          <span
            className="rounded bg-zinc-100 px-2 py-0.5 text-sm font-semibold dark:bg-zinc-800"
            data-testid="model-status"
          >
            {c.modelStatus[model.status]}
          </span>
          {released ? (
            <span className="ml-2 text-sm">
              {t.released}: {formatFuzzy(released, locale)}
            </span>
          ) : null}
        </p>
        {model.description ? <p className="text-zinc-700 dark:text-zinc-300">{model.description}</p> : null}
        {model.aliases.length > 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {t.aliases}: {model.aliases.join(", ")}
          </p>
        ) : null}
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={asOf} />
      </header>

      <Section id="slip" title={t.slipSoFar}>
        {slip && slip.revisions > 0 ? (
          <div
            className="rounded-lg border-l-4 border-brand-600 bg-brand-50 px-4 py-3 dark:bg-zinc-900"
            data-testid="slip-summary"
          >
            <p className="font-medium">{describeSlip(slip, locale)}</p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              {s.slippedBy}: {slip.openEnded ? s.atLeastDays(slip.slipDays) : s.days(slip.slipDays)}
              {slip.overdueDays > 0 ? ` · ${s.overdue(slip.overdueDays)}` : ""}
            </p>
          </div>
        ) : (
          <EmptyState>{model.commitments.length === 0 ? t.plansEmpty : t.noSlip}</EmptyState>
        )}
      </Section>

      <Section id="plans" title={t.plans}>
        {model.commitments.length === 0 ? (
          <EmptyState>{t.plansEmpty}</EmptyState>
        ) : (
          <ol className="space-y-3" data-testid="commitments">
            {model.commitments.map((cm) => (
              <li
                key={cm.sequence}
                className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
                data-testid="commitment"
              >
                <p className="font-semibold">
                  <span className="mr-2 text-zinc-600 dark:text-zinc-400">{cm.sequence}.</span>
                  {formatFuzzy(cm.planned, locale)}{" "}
                  <span className="text-sm font-normal text-zinc-700 dark:text-zinc-300">
                    („{cm.planned.text}“)
                  </span>
                </p>
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  {t.reportedBy} {cm.reportedAt ? formatDay(cm.reportedAt, locale) : "—"} {t.reportedIn}{" "}
                  <Link href={readerHref(locale, `/articles/${cm.articleId}`, asOf)} className="underline">
                    {cm.articleTitle}
                  </Link>
                </p>
                {cm.quote ? (
                  <blockquote className="mt-1 text-sm italic text-zinc-700 dark:text-zinc-300">
                    „{cm.quote}“
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="lifecycle" title={t.lifecycle}>
        {model.lifecycle.length === 0 ? (
          <EmptyState>{t.lifecycleEmpty}</EmptyState>
        ) : (
          <ol
            className="space-y-1 border-l-2 border-zinc-300 pl-4 text-sm dark:border-zinc-700"
            data-testid="lifecycle"
          >
            {model.lifecycle.map((l, i) => (
              <li key={i}>
                <span className="font-semibold">{c.modelStatus[l.status]}</span> — {formatFuzzy(l.at, locale)}
                {l.note ? <span className="text-zinc-700 dark:text-zinc-300"> · {l.note}</span> : null}
                {l.articleId ? (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={readerHref(locale, `/articles/${l.articleId}`, asOf)} className="underline">
                      {readerMessages[locale].articles.source}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="events" title={t.events}>
        {events.items.length === 0 ? (
          <EmptyState>{t.eventsEmpty}</EmptyState>
        ) : (
          <div className="space-y-3">
            {events.items.map((e) => (
              <EventCard key={e.id} event={e} locale={locale} asOf={asOf} />
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}
