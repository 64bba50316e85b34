export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-7 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
      <div className="h-24 rounded bg-zinc-100 dark:bg-zinc-900" />
      {/* loading.tsx gets no params, so it cannot know the locale: it says both. */}
      <span className="sr-only">Loading… · Wird geladen …</span>
    </div>
  );
}
