/**
 * Finds labs and models by their names, aliases and the inflections German puts on them:
 * "Metas", "xAIs", "Googles", "OpenAI-Mitarbeitern", "Llama-4-Reihe", "ersten Llama-Modells".
 * Names that look like labs or models but are not known are reported by name.
 */
import { asMaker } from "./epithets";
import { introducedAsModel, introducedModelNames, namedAsProduct } from "./model-names";
import { firstWordOf, nameScanIndex, scanNames, secondWordOf, type NameScanIndex, type ScannableName } from "./name-scan";
import { appositionNames } from "./new-labs";
import { productNames } from "./product-names";
import type { KnownEntity } from "./types";

export type MentionKind = "lab" | "model" | "family";

export interface Mention {
  kind: MentionKind;
  /** slug of the lab or model; for a family, the family name */
  slug: string;
  /** the lab the mention points at */
  lab: string;
  /** the name as written, without inflection or compound tail */
  text: string;
  start: number;
  /** end of the whole word, compound tail included */
  end: number;
  /** what follows a hyphen: "Mitarbeitern" in "OpenAI-Mitarbeitern", "Aktie" in "Meta-Aktie" */
  compound: string | null;
  /** named by what its lab makes or is ("the ChatGPT maker", "der Meta-Konzern"): see epithets.ts */
  epithet?: boolean;
}

export interface UnknownName {
  name: string;
  start: number;
  end: number;
}

/** A known name: its pattern and anchor words (ScannableName, name-scan.ts) and what it names. */
interface Matcher extends ScannableName {
  kind: MentionKind;
  slug: string;
  lab: string;
  /** words of the canonical name, so "Meta-Aktie" reports "Aktie" as its compound */
  nameWords: Set<string>;
  /** a short or common word ("Scale", "Scout", "Avocado"): only trusted when its lab is named too */
  weak: boolean;
}

export interface EntityIndex {
  matchers: Matcher[];
  /** every known name and alias, lower case, to keep them out of the unknown lists */
  knownWords: Set<string>;
  /** known lab names, lower case: "Nvidia H100" is hardware, not an unknown model */
  labWords: Set<string>;
  scan: NameScanIndex;
}

const SEP = '(?:[\\s\\u00a0]*[-\\u2010\\u2011„“"»«‚‘][\\s\\u00a0]*|[\\s\\u00a0]+)';
const BEFORE = "(?<![\\p{L}\\p{N}])";
/** genitive "s", English "'s", then a compound tail ("-Mitarbeitern"), then a word end */
const AFTER =
  "(?<infl>s|es|n|en|['’]s)?(?<tail>(?:[-\\u2010\\u2011][\\p{L}\\p{N}]+)*)(?![\\p{L}\\p{N}]|[.,]\\d)";

/** "-" and the hyphens typeset text uses instead (U+2010, U+2011) */
const HYPHEN = /[-\u2010\u2011]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lower-case German adjectives in a name take any ending: "erstes" → "ersten", "erster". */
function tokenPattern(token: string): string {
  const adjective = /^(\p{Ll}+?)(?:es|er|en|em|e)$/u.exec(token);
  if (adjective && token.length > 3) return `${escape(adjective[1]!)}(?:es|er|en|em|e)`;
  return escape(token);
}

/**
 * After a distinctive first word, the press writes the rest of a product's name in either case
 * ("GPT store", "Advanced voice mode", "AI overviews"): the later words' first letter may be either.
 */
function eitherCase(pattern: string): string {
  const first = pattern[0] ?? "";
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return lower === upper ? pattern : `[${upper}${lower}]${pattern.slice(1)}`;
}

function namePattern(name: string): string {
  const tokens = name.split(/[\s\u00a0-]+/).filter(Boolean);
  const distinctive = /[\p{Lu}\p{N}]/u.test(tokens[0] ?? "");
  return tokens
    .map((t, k) => (k > 0 && distinctive ? eitherCase(tokenPattern(t)) : tokenPattern(t)))
    .join(SEP);
}

function stripParenthetical(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
}

