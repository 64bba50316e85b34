/**
 * Who a sentence says the claim comes from: an outlet ("berichtet das Wall Street Journal",
 * "according to Reuters"), anonymous sources ("laut Insidern", "people familiar with the matter"),
 * documents ("interne Tests belegen") or a named person ("erklärte CEO Mark Zuckerberg").
 */

import { OUTLETS } from "../knowledge/outlets";
import { ORGANISATIONS } from "../knowledge/organisations";
import {
  ANONYMOUS_WORDS,
  DOCUMENT_WORDS,
  OUTLET_NOUN,
  QUANTIFIERS,
  ROLE,
  RULES,
  type Rule,
} from "./attribution-rules";
import { GERMAN_COMPANY_NOUN } from "./company-nouns";
import { gated } from "./literal-gate";

/** reference: "schreibt das Magazin", "dem Bericht zufolge" — the outlet named before (resolveReferences) */
export type AttributionKind = "outlet" | "anonymous" | "document" | "person" | "reference";

export interface Attribution {
  source: string;
  kind: AttributionKind;
  /** span in the sentence, appositions included, so names inside it are not taken as subjects */
  start: number;
  end: number;
  /**
   * the outlet was spoken to, not reporting: "a spokesperson told CNBC", "sagte eine Sprecherin
   * gegenüber dem Handelsblatt" — the claim is the company's statement
   */
  recipient?: true;
}

export interface Publisher {
  name: string;
  aliases?: string[];
}

const PRIORITY: Record<AttributionKind, number> = {
  outlet: 0,
  reference: 0,
  anonymous: 1,
  document: 2,
  person: 3,
};

/** "das Magazin", "der Bericht", "the newspaper": a source named by what it is, not by its name */
const REFERENCE_NAME = new RegExp(
  `^(?:${OUTLET_NOUN}|Bericht|Berichts|Blatt|Medium|report|newspaper|paper|outlet|publication|magazine)$`,
  "iu",
);

function stripQuotes(s: string): string {
  return s
    .replace(/[„“"»«‚'”‘]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,:;]+$/, "");
}

function stripRoles(name: string): string {
  const tokens = name.split(" ");
  const role = new RegExp(`^${ROLE}$`, "u");
  while (tokens.length > 2 && role.test(tokens[0] ?? "")) tokens.shift();
  return tokens.join(" ");
}

const outletKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s*\([^)]*\)\s*$/, "")
    .trim();

/** The knowledge base's outlets by every spelling; the editor's own publishers are looked up first. */
const KNOWN_OUTLETS = new Map<string, string>();
for (const o of OUTLETS)
  for (const n of [o.name, ...o.aliases])
    if (!KNOWN_OUTLETS.has(outletKey(n))) KNOWN_OUTLETS.set(outletKey(n), o.name);

