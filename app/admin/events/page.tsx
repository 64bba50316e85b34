import type { Metadata } from "next";
import Link from "next/link";
import { requireUserFor } from "@/lib/auth/require-user";
import { throwIfFaultRequested } from "@/lib/http/fault-injection";
import { searchEvents } from "@/lib/data/admin-events";
import { commonMessages } from "@/lib/i18n/messages/common";
import { t } from "@/lib/i18n/messages/admin";
import { AdminEventListSchema } from "@/lib/validation/admin-params";
import { buttonClass, inputClass, linkClass } from "@/components/admin/ui";

export const metadata: Metadata = { title: "Events" };

export default async function AdminEventsPage({ searchParams }: PageProps<"/admin/events">) {
  const query = await searchParams;
  const filters = AdminEventListSchema.parse(query);
  await requireUserFor("/admin/events");
  throwIfFaultRequested(query, "/admin/events");
  const events = await searchEvents({ q: filters.q, lab: filters.lab, includeDeleted: filters.deleted, limit: 100 });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.eventList.heading}</h1>
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">{t.events.words}</label>
          <input id="q" name="q" defaultValue={filters.q} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>{t.events.search}</button>
      </form>
      {events.length === 0 ? (
        <p>{t.eventList.empty}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="admin-event-row">
              <span>
                <strong>#{e.id}</strong> {e.title}{" "}
                <span className="text-zinc-700 dark:text-zinc-300">
                  · {commonMessages.en.eventTypes[e.type]} · {e.lab}
                  {e.model ? ` · ${e.model}` : ""} · {e.occurredText} · {e.citationCount} citations
                </span>
              </span>
              <Link href={`/admin/events/${e.id}`} className={linkClass}>
                {t.eventList.edit} <span className="sr-only">{e.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
