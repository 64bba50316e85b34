import { notFound } from "next/navigation";
import { EventCard } from "@/components/events/event-card";
import { findEvents } from "@/lib/data/events";
import { getLabBySlug } from "@/lib/data/labs";
import { isLocale } from "@/lib/i18n/config";
import { EventFiltersLenientSchema } from "@/lib/validation/event-filters";
import { SLUG } from "@/lib/validation/params";

export default async function LabPage({ params, searchParams }: PageProps<"/[locale]/labs/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !SLUG.test(slug)) notFound();
  const filters = EventFiltersLenientSchema.parse(await searchParams);
  const lab = await getLabBySlug(slug);
  if (!lab) notFound();
  const events = await findEvents({ lab: [slug], asOf: filters.asOf, limit: 50 });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{lab.name}</h1>
      {lab.description ? <p className="text-zinc-700 dark:text-zinc-300">{lab.description}</p> : null}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-lg font-semibold">Timeline</h2>
        <div className="mt-3 space-y-3">
          {events.items.map((e) => (
            <EventCard key={e.id} event={e} locale={locale} />
          ))}
        </div>
      </section>
    </div>
  );
}
