/**
 * Who a sentence says the claim comes from: an outlet ("berichtet das Wall Street Journal",
 * "according to Reuters"), anonymous sources ("laut Insidern", "people familiar with the matter"),
 * documents ("interne Tests belegen") or a named person ("erklärte CEO Mark Zuckerberg").
 */

import { OUTLETS } from "../knowledge/outlets";

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

const Q_OPEN = "[„“\"»«‚']?[\\s\\u00a0]?";
const Q_CLOSE = "[\\s\\u00a0]?[“”\"«»‘']?";
const CAP = "[\\p{Lu}][\\p{L}\\p{N}'’.&-]*";
/** A proper name: capitalised words, with "of", "the", "&" allowed between them. */
const NAME = `${Q_OPEN}(?:The\\s+)?${CAP}(?:\\s+(?:of\\s+|the\\s+|&\\s+|for\\s+)?${CAP}){0,5}${Q_CLOSE}`;
const OUTLET_NOUN =
  "(?:[\\p{L}]+-(?:Magazin|Zeitung|Portal|Sender|Nachrichtensender)|Nachrichtensender|Fernsehsender|Techportal|Newsportal|Onlinemagazin|Nachrichtenportal|Magazin|Zeitung|Wirtschaftszeitung|Tageszeitung|Nachrichtenagentur|Agentur|Finanzdienst|Portal|Branchendienst|Sender|Wirtschaftsmagazin|Fachmagazin|newspaper|magazine|news agency|outlet|publication|site)";
const ARTICLE = "(?:das|die|der|den|dem|des|the)";
const ROLE =
  "(?:CEO|Chef|Chefin|Konzernchef|Vorstandschef|Firmenchef|Gründer|Mitbegründer|Sprecher|Sprecherin|Forschungsleiter|Forschungsleiterin|Blogger|Bloggerin|[\\p{L}-]*Analyst|[\\p{L}-]*Analystin|Professor|Professorin|Assistenzprofessor|Experte|Expertin|Investor|Manager|Managerin|chief executive|spokesperson|spokeswoman|spokesman|analyst|founder|co-founder|president|professor|executive)";

// prettier-ignore
const ANONYMOUS_WORDS: Record<string, string> = {
  insidern: "Insider", insider: "Insider", kreisen: "Kreise", quellen: "Quellen", informanten: "Informanten",
  prognosen: "Prognosen", schätzungen: "Schätzungen", analysten: "Analysten", experten: "Experten",
  medienberichten: "Medienberichte", berichten: "Berichte", angaben: "Angaben", informationen: "Informationen",
  unterlagen: "Unterlagen", dokumenten: "Dokumente", beobachtern: "Beobachter", branchenkennern: "Branchenkenner",
  sources: "sources", insiders: "insiders", analysts: "analysts", estimates: "estimates", documents: "documents",
};
const DOCUMENT_WORDS = new Set([
  "Prognosen",
  "Schätzungen",
  "Unterlagen",
  "Dokumente",
  "estimates",
  "documents",
]);
// prettier-ignore
const QUANTIFIERS: Record<string, string> = {
  mehreren: "mehrere", einigen: "einige", verschiedenen: "verschiedene", zahlreichen: "zahlreiche",
  übereinstimmenden: "übereinstimmende", several: "several", multiple: "multiple",
};

interface Rule {
  /** a cheap test first: most sentences attribute nothing, and the name patterns are costly */
  hint: RegExp;
  re: RegExp;
  /** auto: decided by the name; known-outlet: only when the name is a known publisher */
  kind: AttributionKind | "auto" | "known-outlet";
  /** the outlet the match names is the one spoken to (see Attribution.recipient) */
  recipient?: (match: string, before: string) => boolean;
}

/** a speech verb shortly before "dem Handelsblatt": "sagte ein Sprecher dem Handelsblatt" */
const SPOKE_BEFORE =
  /(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|teilte|teilten|kündigte|schrieb|said|confirmed|wrote)\s+(?:\S+\s+){0,4}$/u;

