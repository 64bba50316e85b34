/**
 * An extraction context built from the seed data, for the command line, the quality report and
 * tests: no database needed. Seed events get the ids a fresh database gives them (1, 2, … in
 * file order), so `matchesEventId` can be read back as a seed key.
 */
import { articles, labs, models, publishers } from "@/prisma/seed-data/entities";
import { events } from "@/prisma/seed-data/events";
import type { ExistingEventRef, ExtractContext, KnownEntity } from "@/lib/domain/extract/types";

export const seedLabs: KnownEntity[] = labs.map((l) => ({ slug: l.slug, name: l.name, aliases: l.aliases }));
export const seedModels: KnownEntity[] = models.map((m) => ({
  slug: m.slug,
  name: m.name,
  aliases: m.aliases,
  lab: m.lab,
  ...(m.family ? { family: m.family } : {}),
}));
export const seedPublishers = publishers.map((p) => ({ name: p.name }));

export const seedExistingEvents: ExistingEventRef[] = events.map((e, i) => ({
  id: i + 1,
  type: e.type,
  lab: e.lab,
  model: e.model ?? null,
  occurred: e.occurred,
  amountUsd: e.amountUsd ?? null,
  percent: e.percent ?? null,
  headcount: e.headcount ?? null,
  title: e.title,
  counterparty: e.counterparty ?? null,
}));

export function seedEventKey(id: number | null): string | null {
  return id === null ? null : (events[id - 1]?.key ?? null);
}

export function seedContext(opts: Partial<ExtractContext> = {}): ExtractContext {
  return { labs: seedLabs, models: seedModels, publishers: seedPublishers, ...opts };
}

/**
 * What `npm run extract:eval` extracts with: what a fresh database holds after the seed (its
 * labs, models, publishers and events) — the knowledge base is added by the extractor itself.
 * The starter pack's own entities are not given: they are the answers being scored.
 */
export function evalContext(opts: Partial<ExtractContext> = {}): ExtractContext {
  return seedContext({ existingEvents: seedExistingEvents, ...opts });
}

export { articles as seedArticles };
