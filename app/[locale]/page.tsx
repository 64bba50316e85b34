import Link from "next/link";
import { notFound } from "next/navigation";
import { EventCard } from "@/components/events/event-card";
import { findEvents } from "@/lib/data/events";
import { findLabs } from "@/lib/data/labs";
import { isLocale, localePath } from "@/lib/i18n/config";
import { EventFiltersLenientSchema } from "@/lib/validation/event-filters";

export default async function HomePage({ params, searchParams }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const filters = EventFiltersLenientSchema.parse(await searchParams);
  const [events, labs] = await Promise.all([findEvents({ asOf: filters.asOf, limit: 10 }), findLabs(filters.asOf)]);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold">{locale === "de" ? "Was zuletzt schiefging" : "What went wrong lately"}</h1>
      </section>
      <section aria-labelledby="labs-heading">
        <h2 id="labs-heading" className="text-lg font-semibold">Labs</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {labs.map((lab) => (
            <li key={lab.slug}>
              <Link
                href={localePath(locale, `/labs/${lab.slug}`)}
                className="inline-block rounded border border-zinc-300 px-3 py-1 text-sm hover:border-brand-600 dark:border-zinc-700"
              >
                {lab.name} <span className="text-zinc-600 dark:text-zinc-400">({lab.eventCount})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="text-lg font-semibold">Recent</h2>
        <div className="mt-3 space-y-3">
          {events.items.map((e) => (
            <EventCard key={e.id} event={e} locale={locale} />
          ))}
        </div>
      </section>
    </div>
  );
}
