/**
 * Products of a lab that the knowledge base does not hold, found by what the sentence says about
 * them rather than by their names (issue 9 §2, models on unseen text):
 *
 * - a lab's possessive and a product noun: "Apple's smart home hub", "OpenAI's first device",
 *   "Googles neues Smartphone", "its AI glasses", "seiner KI-Brille" — an unnamed product the
 *   article treats as one thing; its name is the lab's and the noun's ("Apple smart home hub").
 * - a capitalised name and a thing noun: "the Braga chip", "Nimbus model", "der Trainium-Chip",
 *   "das Modell Nimbus 2".
 * - a known model or family with a version the knowledge base lacks: "Llama 5", "Gemini 3.5
 *   Flash", "Qwen4" — a new model of the same line.
 *
 * Generic nouns alone ("the model", "its chips", "AI models") name nothing: a plural is a product
 * line or a market, and a bare "model" could be any of the lab's.
 */
import type { Mention, UnknownName } from "./entities";
import { OUTLETS } from "../knowledge/outlets";

export interface ProductName extends UnknownName {
  /** "its home hub": the lab is the sentence's subject, prefixed once that is known */
  ofSubject?: boolean;
  /** named by what it is ("Apple's home hub"), not by a name: the article may name it elsewhere */
  described?: boolean;
  /** "Llama 5" after a known "Llama": the new version takes the place of the known mention */
  extends?: boolean;
}

