/**
 * The knowledge base (lib/domain/knowledge) as extraction entities, merged with what the database
 * holds. The database's entries win (their slugs are what events point at); the knowledge base
 * adds its aliases and German forms to them, and entries the database lacks come in marked
 * `fromKnowledgeBase`, so a proposal naming one says the lab or model is new.
 */
import { isOrdinaryWordName, nameKey } from "../knowledge/lookup";
import type { KnownModel, KnownOrg } from "../knowledge/types";
import type { ModelWords } from "./model-for";
import type { KnownEntity } from "./types";

/** Aliases and the German forms the matcher does not already read as an inflection ("Metas"). */
function names(x: { name: string; aliases: string[]; germanForms?: string[] }): string[] {
  const inflected = (f: string) =>
    [x.name, ...x.aliases].some((n) => f === `${n}s` || f === `${n}es` || f === `${n}n` || f === `${n}en`);
  return [...x.aliases, ...(x.germanForms ?? []).filter((f) => !inflected(f))];
}

/** Short forms that are everyday words ("Scale" for Scale AI); the full name itself stays trusted. */
function ordinary(x: { name: string; aliases: string[] }): string[] | undefined {
  const words = x.aliases.filter((a) => a !== x.name && isOrdinaryWordName(a));
  return words.length > 0 ? words : undefined;
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
      if (k.ordinaryWord) own.ordinaryWord = [...(own.ordinaryWord ?? []), ...k.ordinaryWord];
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
    ...(ordinary(o) ? { ordinaryWord: ordinary(o) } : {}),
  }));
  // A family the database keeps as a family ("Llama 4") names the lab, not a model: keep it so.
  const families = new Set(models.flatMap((m) => (m.family ? [nameKey(m.family)] : [])));
  const kbModelEntities: KnownEntity[] = kbModels
    .filter((m) => ![m.name, ...m.aliases].some((n) => families.has(nameKey(n))))
    .map((m) => ({
      slug: m.slug,
      name: m.name,
      aliases: names(m),
      lab: m.owner,
      fromKnowledgeBase: true,
      ...(ordinary(m) ? { ordinaryWord: ordinary(m) } : {}),
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

/**
 * Model words of the knowledge base: the line a part number belongs to when its name does not
 * say it ("B200" under "Blackwell", not "GPT-5 Pro"), and models the press names by description
 * ("open-weight model" for gpt-oss), per owner.
 */
export function modelWords(kbModels: readonly KnownModel[]): ModelWords {
  const bySlug = new Map(kbModels.map((m) => [m.slug, m]));
  const lines = new Map<string, string>();
  const described: ModelWords["described"] = new Map();
  for (const m of kbModels) {
    const family = m.family ? bySlug.get(m.family) : undefined;
    if (family && m.kind === "model" && !m.name.toLowerCase().includes(family.name.toLowerCase()))
      lines.set(m.slug, family.slug);
    for (const d of m.descriptions ?? []) {
      // "open-weight model" also reads "open weight models", "Open-Weight-Modells"
      const words = d.split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const re = new RegExp(`(?<![\\p{L}])${words.join("[\\s-]+")}(?:s|es|e|en|er)?(?![\\p{L}])`, "iu");
      described.set(m.owner, [...(described.get(m.owner) ?? []), { slug: m.slug, re }]);
    }
  }
  return { lineOf: (model) => lines.get(model), described };
}
