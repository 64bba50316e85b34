import { cacheLife, cacheTag } from "next/cache";

/**
 * Cache tags. Data changes only when an editor saves or an import runs, so reads are cached
 * until a write invalidates exactly the tags it touched (see lib/actions). Coarse per-entity
 * tags keep invalidation obviously correct; per-record tags narrow it where a page shows one.
 */
export const tags = {
  labs: "labs",
  lab: (slug: string) => `lab:${slug}`,
  models: "models",
  model: (slug: string) => `model:${slug}`,
  events: "events",
  articles: "articles",
  article: (id: number) => `article:${id}`,
} as const;

/**
 * Call first thing inside a 'use cache' function. Outside Next (unit and integration tests,
 * CLI scripts) 'use cache' is an inert string and cacheTag would throw, so this does nothing.
 *
 * "Inside Next" is read from `process.env.NEXT_RUNTIME`, which Next documents (instrumentation)
 * and inlines as "nodejs" into every server bundle it builds; under Vitest or tsx it is unset.
 */
export function cached(...cacheTags: string[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife("max");
  cacheTag(...cacheTags);
}

/**
 * Call first thing inside a 'use cache' page body: the rendered output is kept until a write
 * expires one of its tags (the same tags as the data it shows). Bodies take "today" as a prop, so
 * their cache key changes at midnight; "days" only bounds how long an unused entry is kept.
 */
export function cachedRender(...cacheTags: string[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife("days");
  cacheTag(...cacheTags);
}