const RULES: Rule[] = [
  // German outlets
  {
    hint: /berichte|meldet|schreibt|schrieb/,
    re: new RegExp(
      `(?:berichte[nt]?|berichtete|meldet|meldete|schreibt|schrieb)\\s+(?:${ARTICLE}\\s+)?(?:${OUTLET_NOUN}\\s+)?(?<name>${NAME})`,
      "gu",
    ),
    kind: "outlet",
  },
  {
    hint: /laut/i,
    re: new RegExp(
      `[Ll]aut\\s+(?:einem|dem|einer|der)\\s+(?:Bericht|Artikel|Meldung|Recherche)\\s+(?:des|der|von|im|in der)\\s+(?:${OUTLET_NOUN}s?\\s+)?(?<name>${NAME})`,
      "gu",
    ),
    kind: "outlet",
  },
  {
    hint: /berichtet|meldete|schrieb|schreibt/,
    re: new RegExp(
      `(?:wie|über den|über die|über das)\\s+(?:${ARTICLE}\\s+)?(?:${OUTLET_NOUN}\\s+)?(?<name>${NAME})\\s+(?:berichtet|berichtete|meldete|schrieb|schreibt)`,
      "gu",
    ),
    kind: "outlet",
  },
  // "erklärte eine Sprecherin dem Wall Street Journal", "told Reuters": only for known outlets
  {
    hint: /\b(?:dem|der|gegenüber|told|to the)\s/,
    re: new RegExp(
      `(?:\\b(?:dem|der)|gegenüber(?:\\s+(?:dem|der))?|told(?:\\s+the)?|to the)\\s+(?<name>${NAME})`,
      "gu",
    ),
    kind: "known-outlet",
    recipient: (match, before) => /^(?:told|gegenüber|to the)/u.test(match) || SPOKE_BEFORE.test(before),
  },
  // "nach Angaben des Handelsblatts", "wie aus Informationen von Bloomberg hervorgeht": known outlets only,
  // since "nach Angaben von Nimbus" is the company speaking
  {
    hint: /Angaben|Informationen/,
    re: new RegExp(
      `(?:[Nn]ach|[Ll]aut|aus)\\s+(?:den\\s+)?(?:Angaben|Informationen)\\s+(?:des|der|von|vom)\\s+(?:${OUTLET_NOUN}s?\\s+)?(?<name>${NAME})`,
      "gu",
    ),
    kind: "known-outlet",
  },
  // "a memo reviewed by Bloomberg News", "documents seen by Reuters", "ein Schreiben, das dem
  // Spiegel vorliegt", "die das Handelsblatt einsehen konnte": the outlet's reporting
  {
    hint: /reviewed by|seen by|obtained by|viewed by|vorlieg|einsehen/,
    re: new RegExp(
      `(?:reviewed|seen|obtained|viewed)\\s+by\\s+(?:the\\s+)?(?<name>${NAME})|(?:das|die|der|welche[sr]?)\\s+(?:dem|der|den)\\s+(?<name2>${NAME})\\s+(?:\\p{Ll}+\\s+){0,2}vorlieg(?:t|en)|(?:das|die|der|welche[sr]?)\\s+(?:das|die|der)\\s+(?:${OUTLET_NOUN}\\s+)?(?<name3>${NAME})\\s+(?:\\p{Ll}+\\s+){0,2}einsehen\\s+konnte`,
      "gu",
    ),
    kind: "known-outlet",
  },
  // "CNBC has learned", "wie The Information erfahren hat"
  {
    hint: /learned|learnt|erfahren/,
    re: new RegExp(
      `(?<name>(?:The\\s+)?${CAP}(?:\\s+${CAP}){0,4})\\s+(?:has|have|had)\\s+(?:learned|learnt)\\b|(?:wie|so)\\s+(?:${ARTICLE}\\s+)?(?:${OUTLET_NOUN}\\s+)?(?<name2>${NAME})\\s+(?:\\p{Ll}+\\s+){0,3}erfahren\\s+(?:hat|haben|haben will|will)`,
      "gu",
    ),
    kind: "known-outlet",
  },
  // Documents and anonymous sources
  {
    hint: /[Ii]ntern/,
    re: /(?<name>(?:[Ii]nterne|[Ii]nternal)\s+(?:Tests|Bewertungen|Dokumente|Unterlagen|Berechnungen|evaluations|tests|documents|memos?))\s+(?:belegen|zeigen|zeigten|deuten|legen|ergaben|show|showed|suggest|suggested|indicate|indicated)/gu,
    kind: "anonymous",
  },
  {
    hint: /familiar|close to|knowledge|briefed|aware of|involved in/i,
    re: /(?<name>(?:(?:a|one|two|three|several|multiple)\s+)?(?:people|person|sources?|persons|insiders?|individuals?|employees|executives|officials)\s+(?:(?:directly\s+|with\s+direct\s+)?(?:familiar with|close to|with knowledge of|briefed on|aware of|involved in))\s+(?:the\s+|its\s+|their\s+)?(?:matter|plans?|situation|company|talks|discussions|decision|deal|transaction|negotiations|project|process|thinking|effort|agreement))/giu,
    kind: "anonymous",
  },
  // "one of the people said", "sources said", "unnamed sources", "citing anonymous sources"
  {
    hint: /sources|people said|person said|insiders/i,
    re: /(?<name>(?:one of the (?:people|persons|sources)|(?:unnamed|anonymous|several|multiple|two|three)\s+(?:sources|people|insiders)|[Ss]ources))(?=\s+(?:said|say|says|told|claimed|claim|reportedly|confirm|confirmed|indicate|indicated)\b)|(?:citing|cited)\s+(?<name2>(?:unnamed|anonymous|several|multiple|two|three)?\s*(?:sources|people|insiders))/gu,
    kind: "anonymous",
  },
  // "Personen, die mit der Angelegenheit vertraut sind", "mit den Plänen vertrauten Kreisen"
  {
    hint: /vertraut/,
    re: /(?<name>(?:(?:eine|einer|zwei|drei|mehrere|mehreren)\s+)?(?:Personen|Person|Quellen|Quelle|Insidern|Insider|Kreisen|Kreise|Mitarbeitern|Mitarbeiter),\s+(?:die|der|das)\s+mit\s+(?:der|den|dem|die)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+vertraut\s+(?:ist|sind|seien|sei|war|waren)|mit\s+(?:der|den|dem)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+vertraute[nr]?\s+(?:Personen|Person|Kreisen|Kreise|Quellen|Insidern|Insider))/gu,
    kind: "anonymous",
  },
  {
    hint: /Verweis|Berufung/,
    re: /(?:mit Verweis auf|unter Berufung auf)\s+(?<name>(?:[\p{L}-]+\s+){0,2}?(?:Personen|Insider|Kreise|Quellen|Informanten)(?:,\s*die mit [\p{L}\s]{1,40}vertraut sind)?)/gu,
    kind: "anonymous",
  },
  // "laut X", "X zufolge", "according to X": an outlet, a person or sources, decided by the name
  {
    hint: /[Ll]aut\s/,
    re: new RegExp(
      `[Ll]aut\\s+(?:${ARTICLE}\\s+)?(?<name>${Q_OPEN}${CAP}(?:\\s+\\p{Ll}+(?:en|er|em|es)\\s+${CAP}|(?:\\s+${CAP}){0,4})${Q_CLOSE})(?:,\\s*(?:dem|der|des)\\s[^,]{1,60},)?`,
      "gu",
    ),
    kind: "auto",
  },
  {
    hint: /zufolge/,
    re: new RegExp(`(?<name>(?:[\\p{L}-]+\\s+){0,2}?${CAP})\\s+zufolge`, "gu"),
    kind: "auto",
  },
  {
    hint: /according to/i,
    re: new RegExp(
      `[Aa]ccording to\\s+(?:(?:a |an )?(?:report|reports|article|story|memo|filing|document)\\s+(?:by|in|from|seen by|obtained by)\\s+)?(?:the\\s+)?(?<name>${NAME})(?:,\\s*(?:the|a|an)\\s[^,]{1,60},)?`,
      "gu",
    ),
    kind: "auto",
  },
  {
    hint: /gemä(?:ß|ss)/,
    re: new RegExp(`gemä(?:ß|ss)\\s+(?:${ARTICLE}\\s+)?(?<name>${NAME})`, "gu"),
    kind: "auto",
  },
  {
    hint: /[Bb]ericht|report|newspaper|[Mm]agazin|[Zz]eitung/,
    re: new RegExp(
      `(?:(?:wie|so)\\s+(?:der|das|die)\\s+(?<name>Bericht|Magazin|Zeitung|Blatt|Portal)\\s+(?:angibt|schreibt|berichtet|meldet)|(?:the|that)\\s+(?<name2>report|newspaper|outlet|publication|magazine)\\s+(?:said|says|added|reported|notes|noted))`,
      "gu",
    ),
    kind: "reference",
  },
  // "Reuters was first to point out the error", "Bloomberg war als Erstes darauf gestoßen": a scoop credited
  {
    hint: /first to|als (?:Erste|erste)/,
    re: new RegExp(
      `(?<name>(?:The\\s+)?${CAP}(?:\\s+${CAP}){0,4})\\s+(?:was|were|had been|war|hatte)\\s+(?:the\\s+)?(?:first to (?:report|point out|reveal|disclose|break)|als (?:Erste[rs]?|erste[rs]?) (?:berichtet|darüber berichtet|gemeldet|aufgedeckt))`,
      "gu",
    ),
    kind: "known-outlet",
  },
  {
    hint: /reported by/,
    re: new RegExp(`(?:reported by|first reported by)\\s+(?:the\\s+)?(?<name>${NAME})`, "gu"),
    kind: "outlet",
  },
  {
    hint: /report/,
    re: new RegExp(
      `(?<name>(?:The\\s+)?${CAP}(?:\\s+${CAP}){0,4})\\s+(?:first\\s+)?(?:reported|reports|has reported)\\b`,
      "gu",
    ),
    kind: "outlet",
  },
  // "The Wall Street Journal said", "Reuters wrote": a known outlet speaking is its report
  {
    hint: /said|says|wrote|writes|noted|added|schrieb|schreibt/,
    re: new RegExp(
      `(?<name>(?:The\\s+)?${CAP}(?:\\s+${CAP}){0,4})(?:['’]s\\s+\\p{L}+(?:\\s+${CAP}){0,2})?\\s+(?:said|says|wrote|writes|noted|added)\\b`,
      "gu",
    ),
    kind: "known-outlet",
  },
  // Named people
  {
    hint: /erklärte|sagte|sagt|schrieb|betonte|bestätigte|kommentiert|prognostiziert|bemerkt|said|says|told|wrote|stated|confirmed/,
    re: new RegExp(
      `(?:erklärte|sagte|sagt|schrieb|betonte|bestätigte|kommentiert|kommentierte|prognostiziert|bemerkt|said|says|told|wrote|stated|confirmed)\\s+(?:(?:der|die|eine|ein|the)\\s+)?(?:${ROLE}\\s+)*(?<name>${CAP}(?:\\s+${CAP}){0,2})`,
      "gu",
    ),
    kind: "person",
  },
  {
    hint: /said|says|told|wrote|confirmed/,
    re: new RegExp(
      `(?<name>${CAP}\\s+${CAP})(?:,\\s[^,]{1,60},)?\\s+(?:said|says|told|wrote|confirmed)\\b`,
      "gu",
    ),
    kind: "person",
  },
];

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
  /report|accord|citing|cited|told|wrote|writes|revealed|scoop|[Bb]ericht|meldet|meldete|schreibt|schrieb|zufolge|[Ll]aut\s|erfahren|zitiert|Quellen|Insider|sources/u;
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
/** first words of the scanned names: the long pattern runs only on sentences holding one */
const SCANNED_FIRST = new Set(SCANNED.map((n) => n.split(/[^\p{L}\p{N}]+/u)[0]!));

