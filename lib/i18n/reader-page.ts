import { notFound } from "next/navigation";
import { connection } from "next/server";
import { todayIso } from "@/lib/domain/fuzzy-date";
import { throwIfFaultRequested } from "@/lib/http/fault-injection";
import { isLocale, localePath, type Locale } from "@/lib/i18n/config";
import { filtersToSearch, parseReaderFilters, type ReaderFilters } from "@/lib/validation/reader-filters";

export interface ReaderPageContext {
  locale: Locale;
  filters: ReaderFilters;
  /** the day the page is "as of": the chosen past day, else today (UTC) */
  today: string;
  /** the page's own path with the locale, e.g. /en/timeline */
  path: string;
  /** the validated query (without cursor), to carry through forms */
  query: URLSearchParams;
}

/**
 * What every reader page does first: read the runtime params (so `next build` never needs the
 * database), check the locale, parse the filters leniently and fix "today". The clock is request
 * data under Cache Components: `connection()` marks the render as request-time before it is read
 * (awaiting searchParams alone is not enough once runtime prefetching prerenders with them).
 */
export async function readerPage(
  params: Promise<{ locale: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
  path: string,
): Promise<ReaderPageContext> {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  throwIfFaultRequested(sp, path);
  const filters = parseReaderFilters(sp);
  let today = filters.asOf;
  if (!today) {
    await connection();
    today = todayIso();
  }
  return {
    locale,
    filters,
    today,
    path: localePath(locale, path),
    query: new URLSearchParams(filtersToSearch(filters).slice(1)),
  };
}

/**
 * What a list of articles (the articles page, search) or events (the timeline, with `type` and
 * `status` besides) takes from the reader's filters: one page of 20 from the cursor.
 */
export function listQuery(f: ReaderFilters) {
  return {
    lab: f.lab,
    lang: f.lang,
    publisher: f.publisher,
    from: f.from,
    to: f.to,
    asOf: f.asOf,
    cursor: f.cursor,
    limit: 20,
  };
}

/** The page's path with the given filters and extra params (e.g. a cursor). */
export function pageHref(ctx: ReaderPageContext, extra: Record<string, string | undefined> = {}): string {
  return `${ctx.path}${filtersToSearch(ctx.filters, extra)}`;
}

/** A keyset page's two links: the next (older) page when there is one, the first while not on it. */
export function pagerHrefs(
  ctx: ReaderPageContext,
  page: { nextCursor: string | null } | null,
): { olderHref: string | null; newestHref: string | null } {
  return {
    olderHref: page?.nextCursor ? pageHref(ctx, { cursor: page.nextCursor }) : null,
    newestHref: ctx.filters.cursor ? pageHref(ctx) : null,
  };
}

/**
 * The context as plain data, so a 'use cache' page body can take it as a prop (and as its cache
 * key: locale, filters, today and path). URLSearchParams is not serialisable; its string is.
 */
export interface CacheableReaderContext extends Omit<ReaderPageContext, "query"> {
  query: string;
}
export function toCacheable(ctx: ReaderPageContext): CacheableReaderContext {
  return { ...ctx, query: ctx.query.toString() };
}
export function fromCacheable(c: CacheableReaderContext): ReaderPageContext {
  return { ...c, query: new URLSearchParams(c.query) };
}