function isWeakName(name: string, canonical: string, kind: MentionKind): boolean {
  if (/\d/.test(name) || /\s|-/.test(name.trim())) return false;
  if (kind !== "lab") return true;
  // "Scale" for "Scale AI": part of the real name, and an everyday word.
  return name !== canonical && canonical.split(/\s+/).includes(name);
}



function matcher(
  kind: MentionKind,
  slug: string,
  lab: string,
  name: string,
  canonical: string,
  ordinary = false,
): Matcher {
  const source = `${BEFORE}(?<core>${namePattern(name)})${AFTER}`;
  return {
    // a leading quote or bracket starts the match before the word
    anchor: /^[\p{L}\p{N}]/u.test(name) ? firstWordOf(name) : null,
    next: secondWordOf(name),
    kind,
    slug,
    lab,
    source,
    nameWords: new Set(canonical.split(/[\s\u00a0-]+/)),
    weak: ordinary || isWeakName(name, canonical, kind),
    // a one-word name of a company or product line, not an everyday word: "Samsungs", "Intels"
    inflects: !ordinary && !isWeakName(name, canonical, kind) && /^[\p{L}\p{N}]+$/u.test(name),
  };
}

const indexCache = new WeakMap<KnownEntity[], WeakMap<KnownEntity[], EntityIndex>>();

/** Builds the matchers once per pair of entity lists (the admin form calls us on every edit). */
export function buildEntityIndex(labs: KnownEntity[], models: KnownEntity[]): EntityIndex {
  const cached = indexCache.get(labs)?.get(models);
  if (cached) return cached;
  const matchers: Matcher[] = [];
  const knownWords = new Set<string>();
  const labWords = new Set<string>();
  const families = new Map<string, string>();
  for (const m of models) if (m.family && m.lab) families.set(m.family, m.lab);

  for (const l of labs) {
    for (const n of new Set([l.name, ...l.aliases].map(stripParenthetical).flatMap(withPlainCase))) {
      if (!n) continue;
      matchers.push(matcher("lab", l.slug, l.slug, n, l.name, l.ordinaryWord?.includes(n)));
      knownWords.add(n.toLowerCase());
      labWords.add(n.toLowerCase());
    }
  }
  for (const m of models) {
    if (!m.lab) continue;
    for (const n of new Set([m.name, ...m.aliases].map(stripParenthetical))) {
      // "Llama (first generation)" strips to "Llama", which names the whole family.
      if (!n || families.has(n)) continue;
      matchers.push(matcher("model", m.slug, m.lab, n, m.name, m.ordinaryWord?.includes(n)));
      knownWords.add(n.toLowerCase());
    }
  }
  for (const [family, lab] of families) {
    matchers.push(matcher("family", family, lab, family, family));
    knownWords.add(family.toLowerCase());
  }
  const index = { matchers, knownWords, labWords, scan: nameScanIndex(matchers) };
  const byModels = indexCache.get(labs) ?? new WeakMap<KnownEntity[], EntityIndex>();
  byModels.set(models, index);
  indexCache.set(labs, byModels);
  return index;
}

/**
 * A one-word camel-case name and how the German press often writes it: "Openai", "Xai",
 * "Coreweave", "Softbank" (only the first letter capital).
 */
function withPlainCase(name: string): string[] {
  if (!/^[\p{L}\p{N}]{3,}$/u.test(name) || !/\p{Ll}\p{Lu}/u.test(name)) return [name];
  return [name, name[0]!.toUpperCase() + name.slice(1).toLowerCase()];
}

/** what companies do, right after an everyday word that is also a company's name: "Perplexity raised" */
const COMPANY_DEED_AFTER =
  /^\s+(?:(?:is|has|had|was|will|would|plans to|has been|is in talks to|reportedly|also|now)\s+)*(?:rais(?:ed|es|ing)|lay(?:s|ing)? off|laid off|cuts? (?:\d|jobs|staff)|acquir(?:ed|es|ing)|bought|buys|sued|sues|hired|hires|valued at|filed|secured|closed (?:a|its) |sammel(?:t|te) |streich(?:t|te) |übernimmt |übernahm |kauft |kaufte |verklagt |entlässt |entließ |baut (?:\S+ ){0,3}Stellen)/u;

