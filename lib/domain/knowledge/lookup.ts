import { foldName } from "../slugify";
import { MODELS } from "./models";
import { ORGANISATIONS } from "./organisations";
import type { KnownModel, KnownOrg } from "./types";

/**
 * The key two spellings of one name share: case, accents, spaces, hyphens, dots and middle dots do
 * not count ("GPT-4.5" = "gpt 4.5" = "GPT4.5", "DALL·E" = "Dall-E", "X.AI" = "xAI"). "+" and "*"
 * stay, because "Alexa+" is not "Alexa" and "Q*" is a name.
 */
export function nameKey(name: string): string {
  return foldName(name).replace(/[^\p{L}\p{N}+*]/gu, "");
}

/** Every written form of an entry: slug, canonical name, aliases and German forms. */
export function surfaceForms(entry: KnownOrg | KnownModel): string[] {
  return [entry.name, ...entry.aliases, ...(entry.germanForms ?? [])];
}

function buildIndex<T extends KnownOrg | KnownModel>(entries: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    for (const form of [entry.slug, ...surfaceForms(entry)]) {
      const key = nameKey(form);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      index.set(key, list);
    }
  }
  return index;
}

const orgIndex = buildIndex(ORGANISATIONS);
const modelIndex = buildIndex(MODELS);
const orgBySlug = new Map(ORGANISATIONS.map((o) => [o.slug, o]));
const modelBySlug = new Map(MODELS.map((m) => [m.slug, m]));

/**
 * Heads of German compounds that name the company or product they are attached to ("OpenAI-Chef",
 * "Nvidia-Aktie", "Siri-Update"): the part before the hyphen is the name.
 */
const COMPOUND_HEADS = new Set(
  [
    "Konzern",
    "Mutterkonzern",
    "Mutter",
    "Tochter",
    "Chef",
    "Chefin",
    "Gründer",
    "Gründerin",
    "Mitgründer",
    "Aktie",
    "Aktien",
    "Papier",
    "Kurs",
    "Börsenwert",
    "Bewertung",
    "Sprecher",
    "Sprecherin",
    "Manager",
    "Managerin",
    "Mitarbeiter",
    "Mitarbeitende",
    "Team",
    "Labor",
    "Start-up",
    "Startup",
    "Firma",
    "Unternehmen",
    "Rechenzentrum",
    "Rechenzentren",
    "Deal",
    "Investor",
    "Modell",
    "Modelle",
    "Chip",
    "Chips",
    "Update",
    "Version",
    "Nutzer",
    "Funktion",
    "Funktionen",
    "Assistent",
    "Chatbot",
    "App",
    "Plattform",
  ].map((h) => nameKey(h)),
);

/**
 * Candidate keys for a written name, best first: as written; without an English possessive
 * ("OpenAI's"); without the German genitive -s ("Metas", "Anthropics"); the name before a German
 * compound head ("Meta-Konzern", "OpenAI-Chefs").
 */
