import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-zinc-200 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4">
        <p>Slipwatch — every figure traced to its article and quote.</p>
        <p>
          <Link href="/api/v1/events" className="underline">
            JSON API
          </Link>
        </p>
      </div>
    </footer>
  );
}
