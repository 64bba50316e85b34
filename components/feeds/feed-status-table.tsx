import type { FeedStatusDto } from "@/lib/data/feed-status";
import type { Locale } from "@/lib/i18n/config";
import { ioMessages } from "@/lib/i18n/messages/io";

const when = (iso: string | null, locale: Locale) =>
  iso ? new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC" : "—";

/** One row per watched feed with the outcome of its last poll. Scrolls sideways on a phone. */
export function FeedStatusTable({ feeds, locale }: { feeds: FeedStatusDto[]; locale: Locale }) {
  const t = ioMessages[locale].feeds;
  const badge = {
    ok: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
    error: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
    never: "bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100",
  } as const;
  return (
    <div className="overflow-x-auto" role="region" aria-label={t.title} tabIndex={0}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-3">{t.name}</th>
            <th scope="col" className="py-2 pr-3">{t.status}</th>
            <th scope="col" className="py-2 pr-3">{t.lastPolled}</th>
            <th scope="col" className="py-2 pr-3">{t.lastSuccess}</th>
            <th scope="col" className="py-2 pr-3">{t.failures}</th>
            <th scope="col" className="py-2 pr-3">{t.items}</th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.slug} data-testid="feed-row" className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-2 pr-3 font-medium">
                {f.name}
                {f.enabled ? "" : ` (${t.disabled})`}
                <span className="block break-all text-xs font-normal text-zinc-600 dark:text-zinc-400">{f.url}</span>
              </th>
              <td className="py-2 pr-3">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${badge[f.lastStatus]}`}>{t[f.lastStatus]}</span>
                {f.lastError ? <span className="mt-1 block text-xs text-red-800 dark:text-red-300">{f.lastError}</span> : null}
              </td>
              <td className="py-2 pr-3">
                {when(f.lastPolledAt, locale)}
                {f.lastPolledAt ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t.attempts}: {f.lastAttempts}</span> : null}
              </td>
              <td className="py-2 pr-3">{when(f.lastSuccessAt, locale)}</td>
              <td className="py-2 pr-3">{f.consecutiveFailures}</td>
              <td className="py-2 pr-3">
                {f.itemsSeen} / {f.itemsQueued}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
