/**
 * The knowledge base (lib/domain/knowledge) as extraction entities, merged with what the database
 * holds. The database's entries win (their slugs are what events point at); the knowledge base
 * adds its aliases and German forms to them, and entries the database lacks come in marked
 * `fromKnowledgeBase`, so a proposal naming one says the lab or model is new.
 */
import type { KnownModel, KnownOrg } from "../knowledge/types";
import type { KnownEntity } from "./types";

function names(x: { aliases: string[]; germanForms?: string[] }): string[] {
  return [...x.aliases, ...(x.germanForms ?? [])];
}

function mergeInto(stored: KnownEntity[], extra: KnownEntity[]): KnownEntity[] {
  const bySlug = new Map(stored.map((e) => [e.slug, e]));
  const out = stored.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const index = new Map(out.map((e, i) => [e.slug, i]));
  for (const k of extra) {
    const at = index.get(k.slug);
    if (at !== undefined) {
      const own = out[at]!;
      own.aliases = [...new Set([...own.aliases, k.name, ...k.aliases])].filter((n) => n !== own.name);
    } else if (!bySlug.has(k.slug)) {
      index.set(k.slug, out.length);
      out.push(k);
    }
  }
  return out;
}

const cache = new WeakMap<object, Map<string, { labs: KnownEntity[]; models: KnownEntity[] }>>();

/**
 * Labs and models to extract with: the stored ones plus the knowledge base. Cached per input
 * lists (same arrays → same result arrays), so the entity index built from them is cached too.
 */
export function withKnowledge(
  labs: KnownEntity[],
  models: KnownEntity[],
  orgs: readonly KnownOrg[],
  kbModels: readonly KnownModel[],
): { labs: KnownEntity[]; models: KnownEntity[] } {
  let byLabs = cache.get(labs);
  if (!byLabs) {
    byLabs = new Map();
    cache.set(labs, byLabs);
  }
  // The model list identity is part of the key through a per-list id.
  const key = `${listId(models)}:${listId(orgs)}:${listId(kbModels)}`;
  const hit = byLabs.get(key);
  if (hit) return hit;
  const kbLabs: KnownEntity[] = orgs.map((o) => ({
    slug: o.slug,
    name: o.name,
    aliases: names(o),
    fromKnowledgeBase: true,
  }));
  const kbModelEntities: KnownEntity[] = kbModels.map((m) => ({
    slug: m.slug,
    name: m.name,
    aliases: names(m),
    lab: m.owner,
    fromKnowledgeBase: true,
  }));
  const result = { labs: mergeInto(labs, kbLabs), models: mergeInto(models, kbModelEntities) };
  byLabs.set(key, result);
  return result;
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function listId(list: object): number {
  let id = ids.get(list);
  if (id === undefined) {
    id = nextId++;
    ids.set(list, id);
  }
  return id;
}
