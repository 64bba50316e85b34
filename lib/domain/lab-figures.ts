/**
 * Key figures for a lab page, computed from event facts: reported investment per year, setbacks
 * by type. Amounts of different kinds (capex budget vs. a deal's value) are never added up.
 */
import type { AmountQualifier } from "./amounts";
import type { FuzzyDate } from "./fuzzy-date.types";

export interface AmountFact {
  eventId: number;
  occurred: FuzzyDate;
  amountUsd: number;
  qualifier: AmountQualifier | null;
  kind: string | null;
}

export interface YearTotal {
  year: number;
  kind: string;
  totalUsd: number;
  qualifier: AmountQualifier;
  eventIds: number[];
}

/**
 * The qualifier of a sum: one figure keeps its own; several exact ones stay exact; a lower bound
 * plus lower bounds stays "more than"/"at least"; any other mix is only "about".
 */
export function combineQualifiers(qs: readonly (AmountQualifier | null)[]): AmountQualifier {
  const list = qs.map((q) => q ?? "exact");
  if (list.length === 0) return "exact";
  const firstQ = list[0]!;
  if (list.every((q) => q === firstQ)) return firstQ;
  if (list.every((q) => q === "exact" || q === "more_than" || q === "at_least")) return "at_least";
  if (list.every((q) => q === "exact" || q === "up_to" || q === "almost")) return "up_to";
  return "about";
}

/**
 * Reported amounts by the year they are for, newest year first, one row per year and kind.
 * An amount whose period spans several years is left out: it belongs to no single year.
 */
export function amountsByYear(
  facts: readonly AmountFact[],
  kinds: readonly string[] = ["capex", "investment"],
): YearTotal[] {
  const groups = new Map<string, { year: number; kind: string; facts: AmountFact[] }>();
  for (const f of facts) {
    const kind = f.kind ?? "other";
    if (!kinds.includes(kind)) continue;
    const year = Number(f.occurred.from.slice(0, 4));
    if (year !== Number(f.occurred.to.slice(0, 4))) continue;
    const key = `${year}:${kind}`;
    const g = groups.get(key) ?? { year, kind, facts: [] };
    g.facts.push(f);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      year: g.year,
      kind: g.kind,
      totalUsd: g.facts.reduce((s, f) => s + f.amountUsd, 0),
      qualifier: combineQualifiers(g.facts.map((f) => f.qualifier)),
      eventIds: g.facts.map((f) => f.eventId),
    }))
    .sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind));
}