/** Words that make the next name a company's: "the startup", "KI-Firma", "rival", "Deal mit" */
const ORG_BEFORE =
  /(?:[Ss]tart-?up|[Ss]cale-?up|company|firm|rival|competitor|KI-Firma|KI-Unternehmen|KI-Entwickler|Unternehmen|Konkurrent|Rivale|CEO of|founder of|Chef von|Gründer von|investors? in|Investoren? (?:von|bei)|(?:[Dd]eal|Vereinbarung|agreement|[Pp]artnership|Partnerschaft) (?:mit|with))\s+["„“»]?$/u;
/**
 * "Apple buys Perplexity for", "verklagt Mistral wegen": the object of a deal or a suit is a party,
 * so a capitalised everyday word there is a company's name, unless a surname follows ("sued
 * Harvey Weinstein").
 */
const DEAL_BEFORE =
  /(?:^|[^\p{L}])(?:buy(?:s|ing)?|bought|acquir(?:e[sd]?|ing)|takeover of|stake in|invest(?:s|ed|ing)? in|su(?:e[sd]?|ing)|kauf(?:t|te|en)|übernimmt|übernahm|übernehmen|verklag(?:t|te|en)|Übernahme von|Klage gegen)\s+$/u;
const NO_SURNAME = /^(?![\s-]+\p{Lu})/u;

/** "Perplexity-Chef", "Mistral's CEO", "Mistral AI", "Mistral Inc." */
const ORG_AFTER =
  /^(?:['’]s (?:CEO|chief executive|founder|co-founder|valuation|investors)|-(?:Chef|Chefin|Gründer|CEO|Bewertung)|,? (?:Inc\.|Corp|Ltd|GmbH|SAS|SE\b))/u;

/** "Apple's", "Grok's": an English possessive makes an everyday word a name */
const POSSESSIVE = /^['’]s\b/u;

interface Candidate extends Mention {
  coreEnd: number;
  weak: boolean;
}

const KIND_RANK: Record<MentionKind, number> = { model: 0, family: 1, lab: 2 };

function sameSpan(a: Candidate, b: Candidate): boolean {
  return a.start === b.start && a.coreEnd === b.coreEnd;
}

/** Known labs and models in `text`, in order, overlaps resolved to the longest name. */
export function findMentions(
  text: string,
  index: EntityIndex,
  { germanGenitives = false }: { germanGenitives?: boolean } = {},
): Mention[] {
  const found: Candidate[] = [];
  // Hundreds of names from the knowledge base: each is tried only where its first word starts.
  for (const [i, hit] of scanNames(text, index.matchers, index.scan, germanGenitives)) {
    const m = index.matchers[i]!;
    const core = hit.groups?.core ?? "";
    const tail = hit.groups?.tail ?? "";
    const lastOfCore = core.split(HYPHEN).at(-1) ?? "";
    const compound = tail
      ? (tail.split(HYPHEN).filter(Boolean).at(-1) ?? null)
      : HYPHEN.test(core) && !m.nameWords.has(lastOfCore)
        ? lastOfCore
        : null;
    found.push({
      kind: m.kind,
      slug: m.slug,
      lab: m.lab,
      text: core,
      start: hit.index,
      coreEnd: hit.index + core.length,
      end: hit.index + hit[0].length,
      compound,
      weak: m.weak,
    });
  }
  found.sort((a, b) => a.start - b.start || b.coreEnd - a.coreEnd || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept.at(-1);
    if (last && c.start < last.end) {
      // "Perplexity" names the company and its product: without a version it is the company
      if (sameSpan(c, last) && c.kind === "lab" && last.kind !== "lab" && c.lab === last.lab) {
        kept[kept.length - 1] = c;
        continue;
      }
      // A longer name starting inside the previous one ("Llama 4" then "Llama 4 Behemoth") wins.
      if (c.start === last.start || c.coreEnd - c.start <= last.coreEnd - last.start) continue;
      kept.pop();
    }
    kept.push(c);
  }
  // "the ChatGPT maker", "des ChatGPT-Entwicklers": the product names its lab
  for (let k = 0; k < kept.length; k++) kept[k] = asMaker(text, kept[k]!);
  // A weak name counts only when its lab is named in a strong way somewhere in the text — or,
  // for a lab, when the text treats the word as a company's name: in an organisation context
  // ("the startup Mistral", "Perplexity-Chef", "Mistral's CEO"), or capitalised inside sentences
  // three times or more ("sued Perplexity", "for Mistral").
  const strongLabs = new Set(kept.filter((c) => !c.weak).map((c) => c.lab));
  const asName = new Map<string, number>();
  for (const c of kept) {
    if (!c.weak || c.kind !== "lab" || strongLabs.has(c.lab)) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(c.coreEnd, c.coreEnd + 20);
    if (
      ORG_BEFORE.test(before) ||
      ORG_AFTER.test(after) ||
      POSSESSIVE.test(after) ||
      (DEAL_BEFORE.test(before) && NO_SURNAME.test(after)) ||
      // "Perplexity is raising $500 million", "Perplexity sammelt … ein": a company's deed after it
      COMPANY_DEED_AFTER.test(text.slice(c.coreEnd, c.coreEnd + 40))
    )
      strongLabs.add(c.lab);
    else if (/[\p{L}\p{N},;)]\s+$/u.test(before)) asName.set(c.lab, (asName.get(c.lab) ?? 0) + 1);
  }
  for (const [lab, count] of asName) if (count >= 3) strongLabs.add(lab);
  return (
    kept
      // "a new model codenamed Avocado", "the chatbot Grok", "ChatGPT", "Grok's": the words around,
      // the spelling or a possessive make even an everyday word a model's name
      .filter(
        (c) =>
          !c.weak ||
          strongLabs.has(c.lab) ||
          (c.kind !== "lab" &&
            (introducedAsModel(text, c.start) ||
              namedAsProduct(text, c.start, c.coreEnd) ||
              POSSESSIVE.test(text.slice(c.coreEnd, c.coreEnd + 3)))),
      )
      .map(({ kind, slug, lab, text: t, start, end, compound, epithet }) => ({
        kind,
        slug,
        lab,
        text: t,
        start,
        end,
        compound,
        ...(epithet ? { epithet } : {}),
      }))
  );
}

// ---------------------------------------------------------------------------------------------
// Unknown labs and models
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const NOT_A_NAME = new Set([
  "the", "a", "an", "die", "der", "das", "ein", "eine", "this", "that", "our", "their", "its", "his", "her", "your",
  // "Tech shares fell": a sector or a market, not a company
  "tech", "chip", "software", "bank", "asian", "european", "chinese", "japanese", "korean", "global", "technology",
  "generative", "generativ", "agentic", "responsible", "artificial", "open", "enterprise", "physical",
  "frontier", "sovereign", "conversational", "general", "narrow", "new", "neue", "ki", "ai", "and", "und",
  "explainable", "trustworthy", "safe", "superintelligence", "google", "meta", "microsoft",
  // "Ex-CEO", "Vize-Chef", "Co-Gründer": a prefix of the role, not a company
  "ex", "vize", "co", "interims", "ober", "top", "konzern", "firmen",
  // a title-case headline ("Pours $4B Into AI Startup") or an office ("Chief AI Officer")
  "into", "in", "for", "with", "to", "of", "on", "from", "by", "at", "as", "chief", "head",
  // "a Chinese AI start-up", "europäische KI-Labs": a nationality before the suffix names no company
  "chinese", "american", "european", "french", "german", "british", "japanese", "korean", "indian",
  "israeli", "canadian", "us", "uk", "eu", "chinesische", "amerikanische", "europäische", "französische",
  "deutsche", "britische", "japanische", "koreanische",
]);

/** words that open a headline before a name: "Why SoundHound AI …", "Warum Aleph Alpha …" */
const LEADING_WORD = /^(?:Why|How|What|When|Where|Here's|Inside|Warum|Wieso|Weshalb|Wie|Was|Wann)\s+(?=\p{Lu})/u;

const LAB_SUFFIX =
  /(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}\p{N}]*[ -]){0,2}?[\p{Lu}][\p{L}\p{N}]*)[ -](AI|Labs?|Robotics|Dynamics)(?![\p{L}\p{N}])$/u;
const LAB_SUFFIX_ONLY = /[ -](?:AI|Labs?|Robotics|Dynamics)(?![\p{L}\p{N}])/gu;
// "den Softwareanbieter WalkMe", "AI software firm Altair Engineering", "drone maker Blue Ocean"
const LAB_CONTEXT =
  /(?:KI-Unternehmen|KI-Firma|KI-Start-?up|KI-Labor|KI-Entwickler|[Ss]tart-?up|Softwarekonzern|Chipkonzern|Chiphersteller|Konzern|Firma|(?:\p{Lu}{2,3}-)?[Ss]oftware(?:anbieter|hersteller|haus|spezialist|unternehmen|firma)|AI (?:lab|startup|start-up|company|firm|developer)|(?:the )?startup|(?:the )?start-up|chipmaker|(?:software|drone|chip|robotics|defen[cs]e) (?:firm|maker|company|provider|developer|designer)|(?:Chinese|French|US|American|German) rival|rival|(?:CEO|chief executive|founder|co-founder|head) of)[ \t\u00a0]+([\p{Lu}][\p{L}\p{N}]+(?:[ \t\u00a0]+[\p{Lu}][\p{L}\p{N}]+)?)/gu;
/**
 * "das Hardware-Start-up "io" des …", "the startup 'Nimbus'": a quoted name after a company noun.
 * A lower-case word in quotes is a name only when a name's company follows ("des", "of", a comma):
 * 'the company "regrets" the error' quotes a verb.
 */
const QUOTED_LAB_CONTEXT =
  /(?:[Ss]tart-?up|[Ss]cale-?up|Firma|Unternehmen|company|firm|lab)[ \t\u00a0]+["„“»']((?:\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2})|\p{Ll}[\p{L}\p{N}&.-]{0,11})["“”«']/gu;
/** "Anthropic-Chef", "Acme Inc.", "Acme Corp": the name is an organisation by its suffix */
const ORG_SUFFIX_CONTEXT =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}]+(?:[ -][\p{Lu}][\p{L}\p{N}]+)?)(?:-(?:Chef|Chefin|Gründer|Gründerin|Mitgründer|CEO)\b|,? (?:Inc\.|Corp\.?|Ltd\.?|GmbH|AG\b|SE\b))/gu;

