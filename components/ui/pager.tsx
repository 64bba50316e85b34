import Link from "next/link";

/**
 * Keyset pagination links: "Older …" carries the next cursor in the URL, so any page of a list is
 * a shareable link; "Newest" drops the cursor. There is no page count: that would need a COUNT
 * over the whole table.
 */
export function Pager({
  olderHref,
  newestHref,
  olderLabel,
  newestLabel,
}: {
  olderHref: string | null;
  newestHref: string | null;
  olderLabel: string;
  newestLabel: string;
}) {
  if (!olderHref && !newestHref) return null;
  return (
    <nav aria-label="Pagination" className="flex flex-wrap justify-between gap-3 pt-2 text-sm">
      {newestHref ? (
        <Link
          href={newestHref}
          className="rounded border border-zinc-300 px-3 py-1.5 hover:border-brand-600 dark:border-zinc-700"
        >
          {newestLabel}
        </Link>
      ) : (
        <span />
      )}
      {olderHref ? (
        <Link
          href={olderHref}
          rel="next"
          data-testid="older-link"
          className="rounded border border-zinc-300 px-3 py-1.5 font-medium hover:border-brand-600 dark:border-zinc-700"
        >
          {olderLabel}
        </Link>
      ) : null}
    </nav>
  );
}
