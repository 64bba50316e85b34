import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { findEvents } from "@/lib/data/events";
import { findLabs } from "@/lib/data/labs";
import { EventFiltersLenientSchema } from "@/lib/validation/event-filters";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const filters = EventFiltersLenientSchema.parse(await searchParams);
  const [events, labs] = await Promise.all([
    findEvents({ asOf: filters.asOf, limit: 10 }),
    findLabs(filters.asOf),
  ]);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold">What went wrong lately</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Reported setbacks at AI labs, newest first — each with the articles and quotes behind it.
        </p>
      </section>
      <section aria-labelledby="labs-heading">
        <h2 id="labs-heading" className="text-lg font-semibold">Labs</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {labs.map((lab) => (
            <li key={lab.slug}>
              <Link href={`/labs/${lab.slug}`} className="inline-block rounded border border-zinc-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-zinc-700">
                {lab.name} <span className="text-zinc-600 dark:text-zinc-400">({lab.eventCount})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-semibold">Recent events</h2>
        {events.items.length === 0 ? (
          <p className="mt-2 text-zinc-600">No events reported yet.</p>
        ) : (
          <div className="mt-3 space-y-3">
            {events.items.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
