export default function Loading() {
  return (
    <div className="mx-auto w-full max-w-4xl animate-pulse space-y-3 px-4 py-6">
      <div role="status" aria-live="polite">
        <div className="h-7 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="mt-3 h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
        <span className="sr-only">Loading…</span>
      </div>
    </div>
  );
}