// prettier-ignore
const NOT_A_MODEL = new Set([
  "q", "h", "windows", "kapitel", "seite", "artikel", "paragraph", "covid", "top", "platz", "stufe", "level",
  "version", "phase", "jahr", "year", "quartal", "quarter", "nummer", "number", "chapter", "section", "tag",
  "day", "woche", "week", "teil", "part", "runde", "round", "serie", "series", "gruppe", "group", "typ",
  "type", "model", "modell", "rang", "rank", "position", "minus", "plus", "iphone", "ios", "android",
  "über", "mehr", "fast", "rund", "bis", "seit", "nach", "vor", "ab", "um", "am", "im", "in", "auf",
  "for", "from", "since", "until", "than", "over", "under", "about", "around", "up", "to", "of", "by",
  "roughly", "nearly", "almost", "some", "etwa", "knapp", "circa", "summer", "sommer", "autumn",
  "herbst", "winter", "spring", "frühjahr", "frühling", "ende", "anfang", "mitte", "end", "early", "late",
]);
const MODEL_SHAPE =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)[ -]((?:\d+(?:\.\d+)*[a-z]?)|(?:[\p{Lu}]\d+))(?:[ -](Pro|Ultra|Flash|Mini|mini|Opus|Sonnet|Haiku|Max|Turbo|Nano|Lite|Plus|Preview|Instruct|Coder|Vision))?(?![\p{L}\p{N}]|[.,]\d)/gu;
const MODEL_CONTEXT = /Modell|[Mm]odel|LLM|(?<![\p{L}])(?:KI|AI)(?![\p{L}])|[Cc]hatbot|[Rr]easoning/u;
// prettier-ignore
const MONTHS = new Set([
  "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
  "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
]);

