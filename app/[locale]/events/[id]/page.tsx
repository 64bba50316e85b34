import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { EventCard } from "@/components/events/event-card";
import { corroborationText } from "@/components/events/event-sources";
import { AsOfControl } from "@/components/filters/as-of-control";
import { Section } from "@/components/ui/section";
import { getEventRedirect, getEventStatusHistory } from "@/lib/data/event-page";
import { getEventById } from "@/lib/data/events";
import { isLocale } from "@/lib/i18n/config";
import { formatDay, formatHonest } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { readerPage } from "@/lib/i18n/reader-page";
import { IdParamSchema } from "@/lib/api/query-schemas";
import { EventSubject } from "@/components/events/event-subject";

// /[locale]/events/[id] — one event's permanent address: all citations and quotes, how
// independent its sources are, when it happened / was first reported / last changed, its status
// history. A duplicate merged into another event redirects there for good (308).

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const parsed = IdParamSchema.safeParse(id);
  if (!isLocale(locale) || !parsed.success) return {};
  const event = await getEventById(parsed.data);
  if (!event) return { title: commonMessages[locale].states.notFoundTitle };
  const title = locale === "de" && event.titleDe ? event.titleDe : event.title;
  const description = `${event.lab.name} · ${commonMessages[locale].eventTypes[event.type]} · ${corroborationText(event, locale)}`;
  return {
    title: `${title} · ${event.lab.name}`,
    description,
    openGraph: { title, description, type: "article" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function EventPage({ params, searchParams }: PageProps<"/[locale]/events/[id]">) {
  const { id } = await params;
  const ctx = await readerPage(params, searchParams, `/events/${id}`);
  const parsed = IdParamSchema.safeParse(id);
  if (!parsed.success) notFound();
  const { locale, filters } = ctx;
  const asOf = filters.asOf;
  const [event, history] = await Promise.all([
    getEventById(parsed.data, asOf),
    getEventStatusHistory(parsed.data),
  ]);
  if (!event) {
    const target = await getEventRedirect(parsed.data);
    if (target) permanentRedirect(readerHref(locale, `/events/${target}`, asOf));
    notFound();
  }
  const t = readerMessages[locale].event;
  const c = commonMessages[locale];
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <EventSubject event={event} locale={locale} asOf={asOf} look="page" />
        </p>
        <h1
          className="text-2xl font-bold tracking-tight"
          lang={locale === "de" && !event.titleDe ? "en" : undefined}
        >
          {locale === "de" && event.titleDe ? event.titleDe : event.title}
        </h1>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={asOf} />
      </header>

      <EventCard event={event} locale={locale} asOf={asOf} headingLevel={2} open />

      <Section id="corroboration" title={t.corroboration}>
        <p data-testid="event-corroboration">{corroborationText(event, locale)}</p>
        <ul className="list-disc pl-5 text-sm">
          {event.sources.map((s, i) => (
            <li key={i}>
              <span className="font-medium">{s.name || c.unnamedOutlet}</span>:{" "}
              {s.articleIds.map((aid, k) => {
                const cit = event.citations.find((x) => x.articleId === aid);
                return (
                  <span key={aid}>
                    {k > 0 ? ", " : ""}
                    <Link
                      href={readerHref(locale, `/articles/${aid}`, asOf)}
                      className="underline"
                      lang={cit?.language}
                    >
                      {cit?.title ?? `#${aid}`}
                    </Link>
                    {aid === event.leadArticleId ? ` (${c.leadArticle})` : ""}
                  </span>
                );
              })}
            </li>
          ))}
        </ul>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{t.corroborationRule}</p>
      </Section>

      <Section id="dates" title={t.dates}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{c.eventDates.occurred}</dt>
          <dd>{formatHonest(event.occurred, locale)}</dd>
          <dt className="font-medium">{c.eventDates.firstReported}</dt>
          <dd>{event.firstReported ? formatHonest(event.firstReported, locale) : "—"}</dd>
          <dt className="font-medium">{c.eventDates.added}</dt>
          <dd>{formatDay(event.addedAt, locale)}</dd>
          <dt className="font-medium">{c.eventDates.lastChanged}</dt>
          <dd>{formatDay(event.lastChangedAt, locale)}</dd>
        </dl>
      </Section>

      <Section id="status-history" title={t.statusHistory}>
        <ol
          className="space-y-1 border-l-2 border-zinc-300 pl-4 text-sm dark:border-zinc-700"
          data-testid="status-history"
        >
          {history.map((h, i) => (
            <li key={i}>
              <span className="font-semibold">{c.claimStatus[h.status]}</span> — {t.since}{" "}
              {formatDay(h.since, locale)}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
