import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditRecordPage } from "@/components/admin/edit-record-page";
import { EventForm } from "@/components/admin/event-form";
import { MergeEventForm } from "@/components/admin/merge-event-form";
import { deleteEvent, mergeEvent, restoreEvent } from "@/lib/actions/events";
import { requireEditPage } from "@/lib/auth/require-user";
import { findLabOptions, findModelOptions } from "@/lib/data/admin-entities";
import { getEventForEdit } from "@/lib/data/admin-events";
import { t } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params, searchParams }: PageProps<"/admin/events/[id]">) {
  const { id, saved } = await requireEditPage("/admin/events", params, searchParams);
  const [event, labs, models] = await Promise.all([getEventForEdit(id), findLabOptions(), findModelOptions()]);
  if (!event) notFound();
  return (
    <EditRecordPage
      heading={`${t.eventEdit.heading} #${event.id}`}
      entity="event"
      record={event}
      actions={{ remove: deleteEvent, restore: restoreEvent }}
      saved={saved}
    >
      <EventForm key={event.version} initial={event.form} options={{ labs, models }} />
      <MergeEventForm id={event.id} action={mergeEvent} />
    </EditRecordPage>
  );
}