const WS = String.raw`[ \t\u00a0]+`;
/** things a lab builds that news names by their kind: hardware, mostly, and German compounds of it */
const DEVICE_EN = String.raw`(?:device|gadget|hub|speaker|display|headset|glasses|wearable|pin|smartphone|phone|tablet|laptop|robot|robotaxi|chip|processor|accelerator|GPU|TPU|supercomputer)`;
const DEVICE_DE = String.raw`(?:[\p{L}]+-)?(?:Gerät|Geräts|Brille|Headset|Lautsprecher|Smartphone|Handy|Tablet|Roboter|Chip|Prozessor|Prozessors|Beschleuniger|Supercomputer)`;
/** words before the noun that describe it; temporal ones ("first", "new") are not part of its name */
const MODIFIER = String.raw`(?:[\p{Ll}\p{Lu}][\p{L}-]*${WS}){0,3}`;
const POSSESSIVE_TAIL = new RegExp(
  String.raw`^(?:['’]s|s|['’])?${WS}(?<mods>${MODIFIER})(?<noun>${DEVICE_EN}|${DEVICE_DE})(?![\p{L}\p{N}-])`,
  "u",
);
const PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:its|their|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?)${WS}(?<mods>${MODIFIER})(?<noun>${DEVICE_EN}|${DEVICE_DE})(?![\p{L}\p{N}-])`,
  "gu",
);
/** modifiers that say when or how, not what: dropped from the name */
const TEMPORAL = new Set([
  "first",
  "new",
  "next",
  "upcoming",
  "latest",
  "planned",
  "long-awaited",
  "much-anticipated",
  "own",
  "delayed",
  "first-ever",
  "next-generation",
  "long-delayed",
  "anticipated",
  "rumoured",
  "rumored",
  "erste",
  "erstes",
  "ersten",
  "erster",
  "neue",
  "neues",
  "neuen",
  "neuer",
  "nächste",
  "nächstes",
  "nächsten",
  "eigene",
  "eigenes",
  "eigenen",
  "geplante",
  "geplantes",
  "geplanten",
  "lang",
  "erwartete",
  "erwartetes",
  "erwarteten",
  "verspätete",
  "verspätetes",
  "verspäteten",
  "kommende",
  "kommendes",
  "kommenden",
]);
// An adjective phrase longer than this is a clause, not a product's description ("Apple's plan to
// sell more phones").
const MAX_MODIFIERS = 2;

/**
 * "the Braga chip", "Nimbus model", "der Trainium-Chip": a name right before the noun. The noun is
 * found first and the name read backwards from it, instead of trying a name at every capital.
 */
// Without the u flag: V8 scans plain character classes much faster than \p{…} ones, and these
// run on every sentence.
const THING_NOUN =
  /[ -](?:chips?|processors?|accelerators?|model|device|glasses|headset|smartphone|robot|Chips?|Prozessors?|Modells?|Brille|Gerät|Geräts|Roboter|Beschleuniger)(?![A-Za-zÀ-ÖØ-öø-ÿ0-9-])/g;
const NAME_BEFORE = /(?<![\p{L}\p{N}-])(?<name>[\p{Lu}][\p{L}\p{N}]+(?:[ -]\p{N}[\p{L}\p{N}.]*)?)$/u;
/** "das Modell Nimbus 2", "the model Nimbus": the noun before a name that bears a sign of one */
const THING_THEN_NAME = new RegExp(
  String.raw`(?:\b[Mm]odel|Modell|\b[Cc]hip)${WS}(?<name>[\p{Lu}][\p{L}]*(?:[ -]?\p{N}[\p{L}\p{N}.]*|\p{Lu}[\p{L}]*)|[\p{Lu}][\p{L}]+(?=[,.;:)]))`,
  "gu",
);
/** capitalised words that describe a kind of thing, begin a sentence or are German nouns */
// prettier-ignore
const NOT_A_NAME = new Set([
  "the", "a", "an", "its", "their", "this", "that", "these", "those", "our", "new", "first", "next", "ai",
  "ki", "open", "source", "frontier", "flagship", "language", "reasoning", "foundation", "base", "video",
  "image", "text", "voice", "chinese", "american", "us", "u.s", "european", "german", "japanese", "korean",
  "taiwanese", "indian", "french", "british", "nvidia", "custom", "server", "memory", "graphics", "mobile",
  "smartphone", "phone", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "sein",
  "seine", "ihr", "ihre", "neue", "neues", "sprach", "grafik", "speicher", "rechen", "hochleistungs",
  "spezial", "eigen", "basis", "bild", "flaggschiff", "spitzen", "top", "konkurrenz", "vorgänger",
  "nachfolge", "nachfolger", "vorzeige", "geschäfts", "abo", "preis", "lizenz", "daten", "netzwerk",
  "standard", "premium", "einsteiger", "mittelklasse", "high", "low", "mid", "edge", "cloud", "gaming",
  "training", "inference", "inferenz", "trainings", "chip", "chips", "model", "modell", "transformer",
  "diffusion", "agent", "agenten", "coding", "code", "chat", "consumer", "enterprise", "business", "home",
  "smart", "wearable", "brille", "computer", "pc", "desktop", "laptop", "tablet", "ki-chip", "gpu", "cpu",
  "apple", "google", "microsoft", "amazon", "meta", "openai", "which", "what", "when", "while", "after",
  "before", "if", "but", "and", "or", "as", "in", "on", "at", "for", "with", "by", "from", "rival",
  "rivals", "competing", "competitor", "konkurrenten", "eu", "uk", "china", "europe", "europa", "mini", "pro", "plus", "max", "ultra", "lite",
]);
/** a version is short: "Gemini 2025", "ChatGPT 800 million" are a year and a count */
/** outlets are never products: "the Reuters model" is a way of reporting */
const OUTLET_WORDS = new Set(
  OUTLETS.flatMap((o) => [o.name, ...o.aliases]).flatMap((n) => n.split(/\s+/)[0]!.toLowerCase()),
);
/**
 * English puts a noun after a product noun to make it a modifier: "Apple's phone division", "its
 * glasses sales", "the Kestrel chip business" name a unit, a figure or a market, not the product.
 */
const NOUN_AFTER =
  /^[ \t\u00a0-]+(?:business(?:es)?|division|divisions|unit|units|sales|software|makers?|market|markets|team|teams|shipments?|supply|supplies|production|plants?|factory|factories|orders?|revenue|segment|line-?up|strategy|plans?|project|program(?:me)?|efforts?|chief|head|boss|prices?|deals?|partners?|partnerships?|suppliers?|exports?|ban|bans|designers?|startups?|company|firm|industry|sector|demand|sanctions?|rules|restrictions|controls|shortages?|stocks?|shares|war|race|giant|tariffs?|imports?|sparte|geschäft|markt)(?![\p{L}])/iu;
const VERSION_AFTER =
  /^[ -]?(\d{1,2}(?:\.\d+)*[a-z]?)(?:[ -](Pro|Ultra|Flash|Mini|mini|Max|Turbo|Nano|Lite|Plus|Opus|Sonnet|Haiku))?(?![\p{L}\p{N}]|[.,]\d|[ \t\u00a0]*(?:%|percent|Prozent|[Mm]illion|[Bb]illion|Milliard|Mio|Mrd))/u;
/** versions written onto a name are ASCII ("Qwen4", "Phi4"); see THING_NOUN on the missing u flag */
const GLUED = /(?<![\w-])([A-Z][A-Za-z]{2,})\d+(?:\.\d+)*(?![\w]|[.,]\d)/g;
/** what may stand before a named line of products: an article or a possessive */
const LINE_BEFORE = /(?:\b(?:the|its|their|die|den|der|seine[nr]?|ihre[nr]?)|['’]s)\s+$/;
/** the cheap test before THING_THEN_NAME */
const THING_THEN_ANY = /(?:odel|Modell|[Cc]hip)[ \t\u00a0]+[A-ZÄÖÜ]/;
const TOOL_BEFORE =
  /(?<![\p{L}])(?:on|with|using|auf|mit)\s+(?:(?:the|its|their|dem|den|der|seinen|ihren)\s+)?(?:\p{Lu}[\p{L}]*(?:['’]?s)?\s+)?$/u;
/** a cheap test: most sentences name no product this way */
const DEVICE_ANY =
  /device|gadget|hub|speaker|display|headset|glasses|wearable|pin|phone|tablet|laptop|robot|chip|processor|accelerator|GPU|TPU|computer|Gerät|Brille|Lautsprecher|Handy|Roboter|Chip|Prozessor|Beschleuniger/;
/**
 * "Apple is building a smart home hub", "OpenAI arbeitet an einem eigenen Gerät": a product the lab
 * makes, introduced with an indefinite article after a verb of making or planning.
 */
const MAKES = new RegExp(
  String.raw`(?<![\p{L}])(?:build(?:s|ing)?|develop(?:s|ing|ed)?|working${WS}on|work${WS}on|design(?:s|ing|ed)?|plan(?:s|ning|ned)?|unveil(?:s|ing|ed)?|announc(?:es|ing|ed)|entwickel[nt]|arbeitet${WS}an|arbeiten${WS}an|plan(?:t|en)|bau(?:t|en)|stellt)${WS}(?:a|an|ein|eine|einen|einer|einem)${WS}(?<mods>${MODIFIER})(?<noun>${DEVICE_EN}|${DEVICE_DE})(?![\p{L}\p{N}-])`,
  "gu",
);
const MAKES_ANY =
  /(?:build|develop|work|design|plan|unveil|announc|entwickel|arbeite|bau|stellt)[a-z]*[ \t\u00a0]+(?:on[ \t\u00a0]+|an[ \t\u00a0]+)?(?:a|an|ein)/;
const PRONOUN_ANY = /\b(?:its|their|sein|ihr)/;

const FUNCTION_WORD =
  /^(?:to|of|and|or|that|which|for|its|his|her|their|the|a|an|is|was|has|had|will|und|oder|mit|für|zu|der|die|das|den|dem|des|ein|eine|einen|sein|seine|seinen|ihr|ihre|ihren|ist|hat|wird)$/iu;

/**
 * German nouns in English, so one product has one slug whichever pack reports it (labels merge by
 * slug: docs/labelling.md); "KI-Brille" is "AI glasses".
 */
const IN_ENGLISH: Record<string, string> = {
  gerät: "device",
  geräts: "device",
  brille: "glasses",
  lautsprecher: "speaker",
  roboter: "robot",
  prozessor: "processor",
  prozessors: "processor",
  beschleuniger: "accelerator",
  handy: "phone",
  chip: "chip",
  smartphone: "smartphone",
  headset: "headset",
  tablet: "tablet",
  supercomputer: "supercomputer",
};

function englishNoun(noun: string): { noun: string; german: boolean } {
  const parts = noun.split("-");
  const head = IN_ENGLISH[parts.at(-1)!.toLowerCase()];
  if (!head || !/^\p{Lu}/u.test(noun)) return { noun, german: false };
  const prefix = parts.slice(0, -1).map((w) => (/^KI$/u.test(w) ? "AI" : w));
  return { noun: [...prefix, head].join(" "), german: true };
}

/** The name an unnamed product gets: the descriptive words and the noun, without "first" or "new". */
function productWords(mods: string, noun: string): string | null {
  const words = mods.trim().split(/\s+/).filter(Boolean);
  // "Apple's plan to sell …": a lower-case function word means a clause, not a description
  if (words.some((w) => FUNCTION_WORD.test(w))) return null;
  const english = englishNoun(noun);
  // German adjectives inflect ("smarten", "neuen"): only capitalised words (names) are kept
  const kept = words.filter((w) => !TEMPORAL.has(w.toLowerCase()) && (!english.german || /^\p{Lu}/u.test(w)));
  if (kept.length > MAX_MODIFIERS) return null;
  return [...kept, english.noun].join(" ");
}

/** whether the noun ending at `at` modifies the noun after it ("phone division") */
function modifier(text: string, at: number): boolean {
  return NOUN_AFTER.test(text.slice(at, at + 30));
}

/** the lab as written, without the possessive ("Apple's", "Nvidias" → "Nvidia") */
function labDisplay(l: Mention): string {
  const bare = l.text.replace(/(?:['’]s|['’])$/u, "");
  return /s$/u.test(bare) && !/s$/u.test(l.slug) ? bare.slice(0, -1) : bare;
}

/**
 * Products the sentence names by description or by a new version. `labs` are the lab mentions
 * (known or not) in the sentence, `models` the known model and family mentions, `notAName` says
 * which words are known names or everyday words.
 */
export function productNames(
  sentence: string,
  offset: number,
  labs: Mention[],
  models: Mention[],
  notAName: (word: string) => boolean,
  knownLine: (word: string) => boolean = () => false,
): ProductName[] {
  const out: ProductName[] = [];
  const overlaps = (p: ProductName, spans: { start: number; end: number }[]) =>
    spans.some((o) => p.start < o.end && p.end > o.start);
  // "its Vision Pro headset": a known product is no new one
  const add = (p: ProductName) => {
    if (!overlaps(p, out) && (p.extends || !overlaps(p, models))) out.push(p);
  };
  // a known line with a version it does not know: "Llama 5", "Gemini 3.5 Flash"
  for (const m of models) {
    if (/\d/.test(m.text)) continue;
    const after = sentence.slice(m.end - offset);
    const v = m.end - m.start === m.text.length ? VERSION_AFTER.exec(after) : null;
    if (!v) continue;
    const name = `${m.text} ${v[1]}${v[2] ? ` ${v[2]}` : ""}`;
    add({ name, start: m.start, end: m.end + v[0].length, extends: true });
  }
  // "Qwen4": a known line's name with the version written onto it
  if (/[A-Za-z]\d/.test(sentence)) {
    for (const m of sentence.matchAll(GLUED)) {
      const start = offset + m.index;
      if (
        knownLine(m[1]!.toLowerCase()) &&
        !models.some((k) => start < k.end && start + m[0].length > k.start)
      )
        add({ name: m[0], start, end: start + m[0].length });
    }
  }
  const named = (name: string, start: number) => {
    const first = name.split(/[ -]/)[0]!.toLowerCase();
    if (NOT_A_NAME.has(first) || OUTLET_WORDS.has(first) || notAName(first) || notAName(name.toLowerCase()))
      return;
    // a capitalised first word of the sentence is no sign of a name
    if (start === offset && !/\d|\p{Lu}.*\p{Lu}/u.test(name)) return;
    // "trained on Nvidia H100 chips": the hardware used, not the product the news is about
    if (TOOL_BEFORE.test(sentence.slice(Math.max(0, start - offset - 40), start - offset))) return;
    const p = { name, start, end: start + name.length };
    if (!overlaps(p, labs)) add(p);
  };
  for (const m of sentence.matchAll(THING_NOUN)) {
    const n = NAME_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index))?.groups?.name;
    if (!n) continue;
    const at = m.index - n.length;
    // "Kestrel chips" is a line only when its maker or an article points at it ("the Kestrel
    // chips", "Amazon's Kestrel chips"); "14th-generation Core processors" in passing is not news
    const plural = /(?:chips|processors|accelerators|Chips)$/.test(m[0]);
    const byMaker = labs.some((l) => l.end - offset >= at - 2 && l.end - offset <= at);
    if (plural && !byMaker && !LINE_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) continue;
    if (modifier(sentence, m.index + m[0].length)) continue;
    named(n, offset + at);
  }
  for (const m of THING_THEN_ANY.test(sentence) ? sentence.matchAll(THING_THEN_NAME) : []) {
    const name = m.groups?.name ?? "";
    named(name, offset + m.index + m[0].length - name.length);
  }
  // the device nouns the next two patterns end in; most sentences have none
  if (!DEVICE_ANY.test(sentence)) return out;
  for (const l of labs) {
    const tail = sentence.slice(l.end - offset, l.end - offset + 80);
    const m = POSSESSIVE_TAIL.exec(tail);
    if (!m?.groups) continue;
    // "Apple's hub", "Googles Smartphone": only a possessive makes the lab the product's maker
    if (!/(?:['’]s|['’]|s)$/u.test(sentence.slice(l.start - offset, l.end - offset)) && !/^['’s]/u.test(tail))
      continue;
    // "the Blackwell GPUs … Nvidia's new flagship GPU": a description of the lab's model named here
    if (models.some((k) => k.lab === l.lab)) continue;
    if (modifier(tail, m[0].length)) continue;
    const words = productWords(m.groups.mods ?? "", m.groups.noun ?? "");
    if (words)
      add({ name: `${labDisplay(l)} ${words}`, start: l.start, described: true, end: l.end + m[0].length });
  }
  for (const m of [
    ...(PRONOUN_ANY.test(sentence) ? sentence.matchAll(PRONOUN) : []),
    ...(MAKES_ANY.test(sentence) ? sentence.matchAll(MAKES) : []),
  ]) {
    if (models.length > 0) break;
    if (modifier(sentence, m.index + m[0].length)) continue;
    const words = productWords(m.groups?.mods ?? "", m.groups?.noun ?? "");
    if (words) {
      const end = offset + m.index + m[0].length;
      add({ name: words, start: offset + m.index, end, ofSubject: true, described: true });
    }
  }
  return out;
}
