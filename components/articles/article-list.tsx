import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleSummary } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { formatFuzzy } from "@/lib/i18n/format";
import { readerHref } from "@/lib/i18n/links";
import { readerMessages } from "@/lib/i18n/messages/reader";

/** Article titles stay in their own language; the metadata around them is in the UI's. */
export function ArticleList({
  articles,
  locale,
  asOf,
  extra,
}: {
  articles: readonly ArticleSummary[];
  locale: Locale;
  asOf?: string;
  /** optional content under each article, e.g. a search snippet */
  extra?: (a: ArticleSummary) => ReactNode;
}) {
  const t = readerMessages[locale].articles;
  return (
    <ul className="space-y-3">
      {articles.map((a) => (
        <li
          key={a.id}
          className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
          data-testid="article-item"
          data-article-id={a.id}
        >
          <Link
            href={readerHref(locale, `/articles/${a.id}`, asOf)}
            lang={a.language}
            className="font-semibold hover:underline"
          >
            {a.title}
          </Link>
          <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
            {[
              a.publisher?.name,
              a.originalReporter ? `${t.originalReporter}: ${a.originalReporter.name}` : null,
              a.published ? formatFuzzy(a.published, locale) : null,
              t.languages[a.language] ?? a.language,
              t.events(a.eventCount),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {extra ? extra(a) : null}
        </li>
      ))}
    </ul>
  );
}
