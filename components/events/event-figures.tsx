import type { EventDto, Qualifier } from "@/lib/data/dto";

const QUALIFIER_EN: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  up_to: "up to ",
  more_than: "more than ",
  at_least: "at least ",
  almost: "almost ",
};

function usd(value: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `$${Number((value / size).toFixed(1))}${suffix}`;
  }
  return `$${value.toLocaleString("en-US")}`;
}

/** The event's numbers, each with the qualifier the source used ("up to $72B"). */
export function EventFigures({ event }: { event: EventDto }) {
  const figures: string[] = [];
  if (event.amountUsd !== null) figures.push(`${QUALIFIER_EN[event.amountQualifier ?? "exact"]}${usd(event.amountUsd)}`);
  if (event.percent !== null) figures.push(`${event.percent > 0 && event.type === "stock_move" ? "+" : ""}${event.percent}%`);
  if (event.headcount !== null) {
    figures.push(`${QUALIFIER_EN[event.headcountQualifier ?? "exact"]}${event.headcount} ${event.headcount === 1 ? "person" : "people"}`);
  }
  if (figures.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-2 text-sm font-semibold" data-testid="event-figures">
      {figures.map((f) => (
        <span key={f} className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">
          {f}
        </span>
      ))}
    </p>
  );
}
