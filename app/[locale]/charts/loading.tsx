/** Chart-shaped skeleton while a chart's data is read (the filters and bars stream in after). */
export default function ChartsLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4" data-testid="chart-loading">
      <div className="h-7 w-1/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-4 w-2/3 rounded bg-zinc-100 dark:bg-zinc-900" />
      <div className="h-24 rounded-lg bg-zinc-100 dark:bg-zinc-900" />
      <div className="flex h-64 items-end gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        {[40, 70, 55, 90, 30, 65].map((h, i) => (
          <div key={i} className="flex-1 rounded-t bg-zinc-200 dark:bg-zinc-800" style={{ height: `${h}%` }} />
        ))}
      </div>
      <span className="sr-only">Loading chart…</span>
    </div>
  );
}