/** "Bloomberg-Bericht", "The Wall Street Journal's Alexandra Bruell": the outlet is the first part. */
const OUTLET_TAIL =
  /(?:-(?:Bericht|Berichten|Berichts|Recherche|Recherchen|Redaktion|Reporter\p{L}*|Journalist\p{L}*)|['’]s?(?:\s+.*)?)$/u;

/** "Recherchen des Spiegels", "Informationen der Zeitung": the outlet is what follows */
const FINDINGS_OF =
  /^(?:Recherchen|Recherche|Informationen|Angaben|Bericht|Berichten|Berichts|Meldung|Artikel)\s+(?:des|der|von|vom)\s+/u;

/**
 * The spellings a German sentence inflects a name into, back to the name: "des Handelsblatts",
 * "des Spiegels" (genitive s), "der Süddeutschen Zeitung", "der Neuen Zürcher Zeitung"
 * (adjective ending -en for -e).
 */
function uninflected(name: string): string[] {
  const out = [name];
  if (/[^sS]e?s$/u.test(name)) out.push(name.replace(/e?s$/u, ""));
  if (/\p{Ll}en\s/u.test(name)) out.push(name.replace(/(\p{Ll})en(?=\s)/gu, "$1e"));
  return out;
}

function canonicalOutlet(name: string, publishers: Publisher[]): string | null {
  const base = name.replace(FINDINGS_OF, "");
  for (const candidate of new Set([base, base.replace(OUTLET_TAIL, "")].flatMap((n) => uninflected(n)))) {
    const k = outletKey(candidate);
    if (!k) continue;
    for (const p of publishers) {
      if ([p.name, ...(p.aliases ?? [])].some((n) => outletKey(n) === k)) return p.name;
    }
    const known = KNOWN_OUTLETS.get(k);
    if (known) {
      // the editor's publisher of that name, if there is one ("Agence France-Presse (AFP)")
      const stored = publishers.find((p) => outletKey(p.name) === outletKey(known));
      return stored?.name ?? known;
    }
  }
  return null;
}

/** A known outlet whose name ends with `name` at `start`: "The New York" + "Times said". */
function outletEndingAt(
  sentence: string,
  start: number,
  name: string,
  publishers: Publisher[],
): { source: string; start: number } | null {
  const head = /((?:[\p{Lu}][\p{L}.&'’-]*\s+){1,3})$/u.exec(sentence.slice(Math.max(0, start - 40), start));
  if (!head?.[1]) return null;
  const words = head[1].trim().split(/\s+/u);
  for (let k = 0; k < words.length; k++) {
    const candidate = `${words.slice(k).join(" ")} ${stripQuotes(name)}`;
    const source = canonicalOutlet(candidate, publishers);
    if (source) return { source, start: start - head[1].length + head[1].indexOf(words[k]!) };
  }
  return null;
}

/** The name is an outlet the editor or the knowledge base knows, not a name a rule guessed. */
export function knownOutlet(name: string, publishers: Publisher[]): boolean {
  return canonicalOutlet(name, publishers) !== null;
}

/**
 * Outlets the knowledge base knows, in a sentence that speaks of reporting ("will The Information
 * erfahren haben", "Bloomberg meldet", "a spokesperson told Reuters"): credited whatever the word
 * order. Everyday-word names ("Bild", "Fortune") are left to the rules above.
 */
const REPORTING =
  /report|accord|citing|cited|told|wrote|writes|revealed|scoop|[Bb]ericht|meldet|meldete|schreibt|schrieb|zufolge|[Ll]aut\s|erfahren|zitiert|Quellen|Insider|sources|bestätigt/u;
const SCANNED = OUTLETS.filter((o) => !o.plainWord)
  .flatMap((o) => [o.name, ...o.aliases])
  .map((n) => n.replace(/^The\s+/, ""))
  .filter((n) => n.length >= 3 || /^\p{Lu}+$/u.test(n));
const OUTLET_SCAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:The\\s+)?(?<name>${SCANNED.sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .join("|")})(?:-(?:Bericht\\p{L}*|Recherche\\p{L}*)|['’]s)?(?![\\p{L}\\p{N}])`,
  "gu",
);
/** "New York Times columnist", "Bloomberg reporter": someone of the outlet, not the outlet */
const OUTLET_STAFF_AFTER =
  /^\s*(?:columnist|reporter|journalist|correspondent|editor|writer|podcast|host|Kolumnist\p{L}*|Reporter\p{L}*|Journalist\p{L}*|Korrespondent\p{L}*|Redakteur\p{L}*|Autor\p{L}*)\b/u;
/** first words of the scanned names: the long pattern runs only on sentences holding one */
const SCANNED_FIRST = new Set(SCANNED.map((n) => n.split(/[^\p{L}\p{N}]+/u)[0]!));

function mayNameOutlet(sentence: string): boolean {
  return sentence.split(/[^\p{L}\p{N}]+/u).some((w) => SCANNED_FIRST.has(w));
}

const DOCUMENT_NOUN =
  /^(?:Klage\p{L}*|Klageschrift|Studie|Umfrage|Analyse|Mitteilung|Memo|Schreiben|Brief|Dokument\p{L}*|Unterlagen|Gerichtsunterlagen|Prognose\p{L}*|Statistik\p{L}*|lawsuit|complaint|filing|study|survey|memo|letter|\p{Lu}\p{Ll}+(?:ung|ungen|heit|keit|schaft|tion|tionen))$/u;
/** a law, not a source: "Laut DSGVO", "laut dem Digital Services Act" */
// "gemäß Artikel 5(1)(d) der DSGVO", "Laut Paragraf 19a GWB": a provision of a law, no source
const LAW =
  /^(?:DSGVO|GDPR|DSA|DMA|AI Act|KI-Verordnung|Digital (?:Services|Markets) Act|EU AI Act|\p{L}*[Gg]esetz\p{L}*|\p{L}*[Vv]erordnung|\p{L}+recht|Artikel|Article|Art\.|Paragraf|Paragraph|Paragrafen|Absatz|Section|Abschnitt|Klausel|Clause)$/u;
/** a firm's name: "Kerrisdale Capital", "Bernstein Research", "Wedbush Securities" */
const FIRM_SUFFIX =
  /\s(?:Capital|Partners|Ventures|Research|Securities|Investments|Management|Advisors|Advisers|Group|Bank|AG|GmbH|Inc\.?|LLC|Ltd\.?)$/u;
/** a sentence word after "said", "laut" that names nobody: "said Friday", "While reports …", "schreibt Millionen … ab" */
const NOT_A_SOURCE =
  /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|While|When|After|Before|However|Although|Meanwhile|Earlier|Later|Last|This|That|It|He|She|They|We|The|A|An|Der|Die|Das|Millionen|Milliarden|Tausende|Hunderte|Dollar|Euro)$/u;

/** a company named by what it is; "Konzern", "Dax-Schwergewicht", "Softwarehersteller" */
const COMPANY_NAMED_BY_NOUN = new RegExp(`^[\\p{L}-]*${GERMAN_COMPANY_NOUN}$`, "u");

/** a company's own report: "Quartalsbericht", "Geschäftsbericht", "Bilanz" */
const COMPANY_REPORT =
  /^\p{L}*(?:[Qq]uartals|[Gg]eschäfts|[Jj]ahres|[Hh]albjahres|[Ff]inanz|[Ee]rgebnis)bericht\p{L}*$|^(?:Bilanz|Börsenmitteilung|Pflichtmitteilung)$/u;

const ROLE_ONLY = new RegExp(`^${ROLE}$`, "u");
const STAFF_SOURCE = new Set([
  "mitarbeitende",
  "mitarbeitenden",
  "mitarbeiter",
  "mitarbeitern",
  "beschäftigte",
  "angestellte",
  "employees",
  "staffers",
]);

/** every organisation name and alias of the knowledge base, lower case */
const ORG_NAMES = new Set(ORGANISATIONS.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));

const PEOPLE_NAME = /^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,2}$/u;

function classify(
  raw: string,
  kind: Rule["kind"],
  publishers: Publisher[],
): { source: string; kind: AttributionKind } | null {
  let name = stripQuotes(raw).replace(/^(?:der|die|das|dem|den|des|einem|einer|eines)\s+/i, "");
  if (name === "") return null;
  if (kind === "reference" || REFERENCE_NAME.test(name)) return { source: name, kind: "reference" };
  // "laut mit der Sache vertrauten Personen": the source in the nominative, as a label names it
  if (kind === "anonymous" && /^mit\s/u.test(name))
    return {
      source: name
        .replace(/vertrauten\s/u, "vertraute ")
        .replace(/Kreisen$/u, "Kreise")
        .replace(/Insidern$/u, "Insider"),
      kind,
    };
  const outlet = canonicalOutlet(name, publishers);
  if (outlet) return { source: outlet, kind: "outlet" };
  // "sagte eine Sprecherin", "said a spokesperson": an office, not a name; the company speaks
  if (ROLE_ONLY.test(name)) return null;
  const words = name.split(" ");
  const first = words[0] ?? "";
  // "So berichten Mitarbeitende … gegenüber Fortune": the unnamed people a verb of reporting names
  if (kind === "known-outlet" && !ANONYMOUS_WORDS[first.toLowerCase()]) return null;
  const quantifier = QUANTIFIERS[first.toLowerCase()];
  if (quantifier) {
    words[0] = quantifier;
    name = words.join(" ");
  }
  const lastWord = (words.at(-1) ?? "").toLowerCase();
  const anonymous =
    ANONYMOUS_WORDS[first.toLowerCase()] ?? (words.length <= 2 ? ANONYMOUS_WORDS[lastWord] : undefined);
  // "So berichten Mitarbeitende gegenüber Fortune": staff are never an outlet, whatever the verb
  if (anonymous && (kind !== "outlet" || STAFF_SOURCE.has(first.toLowerCase()))) {
    // "laut Prognosen Investitionen …": German capitalises nouns, so the name ends at the source word.
    const source = ANONYMOUS_WORDS[first.toLowerCase()] ? anonymous : name;
    return { source, kind: DOCUMENT_WORDS.has(anonymous) ? "document" : "anonymous" };
  }
  // "Der Klage zufolge", "according to the complaint": a document, not an outlet or a person;
  // "vorläufigen Berechnungen zufolge": the words before the document are the sentence's
  if (words.length === 1 && DOCUMENT_NOUN.test(name)) return { source: name, kind: "document" };
  const last = words.at(-1) ?? "";
  if (words.length > 1 && DOCUMENT_NOUN.test(last) && words.slice(0, -1).every((w) => /^\p{Ll}/u.test(w)))
    return { source: last, kind: "document" };
  // "Laut DSGVO", "under the AI Act": a law is no source
  if (LAW.test(name)) return null;
  // "Kerrisdale Capital said": a firm speaking is neither an outlet nor a person
  if ((kind === "person" || kind === "auto") && FIRM_SUFFIX.test(name)) return null;
  if (words.length === 1 && NOT_A_SOURCE.test(name)) return null;
  // "sagte der Konzern", "so das Dax-Schwergewicht": the company speaking, not an outlet or a person
  if (words.length === 1 && COMPANY_NAMED_BY_NOUN.test(name)) return null;
  // "Laut Quartalsbericht": the company's own report, its statement (schedule.ts), not an outlet
  if (words.length === 1 && COMPANY_REPORT.test(name)) return null;
  // "laut Firmenangaben", "Unternehmens-Angaben zufolge": the company's own word, not an outlet
  if (words.length === 1 && /\p{L}(?:-?[Aa]ngaben)$/u.test(name)) return null;
  // "Hugging Face said it raised …": a company the knowledge base knows speaks for itself; its
  // name is no person's (and must stay the sentence's subject)
  // … and one that "reported quarterly results" is no outlet either
  if ((kind === "auto" || kind === "person" || kind === "outlet") && ORG_NAMES.has(name.toLowerCase()))
    return null;
  if (kind === "auto") {
    if (/^[\p{Lu}][\p{L}-]*s$/u.test(first) && words.length > 1 && /^\p{Ll}/u.test(words[1] ?? "")) {
      return { source: name, kind: "document" }; // "Metas internen Benchmarks"
    }
    const person = PEOPLE_NAME.test(name) && !/^The\s/.test(name); // "The Information" is an outlet
    return { source: stripRoles(name), kind: person ? "person" : "outlet" };
  }
  if (kind === "person") return { source: stripRoles(name), kind };
  // a known-outlet rule reaches here only for unnamed people, which the anonymous branch took
  if (kind === "known-outlet") return null;
  return { source: name, kind };
}

/**
 * Gives each reference ("schreibt das Magazin") the outlet credited last before it, in sentence
 * order; a reference with no outlet before it credits nobody and is dropped.
 */
export function resolveReferences(perSentence: Attribution[][]): Attribution[][] {
  let last: string | null = null;
  return perSentence.map((list) =>
    list.flatMap((a) => {
      if (a.kind === "outlet") last = a.source;
      if (a.kind !== "reference") return [a];
      return last ? [{ ...a, source: last, kind: "outlet" as const }] : [];
    }),
  );
}

/** Attributions in one sentence, most authoritative first (outlet, sources, documents, people). */
/** each rule's hint behind its gate (literal-gate.ts): most sentences credit nobody */
const RULE_HINTS = RULES.map((rule) => gated(rule.hint));
const reporting = gated(REPORTING);

export function findAttributions(sentence: string, publishers: Publisher[] = []): Attribution[] {
  const out: Attribution[] = [];
  for (const [k, rule] of RULES.entries()) {
    if (!RULE_HINTS[k]!(sentence)) continue;
    for (const m of sentence.matchAll(rule.re)) {
      // "according to Apple’s text-based evaluations": the owner of what is cited speaks
      const raw = (m.groups?.name ?? m.groups?.name2 ?? m.groups?.name3 ?? "").trim().replace(/['’]s$/u, "");
      const c = classify(raw, rule.kind, publishers);
      if (!c) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((a) => start < a.end && end > a.start)) continue;
      // "The New York Times said": the person pattern took the last words of an outlet's name
      if (c.kind === "person") {
        const outlet = outletEndingAt(sentence, start, raw, publishers);
        if (outlet) {
          out.push({ source: outlet.source, kind: "outlet", start: outlet.start, end });
          continue;
        }
      }
      const spokenTo =
        c.kind === "outlet" && rule.recipient?.(m[0], sentence.slice(Math.max(0, start - 60), start));
      out.push({ ...c, start, end, ...(spokenTo ? { recipient: true as const } : {}) });
    }
  }
  if (reporting(sentence) && mayNameOutlet(sentence)) {
    for (const m of sentence.matchAll(OUTLET_SCAN)) {
      const source = canonicalOutlet(m.groups?.name ?? "", publishers);
      const start = m.index;
      const end = m.index + m[0].length;
      if (!source || out.some((a) => start < a.end && end > a.start)) continue;
      // "told a New York Times columnist": a person of the outlet, not its reporting
      if (OUTLET_STAFF_AFTER.test(sentence.slice(end, end + 30))) continue;
      // "LONDON (Reuters) - …, the Financial Times reported": a dateline credits the whole copy
      // (agencyCredit), and only where the sentence names no source of its own
      if (inDateline(sentence, start, end)) continue;
      out.push({ source, kind: "outlet", start, end });
    }
  }
  return out.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
}

/** Whether the name at start..end stands in a dateline's brackets: "LONDON (Reuters) -" */
function inDateline(sentence: string, start: number, end: number): boolean {
  return (
    /\(\s*$/u.test(sentence.slice(Math.max(0, start - 3), start)) &&
    /^\s*(?:\/[^)]{0,20})?\)\s*[-–—]/u.test(sentence.slice(end, end + 30))
  );
}

/**
 * An agency's mark on the copy: a dateline "(Reuters) –", "(Bloomberg) --", "(dpa-AFX Broker) -", a byline "By
 * REUTERS", "Von dpa", or a closing "(dpa/jW)", "(AFP)", "— Bloomberg". The whole article is the
 * agency's report.
 */
const AGENCY_MARK =
  /(?:^|\s)\((?<a>[\p{L}][\p{L}\p{N}.-]{1,24})(?:\s+Broker)?(?:\s*\/\s*[\p{L}.-]{1,12}){0,2}\)\s*(?:[-–—]{1,2}|$)|^(?:By|Von)\s+(?<b>[\p{L}][\p{L}.-]{1,24})\s*$|(?:^|\s)[-–—]{1,2}\s*(?<c>[\p{Lu}][\p{L}.-]{1,24}(?:\s+News)?)\s*$/u;

export function agencyCredit(lines: string[], publishers: Publisher[] = []): string | null {
  for (const line of lines) {
    const m = AGENCY_MARK.exec(line.trim());
    const name = m?.groups?.a ?? m?.groups?.b ?? m?.groups?.c;
    if (!name) continue;
    const outlet = canonicalOutlet(name, publishers);
    if (outlet) return outlet;
  }
  return null;
}
