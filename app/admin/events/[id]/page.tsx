import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/admin/delete-restore-button";
import { EventForm } from "@/components/admin/event-form";
import { Notice, linkClass } from "@/components/admin/ui";
import { MergeEventForm } from "@/components/admin/merge-event-form";
import { deleteEvent, mergeEvent, restoreEvent } from "@/lib/actions/events";
import { requireUserFor } from "@/lib/auth/require-user";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { getEventForEdit } from "@/lib/data/admin-events";
import { t } from "@/lib/i18n/messages/admin";
import { IdParamSchema } from "@/lib/validation/admin-params";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params, searchParams }: PageProps<"/admin/events/[id]">) {
  const { id: rawId } = await params;
  const { saved } = await searchParams;
  await requireUserFor(`/admin/events/${rawId}`);
  const id = IdParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  const [event, labs, models] = await Promise.all([getEventForEdit(id.data), findLabOptions(), findModelOptions()]);
  if (!event) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {t.eventEdit.heading} #{event.id}
        </h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href={`/admin/history/event/${event.id}`} className={linkClass}>
            {t.articles.history}
          </Link>
          {event.deletedAt ? (
            <DeleteRestoreButton id={event.id} action={restoreEvent} label={t.eventEdit.restore} />
          ) : (
            <DeleteRestoreButton id={event.id} action={deleteEvent} label={t.eventEdit.delete} />
          )}
        </div>
      </div>
      {saved === "1" ? <Notice kind="success" testId="saved-notice">{t.saved}</Notice> : null}
      {event.deletedAt ? (
        <Notice kind="info">{t.eventEdit.deleted}</Notice>
      ) : (
        <>
          <EventForm key={event.version} initial={event.form} options={{ labs, models }} />
          <MergeEventForm id={event.id} action={mergeEvent} />
        </>
      )}
    </div>
  );
}
