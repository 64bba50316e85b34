import type { Metadata } from "next";
import { FeedStatusTable } from "@/components/feeds/feed-status-table";
import { requireEditor } from "@/lib/auth/require-editor";
import { findFeedStatuses } from "@/lib/data/feed-status";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ioMessages } from "@/lib/i18n/messages/io";

export const metadata: Metadata = { title: "Feed status", robots: { index: false, follow: false } };

export default async function FeedStatusPage() {
  const locale = await requestLocale();
  await requireEditor();
  const feeds = await findFeedStatuses();
  const t = ioMessages[locale].feeds;
  return (
    <div lang={locale} className="mx-auto w-full max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <div className="mt-4">
        {feeds.length === 0 ? (
          <p className="rounded border border-dashed border-zinc-300 p-4 dark:border-zinc-700">{t.empty}</p>
        ) : (
          <FeedStatusTable feeds={feeds} locale={locale} />
        )}
      </div>
    </div>
  );
}
