/**
 * The labelled set the extraction assistant is scored on: the five seed articles plus the
 * starter pack (real articles, hand-labelled; issue 9 §1). Each article comes with its text and
 * the events, citations and release plans its labels give. Reads files: test support, not domain.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { articles as seedArticles, models as seedModels } from "@/prisma/seed-data/entities";
import { commitments as seedCommitments, events as seedEvents } from "@/prisma/seed-data/events";
import { STARTER_PACKS } from "@/prisma/seed-data/starter";
import type { SeedArticle, SeedCommitment, SeedEvent, SeedModel } from "@/prisma/seed-data/types";

export interface LabelledArticle {
  key: string;
  source: "seed" | "starter";
  language: "de" | "en";
  /** the publication day an editor would enter (the first day of a fuzzy publication date) */
  published: string;
  text: string;
  file: string;
}

export interface LabelledSet {
  articles: LabelledArticle[];
  events: SeedEvent[];
  commitments: SeedCommitment[];
  /** each labelled model's canonical name and aliases, by slug: what a proposed new name may match */
  modelNames: Map<string, string[]>;
}

const root = path.join(import.meta.dirname, "../../..");

function load(a: SeedArticle, dir: string, source: LabelledArticle["source"]): LabelledArticle {
  return {
    key: a.key,
    source,
    language: a.language,
    published: a.published.from,
    text: readFileSync(path.join(dir, a.file), "utf8"),
    file: path.relative(root, path.join(dir, a.file)),
  };
}

/**
 * Seed and starter pack together. Events with the same key in several packs are one event whose
 * citations are joined (the loader's rule), so an article's labels are complete.
 */
export function loadLabelledSet(opts: { seed?: boolean; starter?: boolean } = {}): LabelledSet {
  const useSeed = opts.seed ?? true;
  const useStarter = opts.starter ?? true;
  const articles: LabelledArticle[] = [];
  const byKey = new Map<string, SeedEvent>();
  const commitments: SeedCommitment[] = [];
  const modelNames = new Map<string, string[]>();
  const addModels = (models: SeedModel[]) => {
    for (const m of models)
      modelNames.set(m.slug, [...(modelNames.get(m.slug) ?? []), m.name, ...(m.aliases ?? [])]);
  };
  const addEvents = (events: SeedEvent[]) => {
    for (const e of events) {
      const prev = byKey.get(e.key);
      if (prev) byKey.set(e.key, { ...prev, citations: [...prev.citations, ...e.citations] });
      else byKey.set(e.key, e);
    }
  };
  if (useSeed) {
    const dir = path.join(root, "prisma/seed-data/articles");
    articles.push(...seedArticles.map((a) => load(a, dir, "seed")));
    addEvents(seedEvents);
    addModels(seedModels);
    commitments.push(...seedCommitments);
  }
  if (useStarter) {
    const dir = path.join(root, "prisma/seed-data/starter/articles");
    for (const pack of STARTER_PACKS) {
      articles.push(...pack.articles.map((a) => load(a, dir, "starter")));
      addEvents(pack.events);
      addModels(pack.models);
      commitments.push(...pack.commitments);
    }
  }
  return { articles, events: [...byKey.values()], commitments, modelNames };
}
