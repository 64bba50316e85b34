import { EntityLink } from "@/components/ui/entity-link";
import type { Locale } from "@/lib/i18n/config";

// How each view links an event's lab and model; the page header puts a dot between the two.
const LOOKS = {
  card: {
    lab: "font-medium underline-offset-2 hover:underline",
    model: "text-zinc-700 hover:underline dark:text-zinc-300",
  },
  row: { lab: "font-semibold hover:underline", model: "text-zinc-700 hover:underline dark:text-zinc-300" },
  cited: { lab: "underline", model: "underline" },
  page: { lab: "font-medium underline", model: "underline", separator: " · " },
} satisfies Record<string, { lab: string; model: string; separator?: string }>;

type Named = { slug: string; name: string };

/** What an event is about: its lab and, where it names one, its model, each linked to its page. */
export function EventSubject({
  event,
  locale,
  asOf,
  look,
}: {
  event: { lab: Named; model: Named | null };
  locale: Locale;
  asOf?: string;
  look: keyof typeof LOOKS;
}) {
  const style: { lab: string; model: string; separator?: string } = LOOKS[look];
  return (
    <>
      <EntityLink to="labs" entity={event.lab} locale={locale} asOf={asOf} className={style.lab} />
      {event.model ? (
        <>
          {style.separator}
          <EntityLink to="models" entity={event.model} locale={locale} asOf={asOf} className={style.model} />
        </>
      ) : null}
    </>
  );
}
