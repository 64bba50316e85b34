import type {
  SeedArticle,
  SeedCitation,
  SeedCommitment,
  SeedEvent,
  SeedLab,
  SeedModel,
  SeedPublisher,
} from "../types";
import { EVENT_TEXTS_DE } from "../event-texts-de";
import type { StarterPack } from "./types";

/**
 * Puts the five seed articles and the starter packs together into one dataset the loader inserts
 * as it is. Pure (no I/O), so the unit tests check exactly what the loader will load.
 *
 * - Publishers, labs and models are merged by slug: the first declaration wins, aliases (and a
 *   model's status history) are united, so each pack may declare what it uses; a settled model
 *   status (released, shelved) wins over an open one (delayed …) from an earlier pack.
 * - Events are merged by key: the same fact reported in both languages is one event whose
 *   citations are the union (one per article and role, as the database holds them); type, lab
 *   and model must agree, or the merge fails.
 * - Release plans of one model reported by several packs are put in the order of their planned
 *   dates (plans slip later), identical plans kept once (the earliest report), and renumbered.
 * - Every reference (lab, model, counterparty, publisher, article) must resolve: an unknown slug
 *   fails loudly with all problems listed, instead of loading a half-linked event.
 */

export interface LoadArticle extends SeedArticle {
  /** which folder the text file lives in */
  source: "seed" | "starter";
  url?: string;
  excerpt: boolean;
}

/** model statuses that end the story: no later report makes such a model "delayed" again */
const SETTLED = new Set<SeedModel["status"]>(["released", "shelved"]);

export interface SeedDataset {
  publishers: SeedPublisher[];
  labs: SeedLab[];
  models: SeedModel[];
  articles: LoadArticle[];
  events: SeedEvent[];
  commitments: SeedCommitment[];
}

export interface BaseSeed {
  publishers: SeedPublisher[];
  labs: SeedLab[];
  models: SeedModel[];
  articles: SeedArticle[];
  events: SeedEvent[];
  commitments: SeedCommitment[];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

function mergeBySlug<T extends { slug: string }>(
  lists: T[][],
  combine: (kept: T, next: T) => T = (k) => k,
): T[] {
  const bySlug = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const kept = bySlug.get(item.slug);
      bySlug.set(item.slug, kept ? combine(kept, item) : item);
    }
  }
  return [...bySlug.values()];
}

function mergeEvents(lists: SeedEvent[][], problems: string[]): SeedEvent[] {
  const byKey = new Map<string, SeedEvent>();
  for (const list of lists) {
    for (const e of list) {
      const kept = byKey.get(e.key);
      if (!kept) {
        byKey.set(e.key, { ...e, citations: [...e.citations] });
        continue;
      }
      for (const field of ["type", "lab", "model"] as const) {
        if (kept[field] !== e[field]) {
          problems.push(
            `event "${e.key}": ${field} "${String(kept[field])}" vs "${String(e[field])}" in another pack`,
          );
        }
      }
      kept.citations.push(...e.citations);
    }
  }
  // The database holds one citation per event, article and role: the first quote is kept.
  // starter-data.test.ts reports any further one, so the labels get fixed rather than lost.
  return [...byKey.values()].map((e) => {
    const seen = new Set<string>();
    return {
      ...e,
      citations: e.citations.filter((c) => {
        const id = citationSlot(c);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      }),
    };
  });
}

/** The database's unique key of a citation within its event. */
export const citationSlot = (c: SeedCitation) => `${c.article}/${c.role}`;

