import Link from "next/link";
import { HiddenParams } from "@/components/filters/hidden-params";
import type { Locale } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/format";
import { readerMessages } from "@/lib/i18n/messages/reader";

/**
 * "As known on": a plain GET form with a date input, so the view is a link (…?asOf=2025-05-10)
 * and works without JavaScript. With a date set, a banner says clearly that later reports are
 * hidden and offers the way back to today.
 */
export function AsOfControl({
  locale,
  path,
  params,
  asOf,
}: {
  locale: Locale;
  /** the page's own path, e.g. /en/timeline */
  path: string;
  /** the page's current query (already validated values) */
  params: URLSearchParams;
  asOf: string | undefined;
}) {
  const t = readerMessages[locale].asOf;
  const without = new URLSearchParams(params);
  without.delete("asOf");
  without.delete("cursor");
  const resetHref = without.size ? `${path}?${without.toString()}` : path;
  return (
    <div
      data-testid={asOf ? "as-of-banner" : "as-of-control"}
      role={asOf ? "region" : undefined}
      aria-label={asOf ? t.label : undefined}
      className={
        asOf
          ? "rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
          : "text-sm text-zinc-700 dark:text-zinc-300"
      }
    >
      {asOf ? (
        <p className="mb-2">
          <strong>{t.banner(formatDay(asOf, locale))}</strong> {t.bannerHint}
        </p>
      ) : null}
      <form method="get" action={path} className="flex flex-wrap items-end gap-2 text-sm">
        <HiddenParams params={params} omit={["asOf", "cursor"]} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t.label}</span>
          <input
            type="date"
            name="asOf"
            defaultValue={asOf ?? ""}
            min="2000-01-01"
            aria-describedby={asOf ? undefined : "as-of-hint"}
            className="rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-zinc-900 px-3 py-1.5 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {t.show}
        </button>
        {asOf ? (
          <Link href={resetHref} className="px-1 py-1.5 underline" data-testid="as-of-reset">
            {t.reset}
          </Link>
        ) : (
          <span id="as-of-hint" className="py-1.5 text-zinc-600 dark:text-zinc-400">
            {t.hint}
          </span>
        )}
      </form>
    </div>
  );
}
