import type { Metadata } from "next";
import { httpUrlOrNull } from "@/lib/domain/safe-url";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { AsOfControl } from "@/components/filters/as-of-control";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { getArticleById } from "@/lib/data/articles";
import { isLocale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";
import { readerPage } from "@/lib/i18n/reader-page";
import { EventSubject } from "@/components/events/event-subject";

const ID = /^[1-9]\d{0,9}$/;

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const lang = isLocale(locale) ? locale : "en";
  const article = ID.test(id) && Number(id) <= 2_147_483_647 ? await getArticleById(Number(id)) : null;
  if (!article || article.status !== "published") return { title: commonMessages[lang].states.notFoundTitle };
  // The article's own headline (in its own language) and who published it.
  return { title: article.publisher ? `${article.title} · ${article.publisher.name}` : article.title };
}

export default async function ArticlePage({ params, searchParams }: PageProps<"/[locale]/articles/[id]">) {
  const { id } = await params;
  const ctx = await readerPage(params, searchParams, `/articles/${id}`);
  if (!ID.test(id) || Number(id) > 2_147_483_647) notFound();
  const { locale, filters } = ctx;
  const asOf = filters.asOf;
  const t = readerMessages[locale].articles;
  const c = commonMessages[locale];
  const article = await getArticleById(Number(id), asOf);
  if (!article || article.status !== "published") notFound();
  // Before the chosen day this article did not exist yet: say so instead of showing it.
  const notYet = asOf !== undefined && article.published !== null && article.published.from > asOf;
  const meta: [string, string | null][] = [
    [t.publisher, article.publisher?.name ?? null],
    [t.originalReporter, article.originalReporter?.name ?? null],
    [t.author, article.author],
    [t.published, article.published ? formatFuzzy(article.published, locale) : null],
    [t.language, t.languages[article.language] ?? article.language],
  ];
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 lang={article.language} className="text-2xl font-bold tracking-tight">
          {article.title}
        </h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="article-meta">
          {meta
            .filter((m): m is [string, string] => m[1] !== null)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-semibold text-zinc-700 dark:text-zinc-300">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          {article.url ? (
            <div className="contents">
              <dt className="font-semibold text-zinc-700 dark:text-zinc-300">{t.source}</dt>
              <dd className="break-all">
                {httpUrlOrNull(article.url) ? (
                  <a
                    href={httpUrlOrNull(article.url) ?? undefined}
                    className="underline"
                    rel="noopener noreferrer nofollow"
                  >
                    {article.url}
                  </a>
                ) : (
                  article.url
                )}
              </dd>
            </div>
          ) : null}
        </dl>
        <AsOfControl locale={locale} path={ctx.path} params={ctx.query} asOf={asOf} />
      </header>
      {notYet ? (
        <EmptyState testId="not-yet-published">{readerMessages[locale].asOf.bannerHint}</EmptyState>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <Section id="text" title={t.text}>
            {article.isExcerpt && article.url ? (
              <p className="text-sm font-medium" data-testid="article-excerpt-note">
                {t.excerpt}{" "}
                <a href={article.url} className="underline" rel="noopener noreferrer nofollow">
                  {article.publisher?.name ?? article.url}
                </a>
              </p>
            ) : null}
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t.textNote}</p>
            <ArticleBody body={article.body} language={article.language} events={article.events} />
          </Section>
          <Section id="supports" title={t.supports}>
            {article.events.length === 0 ? (
              <EmptyState>{t.supportsEmpty}</EmptyState>
            ) : (
              <ul className="space-y-3" data-testid="supported-events">
                {article.events.map((e, i) => (
                  <li
                    key={`${e.id}-${e.role}-${i}`}
                    className="rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800"
                  >
                    <div className="flex flex-wrap gap-x-2 text-xs text-zinc-700 dark:text-zinc-300">
                      <span className="font-medium">{c.eventTypes[e.type]}</span>
                      <EventSubject event={e} locale={locale} asOf={asOf} look="cited" />
                      <span>{formatFuzzy(e.occurred, locale)}</span>
                      <span>· {c.citationRoles[e.role]}</span>
                    </div>
                    <p className="mt-1 font-semibold">
                      <Link
                        href={readerHref(locale, `/timeline?lab=${e.lab.slug}&type=${e.type}`, asOf)}
                        className="hover:underline"
                      >
                        {e.title}
                      </Link>
                    </p>
                    <blockquote
                      lang={article.language}
                      className="mt-1 border-l-2 border-amber-400 pl-2 italic"
                    >
                      „{e.quote}“
                    </blockquote>
                    <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
                      {[c.attributions[e.attribution], e.attributedTo].filter(Boolean).join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      )}
    </div>
  );
}