function mergeCommitments(lists: SeedCommitment[][], articleDay: Map<string, string>): SeedCommitment[] {
  const byModel = new Map<string, SeedCommitment[][]>();
  for (const list of lists) {
    const perModel = new Map<string, SeedCommitment[]>();
    for (const c of list) perModel.set(c.model, [...(perModel.get(c.model) ?? []), c]);
    for (const [model, plans] of perModel) byModel.set(model, [...(byModel.get(model) ?? []), plans]);
  }
  const out: SeedCommitment[] = [];
  for (const [model, groups] of byModel) {
    // One source: its own order stands. Several: order by planned date, keep each plan once.
    let plans =
      groups.length === 1 ? [...(groups[0] ?? [])].sort((a, b) => a.sequence - b.sequence) : groups.flat();
    if (groups.length > 1) {
      const reported = (c: SeedCommitment) => articleDay.get(c.article) ?? "";
      plans.sort(
        (a, b) =>
          a.planned.from.localeCompare(b.planned.from) ||
          a.planned.to.localeCompare(b.planned.to) ||
          reported(a).localeCompare(reported(b)),
      );
      const seen = new Set<string>();
      plans = plans.filter((c) => {
        const id = `${c.planned.from}/${c.planned.to}/${c.planned.openEnd}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    }
    plans.forEach((c, i) => out.push({ ...c, model, sequence: i + 1 }));
  }
  return out;
}

/** The dataset to load: the base seed alone, or the base seed followed by the starter packs. */
export function buildSeedDataset(base: BaseSeed, packs: readonly StarterPack[]): SeedDataset {
  const problems: string[] = [];
  const articles: LoadArticle[] = [
    ...base.articles.map((a) => ({ ...a, source: "seed" as const, excerpt: false })),
    ...packs.flatMap((p) => p.articles.map((a) => ({ ...a, source: "starter" as const }))),
  ];
  const articleDay = new Map(articles.map((a) => [a.key, a.published.from]));
  const dataset: SeedDataset = {
    publishers: mergeBySlug([base.publishers, ...packs.map((p) => p.publishers)]),
    labs: mergeBySlug([base.labs, ...packs.map((p) => p.labs)], (k, n) => ({
      ...k,
      aliases: union(k.aliases, n.aliases),
    })),
    models: mergeBySlug([base.models, ...packs.map((p) => p.models)], (k, n) => {
      if (k.lab !== n.lab) problems.push(`model "${k.slug}": lab "${k.lab}" vs "${n.lab}" in another pack`);
      const history = [...k.history];
      for (const h of n.history) {
        if (!history.some((x) => x.status === h.status && x.at.from === h.at.from)) history.push(h);
      }
      // Packs written later may know the model came out (or was given up) since an earlier pack
      // reported it delayed: a settled status wins over an open one (docs/labelling.md).
      const status = SETTLED.has(n.status) && !SETTLED.has(k.status) ? n.status : k.status;
      return { ...k, status, aliases: union(k.aliases, n.aliases), history };
    }),
    articles,
    events: mergeEvents([base.events, ...packs.map((p) => p.events)], problems).map(withGerman),
    commitments: mergeCommitments([base.commitments, ...packs.map((p) => p.commitments)], articleDay),
  };
  problems.push(...referenceProblems(dataset));
  if (problems.length > 0) {
    throw new Error(`seed data does not fit together:\n  ${problems.join("\n  ")}`);
  }
  return dataset;
}

/** The event with its German title and summary: its own, else the one kept by key. */
function withGerman(e: SeedEvent): SeedEvent {
  const de = EVENT_TEXTS_DE[e.key];
  return { ...e, titleDe: e.titleDe ?? de?.title, summaryDe: e.summaryDe ?? de?.summary };
}

/** Every reference that does not resolve and every duplicate key, as readable lines. */
export function referenceProblems(d: SeedDataset): string[] {
  const problems: string[] = [];
  const labs = new Set(d.labs.map((l) => l.slug));
  const models = new Set(d.models.map((m) => m.slug));
  const publishers = new Set(d.publishers.map((p) => p.slug));
  const domains = new Map<string, string>();
  for (const p of d.publishers) {
    // publishers.domain is unique in the database: one outlet, one slug across both packs.
    const other = p.domain ? domains.get(p.domain) : undefined;
    if (other) problems.push(`publishers "${other}" and "${p.slug}" share the domain ${p.domain ?? ""}`);
    if (p.domain) domains.set(p.domain, p.slug);
  }
  const articleKeys = new Set<string>();
  const urls = new Set<string>();
  for (const a of d.articles) {
    if (articleKeys.has(a.key)) problems.push(`article key "${a.key}" used twice`);
    articleKeys.add(a.key);
    if (a.url) {
      if (urls.has(a.url)) problems.push(`article url ${a.url} used twice`);
      urls.add(a.url);
    }
    if (a.publisher && !publishers.has(a.publisher))
      problems.push(`article ${a.key}: unknown publisher "${a.publisher}"`);
    if (a.originalReporter && !publishers.has(a.originalReporter)) {
      problems.push(`article ${a.key}: unknown publisher "${a.originalReporter}"`);
    }
  }
  for (const m of d.models) {
    if (!labs.has(m.lab)) problems.push(`model ${m.slug}: unknown lab "${m.lab}"`);
    for (const h of m.history) {
      if (h.article && !articleKeys.has(h.article))
        problems.push(`model ${m.slug}: unknown article "${h.article}"`);
    }
  }
  for (const e of d.events) {
    if (!labs.has(e.lab)) problems.push(`event ${e.key}: unknown lab "${e.lab}"`);
    if (e.model && !models.has(e.model)) problems.push(`event ${e.key}: unknown model "${e.model}"`);
    if (e.counterparty && !labs.has(e.counterparty))
      problems.push(`event ${e.key}: unknown lab "${e.counterparty}"`);
    if (e.citations.length === 0) problems.push(`event ${e.key}: no citation`);
    for (const c of e.citations) {
      if (!articleKeys.has(c.article)) problems.push(`event ${e.key}: unknown article "${c.article}"`);
    }
  }
  for (const c of d.commitments) {
    if (!models.has(c.model)) problems.push(`release plan: unknown model "${c.model}"`);
    if (!articleKeys.has(c.article))
      problems.push(`release plan of ${c.model}: unknown article "${c.article}"`);
  }
  return problems;
}
