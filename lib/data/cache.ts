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
 * The tags of a read limited to some labs. Every write names the labs whose pages it changes
 * (`tags.lab(slug)`: an event's lab, the labs of the events an article cites, the labs of the
 * models it plans; see lib/actions), so a lab-scoped read needs only those — and a save for one
 * lab leaves every other lab's page cached. Nested 'use cache' tags propagate to the page that
 * calls them, so one coarse tag here would re-render every lab page on every save. Unscoped
 * reads keep the whole-entity tags.
 */
export function labScoped(labs: readonly string[] | undefined, ...wholeEntityTags: string[]): string[] {
  return labs?.length ? labs.map(tags.lab) : wholeEntityTags;
}

/** The lab page's rendered body (app/[locale]/labs/[slug]): its own data, nothing else. */
export const labPageTags = (slug: string): string[] => [tags.lab(slug)];

type Recorder = (cacheTags: readonly string[]) => void;
let recorder: Recorder | undefined;

/**
 * Tests only: collect the tags every cached read and render registers while `run` runs (under
 * Vitest `cached()` registers nothing with Next, so this is how a test sees them).
 */
export async function recordCacheTags(run: () => Promise<unknown>): Promise<Set<string>> {
  const seen = new Set<string>();
  const previous = recorder;
  recorder = (t) => t.forEach((tag) => seen.add(tag));
  try {
    await run();
  } finally {
    recorder = previous;
  }
  return seen;
}

/**
 * Call first thing inside a 'use cache' function. Outside Next (unit and integration tests,
 * CLI scripts) 'use cache' is an inert string and cacheTag would throw, so this does nothing.
 *
 * "Inside Next" is read from `process.env.NEXT_RUNTIME`, which Next documents (instrumentation)
 * and inlines as "nodejs" into every server bundle it builds; under Vitest or tsx it is unset.
 */
export function cached(...cacheTags: string[]): void {
  recorder?.(cacheTags);
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
  recorder?.(cacheTags);
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife("days");
  cacheTag(...cacheTags);
}