function candidateKeys(written: string): string[] {
  const trimmed = written.trim().replace(/[’']s?$/u, "");
  const keys = [nameKey(written), nameKey(trimmed)];
  const base = nameKey(trimmed);
  if (base.endsWith("s")) keys.push(base.slice(0, -1));
  const parts = trimmed.split(/-(?=[^-]+$)/u);
  if (parts.length === 2 && parts[1]) {
    const head = nameKey(parts[1]);
    const headWithoutS = head.replace(/(e?s|n)$/u, "");
    if (COMPOUND_HEADS.has(head) || COMPOUND_HEADS.has(headWithoutS)) {
      const prefix = nameKey(parts[0] ?? "");
      keys.push(prefix);
      if (prefix.endsWith("s")) keys.push(prefix.slice(0, -1));
    }
  }
  return [...new Set(keys.filter((k) => k.length > 0))];
}

function findAll<T>(index: Map<string, T[]>, written: string): T[] {
  for (const key of candidateKeys(written)) {
    const hit = index.get(key);
    if (hit && hit.length > 0) return hit;
  }
  return [];
}

/** All organisations a written name may mean (more than one only for deliberately ambiguous names). */
export function findOrgsByName(written: string): KnownOrg[] {
  return findAll(orgIndex, written);
}

/** The organisation a written name means, or null when it is unknown or ambiguous. */
export function findOrgByName(written: string): KnownOrg | null {
  const hits = findOrgsByName(written);
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/** All models a written name may mean ("Orion" → OpenAI's codename and Meta's glasses). */
export function findModelsByName(written: string): KnownModel[] {
  return findAll(modelIndex, written);
}

/**
 * The model a written name means, or null when it is unknown or ambiguous. `owner` (an org slug, or
 * its parent's) picks among ambiguous names when the text says whose model it is.
 */
export function findModelByName(written: string, options: { owner?: string } = {}): KnownModel | null {
  let hits = findModelsByName(written);
  if (hits.length > 1 && options.owner) {
    const owner = options.owner;
    hits = hits.filter((m) => m.owner === owner || getOrgBySlug(m.owner)?.parent === owner);
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

export function getOrgBySlug(slug: string): KnownOrg | null {
  return orgBySlug.get(slug) ?? null;
}

export function getModelBySlug(slug: string): KnownModel | null {
  return modelBySlug.get(slug) ?? null;
}

/** The organisation that owns a model, following `parent` up to the top (GitHub Copilot → microsoft). */
export function topOwnerOf(model: KnownModel): KnownOrg | null {
  let org = getOrgBySlug(model.owner);
  const seen = new Set<string>();
  while (org?.parent && !seen.has(org.slug)) {
    seen.add(org.slug);
    const parent = getOrgBySlug(org.parent);
    if (!parent) break;
    org = parent;
  }
  return org;
}

/**
 * Names that are also everyday English or German words or first names ("Arm", "Operator", "Harvey",
 * "Pi", "Comet"). They are real names of entries, but an extractor should take them only with a cue
 * nearby (the owner's name, "Modell", "the startup"), never from the word alone.
 */
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set(
  [
    "Arm",
    "Magic",
    "Writer",
    "Sierra",
    "Harvey",
    "Glean",
    "Jasper",
    "Cognition",
    "Adept",
    "Covariant",
    "Crusoe",
    "Lambda",
    "Imbue",
    "Etched",
    "Lovable",
    "Poolside",
    "Decagon",
    "Upstage",
    "Humane",
    "Rabbit",
    "Mila",
    "Fidelity",
    "Accel",
    "Scale",
    "Runway",
    "Windsurf",
    "Palantir",
    "Oracle",
    "Apple",
    "Amazon",
    "Meta",
    "Stability",
    "Inflection",
    "Moonshot",
    "Perplexity",
    "Mistral",
    "Sequoia",
    "Operator",
    "Pi",
    "Comet",
    "Sonar",
    "Jules",
    "Tinker",
    "Quark",
    "Dojo",
    "Cosmos",
    "Helios",
    "Helix",
    "NEO",
    "Ajax",
    "Orion",
    "Aurora",
    "Astra",
    "Vera",
    "Gopher",
    "Sparrow",
    "Flamingo",
    "Chinchilla",
    "Cicero",
    "Emu",
    "Orca",
    "Tay",
    "Whisper",
    "Scout",
    "Maverick",
    "Behemoth",
    "Strawberry",
    "Avocado",
    "Olympus",
    "Titan",
    "Nova",
    "Trillium",
    "Ironwood",
    "Hopper",
    "Blackwell",
    "Rubin",
    "Feynman",
    "Ampere",
    "Solar",
    "Falcon",
    "Granite",
    "Firefly",
    "Joule",
    "Einstein",
    "Watson",
    "Arctic",
    "Dolly",
    "Bloom",
    "Aya",
    "Codex",
    "Gemini",
    "Bard",
    "Alexa",
    "Cursor",
    "Devin",
    "Trae",
    "Wan",
    "Yi",
    "io",
    "Tongyi",
    "Manus",
    "Talkie",
    "Gato",
    "Axion",
    "Bedrock",
    "Rufus",
    "Kiro",
    "Recall",
    "Thrive",
    "Getty",
    "Aardvark",
    "Gobi",
    "Jukebox",
    "Magi",
    "Prometheus",
    "Hyperion",
    "Sydney",
  ].map(nameKey),
);

/** True for a written name that is also an everyday word (see ORDINARY_WORD_NAMES). */
export function isOrdinaryWordName(written: string): boolean {
  // "ARM" in capitals is the company's name, not the everyday word "arm"
  if (/^\p{Lu}{2,}$/u.test(written)) return false;
  return ORDINARY_WORD_NAMES.has(nameKey(written));
}

/**
 * The lab a model is filed under when it is created for an event: its owner, or — when the event
 * is filed under one of the owner's parents (an AWS product in an Amazon event) — that parent, so
 * the event and its model agree.
 */
export function modelLabFor(model: KnownModel, eventLab: string | null | undefined): string {
  if (eventLab && eventLab !== model.owner) {
    const seen = new Set<string>();
    for (
      let org = getOrgBySlug(model.owner);
      org?.parent && !seen.has(org.slug);
      org = getOrgBySlug(org.parent)
    ) {
      seen.add(org.slug);
      if (org.parent === eventLab) return eventLab;
    }
  }
  return model.owner;
}
