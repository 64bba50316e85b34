import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ReviewQueueItem } from "@/components/review-queue/review-queue-item";
import { requireEditor } from "@/lib/auth/require-editor";
import { findReviewQueue } from "@/lib/data/review-queue";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ioMessages } from "@/lib/i18n/messages/io";
import { first, paramsToRecord } from "@/lib/validation/params";
import { decideDraftAction } from "@/lib/actions/review-queue";

export const metadata: Metadata = { title: "Review queue", robots: { index: false, follow: false } };

const QueueParams = z.object({ cursor: z.preprocess(first, z.string().max(300).optional()).catch(undefined) });

export default async function ReviewQueuePage({ searchParams }: PageProps<"/admin/queue">) {
  const { cursor } = QueueParams.parse(paramsToRecord(await searchParams));
  const locale = await requestLocale();
  await requireEditor();
  const queue = await findReviewQueue({ cursor });
  const t = ioMessages[locale].queue;
  return (
    <div lang={locale} className="mx-auto w-full max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.intro}</p>
      <p className="mt-3 font-medium" data-testid="queue-count">
        {t.count(queue.total)}
      </p>
      {queue.items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-zinc-300 p-4 dark:border-zinc-700">{t.empty}</p>
      ) : (
        <div className="mt-4 space-y-4">
          {queue.items.map((item) => (
            <ReviewQueueItem key={item.articleId} item={item} locale={locale} action={decideDraftAction} />
          ))}
        </div>
      )}
      <nav aria-label={t.title} className="mt-6 flex gap-4 text-sm">
        {cursor ? (
          <Link href="/admin/queue" className="text-blue-700 underline dark:text-blue-300">
            {t.first}
          </Link>
        ) : null}
        {queue.nextCursor ? (
          <Link href={`/admin/queue?cursor=${encodeURIComponent(queue.nextCursor)}`} className="text-blue-700 underline dark:text-blue-300">
            {t.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