function overlapsAny(start: number, end: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** Names shaped like labs ("Mistral AI", "KI-Start-up Aleph Alpha") that are not known. */
export function findUnknownLabs(text: string, known: Mention[], index: EntityIndex): UnknownName[] {
  const out: UnknownName[] = [];
  const add = (raw: string, rawStart: number) => {
    // "Why SoundHound AI stock blasted higher": a headline's question word opens no name
    const lead = LEADING_WORD.exec(raw);
    const name = lead ? raw.slice(lead[0].length) : raw;
    const start = rawStart + (lead ? lead[0].length : 0);
    const end = start + name.length;
    const first = name.split(/[ -]/)[0]?.toLowerCase() ?? "";
    if (NOT_A_NAME.has(first) || index.knownWords.has(name.toLowerCase())) return;
    // "Apples KI-Chef", "Googles KI": a known lab's German genitive, then its unit
    if (/s$/.test(first) && index.labWords.has(first.slice(0, -1))) return;
    if (overlapsAny(start, end, known) || overlapsAny(start, end, out)) return;
    out.push({ name, start, end });
  };
  // Find the rare suffix first and read the name backwards from it, instead of trying the name
  // pattern at every capital letter of the article.
  for (const suffix of text.matchAll(LAB_SUFFIX_ONLY)) {
    const from = Math.max(0, suffix.index - 60);
    const window = text.slice(from, suffix.index + suffix[0].length);
    const m = LAB_SUFFIX.exec(window);
    if (m) add(m[0], from + m.index);
  }
  for (const m of text.matchAll(LAB_CONTEXT)) {
    const name = m[1] ?? "";
    add(name, m.index + m[0].length - name.length);
  }
  for (const n of appositionNames(text)) add(n.name, n.start);
  for (const m of text.matchAll(QUOTED_LAB_CONTEXT)) {
    const name = m[1] ?? "";
    const after = text.slice(m.index + m[0].length);
    if (
      /^\p{Ll}/u.test(name) &&
      !/^(?:\s+(?:des|der|von|aus|mit|und|of|from|with|and|for)\b|\s*[,.;:(])/u.test(after)
    )
      continue;
    add(name, m.index + m[0].length - 1 - name.length);
  }
  if (/-(?:Chef|Gründer|Mitgründer|CEO)|Inc\.|Corp|Ltd|GmbH|\bAG\b|\bSE\b/u.test(text)) {
    for (const m of text.matchAll(ORG_SUFFIX_CONTEXT)) {
      // "News Corp" is the name itself; "Acme Inc." is called "Acme"
      const name = m[1] ?? "";
      add(/^ Corp(?![.\p{L}])/u.test(m[0].slice(name.length)) ? `${name} Corp` : name, m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Names shaped like models ("Gemini 2.5 Pro", "Grok 4", "DeepSeek-R1") in sentences about models. */
export function findUnknownModels(
  sentence: string,
  offset: number,
  known: Mention[],
  index: EntityIndex,
): UnknownName[] {
  const notAModel = (word: string) => NOT_A_MODEL.has(word) || MONTHS.has(word) || index.labWords.has(word);
  // "a model called Nimbus", "Codename Pineapple": named as a model, whatever its shape
  const out: UnknownName[] = introducedModelNames(sentence, offset).filter(
    (n) =>
      !notAModel(n.name.toLowerCase()) &&
      !notAModel(n.name.split(/[ -]/)[0]!.toLowerCase()) &&
      !overlapsAny(n.start, n.end, known),
  );
  // "Apple's home hub", "the Braga chip", "Llama 5": products named by what the sentence says
  const [labs, models] = [known.filter((k) => k.kind === "lab"), known.filter((k) => k.kind !== "lab")];
  const products = productNames(sentence, offset, labs, models, notAModel, (w) => index.knownWords.has(w));
  for (const p of products) if (!overlapsAny(p.start, p.end, out)) out.push(p);
  if (!MODEL_CONTEXT.test(sentence)) return out;
  for (const m of sentence.matchAll(MODEL_SHAPE)) {
    const word = (m[1] ?? "").toLowerCase();
    // "WWDC 2024", "Computex 2025": a year after a name is an event's edition, not a version
    if (notAModel(word) || /^(?:19|20)\d\d$/.test(m[2] ?? "")) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (overlapsAny(start, end, known) || overlapsAny(start, end, out)) continue;
    out.push({ name: m[0], start, end });
  }
  return out;
}