function mayNameOutlet(sentence: string): boolean {
  return sentence.split(/[^\p{L}\p{N}]+/u).some((w) => SCANNED_FIRST.has(w));
}

const DOCUMENT_NOUN =
  /^(?:Klage\p{L}*|Klageschrift|Studie|Umfrage|Analyse|Mitteilung|Memo|Schreiben|Brief|Dokument\p{L}*|Unterlagen|Gerichtsunterlagen|Prognose\p{L}*|Statistik\p{L}*|lawsuit|complaint|filing|study|survey|memo|letter|\p{Lu}\p{Ll}+(?:ung|ungen|heit|keit|schaft|tion|tionen))$/u;
/** a sentence word after "said", "laut" that names nobody: "said Friday", "While reports …" */
const NOT_A_SOURCE =
  /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|While|When|After|Before|However|Although|Meanwhile|Earlier|Later|Last|This|That|It|He|She|They|We)$/u;

const ROLE_ONLY = new RegExp(`^${ROLE}$`, "u");

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
  if (kind === "known-outlet") return null;
  // "sagte eine Sprecherin", "said a spokesperson": an office, not a name; the company speaks
  if (ROLE_ONLY.test(name)) return null;
  const words = name.split(" ");
  const first = words[0] ?? "";
  const quantifier = QUANTIFIERS[first.toLowerCase()];
  if (quantifier) {
    words[0] = quantifier;
    name = words.join(" ");
  }
  const lastWord = (words.at(-1) ?? "").toLowerCase();
  const anonymous =
    ANONYMOUS_WORDS[first.toLowerCase()] ?? (words.length <= 2 ? ANONYMOUS_WORDS[lastWord] : undefined);
  if (anonymous && kind !== "outlet") {
    // "laut Prognosen Investitionen …": German capitalises nouns, so the name ends at the source word.
    const source = ANONYMOUS_WORDS[first.toLowerCase()] ? anonymous : name;
    return { source, kind: DOCUMENT_WORDS.has(anonymous) ? "document" : "anonymous" };
  }
  // "Der Klage zufolge", "according to the complaint": a document, not an outlet or a person
  if (words.length === 1 && DOCUMENT_NOUN.test(name)) return { source: name, kind: "document" };
  if (words.length === 1 && NOT_A_SOURCE.test(name)) return null;
  if (kind === "auto") {
    if (/^[\p{Lu}][\p{L}-]*s$/u.test(first) && words.length > 1 && /^\p{Ll}/u.test(words[1] ?? "")) {
      return { source: name, kind: "document" }; // "Metas internen Benchmarks"
    }
    const person = PEOPLE_NAME.test(name) && !/^The\s/.test(name); // "The Information" is an outlet
    return { source: stripRoles(name), kind: person ? "person" : "outlet" };
  }
  if (kind === "person") return { source: stripRoles(name), kind };
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
export function findAttributions(sentence: string, publishers: Publisher[] = []): Attribution[] {
  const out: Attribution[] = [];
  for (const rule of RULES) {
    if (!rule.hint.test(sentence)) continue;
    for (const m of sentence.matchAll(rule.re)) {
      const raw = m.groups?.name ?? m.groups?.name2 ?? m.groups?.name3 ?? "";
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
  if (REPORTING.test(sentence) && mayNameOutlet(sentence)) {
    for (const m of sentence.matchAll(OUTLET_SCAN)) {
      const source = canonicalOutlet(m.groups?.name ?? "", publishers);
      const start = m.index;
      const end = m.index + m[0].length;
      if (!source || out.some((a) => start < a.end && end > a.start)) continue;
      out.push({ source, kind: "outlet", start, end });
    }
  }
  return out.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
}

/**
 * An agency's mark on the copy: a dateline "(Reuters) –", "(Bloomberg) --", a byline "By
 * REUTERS", "Von dpa", or a closing "(dpa/jW)", "(AFP)". The whole article is the agency's report.
 */
const AGENCY_MARK =
  /(?:^|\s)\((?<a>[\p{L}][\p{L}\p{N}.-]{1,24})(?:\s*\/\s*[\p{L}.-]{1,12}){0,2}\)\s*(?:[-–—]{1,2}|$)|^(?:By|Von)\s+(?<b>[\p{L}][\p{L}.-]{1,24})\s*$/u;

export function agencyCredit(lines: string[], publishers: Publisher[] = []): string | null {
  for (const line of lines) {
    const m = AGENCY_MARK.exec(line.trim());
    const name = m?.groups?.a ?? m?.groups?.b;
    if (!name) continue;
    const outlet = canonicalOutlet(name, publishers);
    if (outlet) return outlet;
  }
  return null;
}
