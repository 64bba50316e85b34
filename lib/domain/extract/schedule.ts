/** The quote, the credited outlet and the planned / revised dates of a proposal. */
import type { FuzzyDate } from "../fuzzy-date.types";
import { agencyCredit, knownOutlet, type Publisher } from "./attribution";
import { ENGLISH_COMPANY_NOUN, GERMAN_COMPANY_NOUN } from "./company-nouns";
import { findCues, type CueHit } from "./cues";
import { type DateHit } from "./dates";
import { unionDates } from "./merge";
import { namesACompany } from "./roles";
import { EVENT_NOUN, EVEN_LATER, OWN_FIGURE, REFERENCE, RELATIVE_DAY, SCHEDULE_WORDS } from "./rules";
import { Info } from "./subjects";
import type { ExtractEventType } from "./types";

export function quoteRange(infos: Info[], i: number, withPrevious: boolean): { start: number; end: number } {
  const s = infos[i]!.s;
  const prev = infos[i - 1]?.s;
  if (withPrevious && prev && prev.paragraph === s.paragraph) return { start: prev.start, end: s.end };
  return { start: s.start, end: s.end };
}

/**
 * The outlet an article relays: the one it credits more than once and more often than any other.
 * (Crediting an outlet named once to every proposal of the article was tried: most of those
 * proposals were about other facts.)
 */
export interface ArticleOutlet {
  relayed: string | null;
  only: string | null;
  /** the agency whose copy the article is ("(Reuters) –", "(dpa/jW)") */
  agency: string | null;
}

export function articleOutlet(infos: Info[], publishers: Publisher[] = []): ArticleOutlet {
  const edges = [...infos.slice(0, 3), ...infos.slice(-1)].map((x) => x.s.text);
  const agency = agencyCredit(edges, publishers);
  const counts = new Map<string, number>();
  for (const info of infos)
    for (const a of info.attributions)
      if (a.kind === "outlet" && !a.recipient) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const only = first && !second ? first[0] : null;
  if (!first || (second && second[1] >= first[1]) || first[1] < 2) return { relayed: null, only, agency };
  return { relayed: first[0], only, agency };
}

/**
 * Reported speech: "soll … verschieben", "habe festgestellt", "reportedly", "is said to". Told
 * this way, a claim comes from the source the article names, even a paragraph away.
 */
const HEDGED =
  /\b(?:soll|sollen|solle|sollten|sei|seien|habe|hätten|werde|würden|offenbar|angeblich|demnach|wohl|möglicherweise|vermutlich|mutmaßlich|reportedly|allegedly|is said to|are said to|was said to|according to)\b/iu;

/**
 * A company speaking for itself: "teilte das Unternehmen mit", "Microsoft announced", "a Meta
 * spokesperson said", "nach eigenen Angaben". Such a sentence credits the company it names, or —
 * through "the company", "der Konzern" — the lab the story is about.
 */
const STATEMENT = new RegExp(
  String.raw`\b(?:announced|announces|announcement|confirmed|confirms|revealed|disclosed|(?:said|says) (?:on \w+ |in a \w+ |late \w+ )?(?:that )?(?:it|they)\b|(?:posted|wrote|said) on (?:X|Twitter|LinkedIn|Threads|Bluesky)\b|in einem (?:Beitrag|Post|Posting) auf|auf (?:X|LinkedIn|Threads) (?:schrieb|teilte|erklärte|kündigte)|in a (?:statement|blog ?post|post|memo|filing|press release)|(?:said|wrote|posted) (?:in|on) (?:a|its|his|her) |spokes(?:person|woman|man)|press release|the company said|the (?:two )?companies said|said the compan(?:y|ies)|said in a|told (?:staff|employees)|teilt\p{L}* (?:[\p{L}-]+ ){0,6}mit\b|(?:sagte|sagt|erklärte|erklärt|betonte|schrieb|so) (?:das|der|die) [\p{L}-]*${GERMAN_COMPANY_NOUN}\b|(?:said|says|added|wrote) the (?:[\p{L}-]+ )?[\p{L}-]*${ENGLISH_COMPANY_NOUN}\b|\bthe (?:[\p{L}-]+ ){0,4}${ENGLISH_COMPANY_NOUN} (?:said|says|announced|confirmed)\b|gab (?:\S+ ){0,12}bekannt|gibt (?:\S+ ){0,12}bekannt|bestätigt(?!er\b|es\b|em\b)\p{L}*|kündigt\p{L}* (?:\p{L}+ ){0,6}an\b|bekanntgab|bekanntgegeben|bekannt gegeben|verkündet\p{L}*|heißt es in (?:einer|der) (?:Erklärung|Stellungnahme|Mitteilung)|in einer (?:Erklärung|Stellungnahme)|mitteilte|mitgeteilt|nach eigenen Angaben|(?:Quartals|Geschäfts|Jahres|Halbjahres)bericht\p{L}*|(?:quarterly|annual|earnings) (?:report|filing)|eigenen Angaben zufolge|Mitteilung|Pressemitteilung|Blog(?:eintrag|beitrag|post)|Sprecher\p{L}*|erklärte (?:das Unternehmen|der Konzern|die Firma)|hieß es (?:von|bei|aus|in))`,
  "iu",
);
const COMPANY_WORD = new RegExp(
  String.raw`\b(?:[Tt]he ${ENGLISH_COMPANY_NOUN}|(?:[Dd]as|[Dd]er|[Dd]ie) ${GERMAN_COMPANY_NOUN})\b`,
  "u",
);

/**
 * The company spoke to an outlet ("Apple told CNBC"): not an outsider (an analyst, a regulator) and
 * not unnamed people ("Sources close to Apple told Bloomberg")
 */
function spokeToPress(info: Info): boolean {
  return (
    info.attributions.some((a) => a.recipient) &&
    !OUTSIDER.test(info.s.text) &&
    !UNNAMED_SPEAKERS.test(info.s.text)
  );
}

/** STATEMENT read once per sentence: every proposal of a paragraph asks about the same ones */
const statements = new WeakMap<Info, boolean>();
function isStatement(info: Info): boolean {
  let yes = statements.get(info);
  if (yes === undefined) {
    // "Apple told CNBC": a company speaking to an outlet makes a statement
    // an analyst, critic or blogger speaking (to the press or in a post) is not the company
    const outsider = OUTSIDER.test(info.s.text);
    yes = (STATEMENT.test(info.s.text) || spokeToPress(info)) && !outsider && !NO_COMMENT.test(info.s.text);
    statements.set(info, yes);
  }
  return yes;
}

const cueHits = new WeakMap<Info, CueHit[]>();
function cuesIn(info: Info): CueHit[] {
  let hits = cueHits.get(info);
  if (!hits) {
    hits = findCues(
      info.s.text,
      info.roles.some((r) => r.mention.kind !== "lab"),
    );
    cueHits.set(info, hits);
  }
  return hits;
}

/**
 * The statement of the paragraph in which the company speaks for itself, or null: the sentence
 * names the lab, or only "the company", or is the proposal's own sentence.
 */
function statementOf(infos: Info[], i: number, lab: string, type?: ExtractEventType): Info | null {
  // a share price's move is the market's, never a statement of the company
  if (type === "stock_move") return null;
  const says = (k: number) => {
    const info = infos[k];
    if (!info || !isStatement(info)) return false;
    const labs = new Set(info.roles.filter((r) => !r.comparison).map((r) => r.mention.lab));
    // "teilte das Dax-Schwergewicht mit": a company named by what it is speaks for the story's lab
    const company = COMPANY_WORD.test(info.s.text) || namesACompany(info.s.text);
    return labs.has(lab) || (labs.size === 0 && (company || k === i));
  };
  // the paragraph first; elsewhere in the article only a statement that names the lab and
  // speaks of the same kind of fact ("Amazon announced the investment" for an investment)
  const paragraph = infos[i]!.s.paragraph;
  const near = infos.find((info, k) => info.s.paragraph === paragraph && says(k));
  if (near || !type) return near ?? null;
  const sameFact = infos.find(
    (info) =>
      isStatement(info) &&
      info.roles.some((r) => !r.comparison && r.mention.lab === lab) &&
      cuesIn(info).some((c) => c.type === type),
  );
  if (sameFact || i > LEAD) return sameFact ?? null;
  // the article's lead fact: the company's response anywhere in the article is about it ("a
  // spokesperson told CNBC", "in a statement"), when it names the lab or no lab at all
  return (
    infos.find((info) => {
      if (!RESPONSE.test(info.s.text) && !spokeToPress(info)) return false;
      // "Italy's antitrust body said in a statement": an authority's statement is not the company's
      if (NO_COMMENT.test(info.s.text) || OUTSIDER.test(info.s.text)) return false;
      const labs = new Set(info.roles.filter((r) => !r.comparison).map((r) => r.mention.lab));
      return labs.has(lab) || labs.size === 0;
    }) ?? null
  );
}

/** someone outside the company speaking to the press: "sagte Blogger X gegenüber AFP" */
const OUTSIDER =
  /\b(?:Australia|Italy|France|Germany|China|India|Japan|South Korea|Korea|Taiwan|Canada|Britain|Indonesia|Malaysia|Australien|Italien|Frankreich|Deutschland|Indien|Kanada|Großbritannien|Peking|Beijing|Washington|Brussels|Brüssel|the US|the United States|the government|die USA|die Bundesregierung|die Regierung) (?:has |have |had |hat )?(?:announced|said|says|ordered|kündigte|erklärte|teilte|verkündete)\b|\b(?:analyst|Analyst\p{L}*|blogger|Blogger\p{L}*|professor|Professor\p{L}*|expert|Expert\p{L}*|researcher|Forscher\p{L}*|investor|Investor\p{L}*|critic|Kritiker\p{L}*|lawyer|Anwalt|Anwältin)\b|\b(?:Behörden(?:präsident|chef|leiter)\p{L}*|Kartellamt\p{L}*|Bundeskartellamt\p{L}*|Verein|Verband|Verbraucherschütz\p{L}*|Datenschutzorganisation|Bürgerrechtsorganisation|advocacy group|nonprofit|non-profit|campaign group|privacy group)\b|\b(?:the|der|die|das) (?:\S+ )?(?:group|Organisation|Gruppe|NGO) (?:said|says|erklärte|teilte|kritisierte)\b|\b(?:Mitteilung|Erklärung|Stellungnahme|statement|announcement|press release) (?:of|from|by|der|des|von der|vom) (?:the )?(?:\S+ ){0,2}(?:Behörde|Aufsicht\p{L}*|Kommission|Gericht\p{L}*|Regierung|Ministerium\p{L}*|regulator|authority|commission|court|government|ministry|watchdog|agency)\b|\b(?:teilte|sagte|erklärte|betonte|schrieb|so) (?:die|der|das) [\p{L}-]*(?:[Bb]ehörde|[Aa]ufsicht|Staatsanwaltschaft|Ministerium|Gericht|Kommission|Regierung)\b|\bthe (?:\S+ ){0,2}(?:regulator|authority|agency|ministry|court|commission|government|prosecutors?|watchdog) (?:said|says|announced|stated)\b|\b(?:antitrust|competition|privacy|data[- ]protection|regulatory) (?:body|regulator|authority|agency|watchdog|commission)(?: \p{Lu}[\p{L}]*)? (?:said|says|announced|stated|confirmed)\b|\b(?:wie|so) (?:die|der|das) [\p{L}-]*(?:[Bb]ehörde|[Aa]ufsicht|Staatsanwaltschaft|Ministerium|Gericht|Kommission|Regierung) (?:\S+ ){0,3}(?:mitteilte|mitteilt|erklärte|sagte|bekannt gab)\b/iu;

/** people the press does not name: "sources close to Apple", "people familiar with", "Insider" */
const UNNAMED_SPEAKERS =
  /\b(?:sources?|people (?:familiar|close|with knowledge)|insiders?|Insider\p{L}*|Quellen|Kreise\p{L}*|vertraute\p{L}* Personen)\b/iu;

/** a spokesperson who said nothing: "declined to comment", "wollte sich nicht äußern" */
const NO_COMMENT =
  /declined to comment|\b(?:has|have|had|did) not (?:yet )?(?:confirmed|commented|responded)\b|\bhat (?:\S+ )?(?:noch )?nicht bestätigt\b|(?:did not|didn['’]t) (?:immediately )?(?:respond|reply|return)|could not be reached|no comment|not available for comment|nicht kommentieren|keine Stellungnahme|nicht (?:dazu )?äußern|äußerte sich (?:zunächst )?nicht|ließ (?:\p{L}+ ){0,3}unbeantwortet|reagierte (?:zunächst )?nicht/iu;

/** sentences up to this index (the headline is 0) tell the article's lead fact */
const LEAD = 3;
/** a company answering the press: its spokesperson, a statement, "declined to comment" is not one */
const RESPONSE =
  /\b(?:spokes(?:person|woman|man)|in an? (?:\p{L}+ )?statement|company statement|Sprecher\p{L}*|Stellungnahme|in einer (?:\p{L}+ )?Erklärung|teilte (?:\p{L}+ ){0,4}mit)\b/iu;

export function statementBy(infos: Info[], i: number, lab: string): boolean {
  return statementOf(infos, i, lab) !== null;
}

// a name, not a date: "Ende Juli kündigte das Unternehmen an" names no one
const PERSON =
  "(?!(?:Anfang|Mitte|Ende|Beginn|Early|Mid|Late|End)\\s)[\\p{Lu}][\\p{Ll}'’-]+(?:\\s+(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December)\\b)[\\p{Lu}][\\p{Ll}'’-]+){1,2}";
const OFFICE =
  "(?:CEO|chief executive|founder|co-founder|president|chairman|spokes(?:person|woman|man)|head of \\S+|Chef\\p{L}*|Konzernchef\\p{L}*|Gründer\\p{L}*|Mitgründer\\p{L}*|Sprecher\\p{L}*|Vorstandschef\\p{L}*)";
/** "Sam Altman, CEO of the ChatGPT maker, …", "Sprecherin Jane Doe", "Sam Altman announced" */
const SPEAKER = new RegExp(
  `(?<a>${PERSON}),\\s+(?:the\\s+|der\\s+|die\\s+)?(?:\\p{L}+\\s+)?${OFFICE}|${OFFICE}\\s+(?<b>${PERSON})|(?<c>${PERSON})\\s+(?:announced|posted|wrote|confirmed|kündigte|bestätigte|verkündete)\\b`,
  "u",
);

/**
 * Who speaks in a company's statement, when the sentence names them by office: the labelling
 * rules credit "Apple (Jacqueline Roy)", the company and the person speaking for it.
 */
function speakerOf(statement: Info): string | null {
  const person = statement.attributions.find((a) => a.kind === "person");
  if (person) return person.source;
  const m = SPEAKER.exec(statement.s.text);
  return m?.groups?.a ?? m?.groups?.b ?? m?.groups?.c ?? null;
}

const SPEAKS_OF_REPORTS =
  /(?:^|[^\p{L}])(?:Berichte|Medienberichte|Berichten zufolge|reports|reportedly)(?![\p{L}])/iu;
const BACK_REFERENCE = /\b(?:dies|das|davon|darüber|this|that|the news|the plans?|the move)\b/u;
/** "The cuts, first reported by Axios, …", "Die Pläne hatte zuerst Bloomberg gemeldet": the fact of the sentence before, named again */
const FACT_NAMED_AGAIN =
  /^(?:(?:Über|About|On)\s+(?:den|die|das|the)\s+|The\s+|These\s+|Die\s+|Der\s+|Diese[rn]?\s+)(?:\S+\s+)?(?:news|cuts|layoffs|job cuts|move|decision|plans?|deal|report|step|changes|delay|round|departure|exit|Nachricht|Meldung|Schritt|Entscheidung|Pläne|Plan|Kürzungen|Einschnitte|Entlassungen|Verschiebung|Runde|Personalwechsel|Wechsel|Abgang|Weggang)\b/u;

/**
 * Who a proposal's claim is credited to, best first: an outlet or person the sentence names; an
 * outlet the paragraph credits; the outlet the article relays; the company itself when it made
 * the statement; the anonymous sources the sentence cites.
 */
export function reportedByFor(
  infos: Info[],
  i: number,
  quoteStart: number,
  article: {
    /** null for background: the article's outlet reports its news, not its context */
    outlets: ArticleOutlet | null;
    lab: string | null;
    labName: string | null;
    type?: ExtractEventType;
  },
): string | null {
  const own = infos[i]!;
  // "Bloomberg, Reuters and Tom's Hardware, citing The Information, report …": the outlet the
  // others cite first reported it
  const cited = own.attributions.find(
    (a) => a.kind === "outlet" && CITING_BEFORE.test(own.s.text.slice(Math.max(0, a.start - 30), a.start)),
  );
  if (cited) return cited.source;
  const outletOrPerson = own.attributions.find(
    (a) => (a.kind === "outlet" && !a.recipient) || a.kind === "person",
  );
  if (outletOrPerson) return outletOrPerson.source;
  // "according to a person familiar with the matter": the sentence names its own sources, so
  // an outlet credited elsewhere in the paragraph or the article is not this claim's source
  const anonymous = own.attributions.find((a) => a.kind === "anonymous");
  // "So berichten Mitarbeitende gegenüber Fortune", "two sources told Insider": unnamed people
  // speaking to an outlet are that outlet's reporting
  const toldOutlet = own.attributions.find((a) => a.kind === "outlet" && a.recipient);
  if (anonymous && toldOutlet) return toldOutlet.source;
  if (anonymous) return anonymous.source;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const info = infos[j]!;
    if (info.s.paragraph !== own.s.paragraph) break;
    const a = info.attributions.find(
      (x) => (x.kind === "outlet" && !x.recipient) || (x.kind === "person" && info.s.start >= quoteStart),
    );
    if (a) return a.source;
  }
  // "… verzögert sich erneut. Das Magazin Bloomberg meldet dies …": the next sentence names the
  // source of this one, also when it opens the next paragraph
  const next = infos[i + 1];
  const nextOutlet = next?.attributions.find((x) => x.kind === "outlet" && !x.recipient);
  // the headline's fact is the lead's: "Meta to Lay Off 600 … / Meta is cutting around 600
  // employees …, Reuters reported" credits Reuters with the headline too
  if (i === 0 && nextOutlet && next!.s.paragraph === own.s.paragraph + 1) return nextOutlet.source;
  if (next && nextOutlet) {
    const namedAgain = FACT_NAMED_AGAIN.test(next.s.text);
    const backReference = BACK_REFERENCE.test(next.s.text);
    if (
      (/^(?:Das|Dies|Diese|Es|This|That|It)\s/u.test(next.s.text) ||
        namedAgain ||
        (next.s.paragraph === own.s.paragraph + 1 && backReference) ||
        // "Berichte über eine erneute Verzögerung … Nachdem Bloomberg … berichtet hatte": reports the
        // sentence speaks of, named by the next one
        (next.s.paragraph === own.s.paragraph && SPEAKS_OF_REPORTS.test(own.s.text))) &&
      (next.s.paragraph === own.s.paragraph || backReference || namedAgain)
    )
      return nextOutlet.source;
  }
  const outlets = article.outlets;
  if (outlets?.relayed) return outlets.relayed;
  if (outlets?.only && HEDGED.test(own.s.text)) return outlets.only;
  if (article.lab && article.labName) {
    const statement = statementOf(infos, i, article.lab, article.type);
    if (statement) {
      const speaker = speakerOf(statement);
      return speaker && !speaker.includes(article.labName)
        ? `${article.labName} (${speaker})`
        : article.labName;
    }
  }
  return own.attributions[0]?.source ?? outlets?.agency ?? null;
}

/** "citing The Information", "unter Berufung auf das Wall Street Journal" */
const CITING_BEFORE =
  /(?:\bciting|\bcited|\bquoting|unter Berufung auf|mit Berufung auf|beruf\p{L}* sich auf)\s+(?:the\s+|das\s+|die\s+|den\s+|dem\s+)?$/iu;

/** "told CNBC", "gegenüber dem Sender": the outlet a company spoke to, not one that reports */
const TOLD = /(?:^|\s)(?:told|[Gg]egenüber)\s+(?:\S+\s+){0,2}$|^(?:told|to the|[Gg]egenüber|dem|der)\s/u;
/** "as reported by India Today", "berichtet das Magazin X": a span that itself says reporting */
const REPORTED = /report|[Bb]ericht|meldet|schreibt|schrieb/u;

const MONEY_TYPES = new Set<ExtractEventType>(["investment", "acquisition"]);
const DOLLAR_SUM =
  /(?:US\$|\$)\s?\d|\d[\d.,]*\s?(?:billion|million|bn|Milliarden|Millionen|Mrd\.|Mio\.)\s+(?:US-)?(?:Dollar|USD)/u;

/**
 * "the delay", "die Verzögerung": a fact already proposed, named again, is not proposed again —
 * unless the noun takes its own dollar figure ("that additional investment of $2.75 billion"):
 * merging then keeps the more precise amount, or two amounts far apart stay two facts. A known
 * outlet named with the retold fact ("Der Stellenabbau betrifft 17 Prozent, wie Business Insider
 * berichtet") credits the proposal already made.
 */
export function retoldFact(
  cue: CueHit,
  info: Info,
  drafts: {
    type: ExtractEventType;
    lab: string | null;
    background?: boolean;
    reportedBy: string | null;
    amountUsd: number | null;
  }[],
  publishers: Publisher[],
): boolean {
  const text = info.s.text;
  const end = cue.index + cue.length;
  const before = text.slice(Math.max(0, cue.index - 40), cue.index);
  // the cue's whole word: "Übernahm" of the verb's pattern is the noun "Übernahme" here
  const wordEnd = end + (/^\p{L}*/u.exec(text.slice(end))?.[0].length ?? 0);
  if (
    !EVENT_NOUN.test(text.slice(cue.index, wordEnd)) ||
    !(
      // "Apple's departure from the talks": a lab's own fact, not one named again (ownersEarlier decides)
      (REFERENCE.test(before) && !ownerOf(cue, info) && drafts.some((d) => d.type === cue.type)) ||
      ownersEarlier(cue, info, drafts)
    ) ||
    OWN_FIGURE.test(text.slice(end, end + 30)) ||
    // "… but sources have revealed that the investment will total $10 billion": the sum the fact
    // lacked; a proposal of its own, merged with the earlier one
    (MONEY_TYPES.has(cue.type) &&
      DOLLAR_SUM.test(text) &&
      drafts.findLast((d) => d.type === cue.type && !d.background)?.amountUsd === null)
  )
    return false;
  const outlet = info.attributions.find((a) => a.kind === "outlet" && knownOutlet(a.source, publishers));
  const earlier = drafts.findLast((d) => d.type === cue.type && !d.background);
  if (outlet && earlier && !earlier.reportedBy) earlier.reportedBy = outlet.source;
  return true;
}

/**
 * "Google's investment includes $500 million upfront": a lab's fact named with its owner, when that
 * lab's fact of this type is already proposed
 */
/** the lab whose "'s" stands before the cue ("Google's investment"), if one does */
function ownerOf(cue: CueHit, info: Info) {
  return info.roles.find((r) => {
    // the name's match may hold its "'s"
    const from = info.s.text.slice(r.mention.start - info.s.start, cue.index);
    return /^[^\s'’]+(?:\s[^\s'’]+){0,2}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(from);
  });
}

function ownersEarlier(
  cue: CueHit,
  info: Info,
  drafts: { type: ExtractEventType; lab: string | null }[],
): boolean {
  const owner = ownerOf(cue, info);
  return owner !== undefined && drafts.some((d) => d.type === cue.type && d.lab === owner.mention.lab);
}

/**
 * The one known outlet the article credits in the sentences that name the event's model: "Gemini's launch
 * has been rescheduled, as reported by India Today" credits the headline's news about Gemini too.
 * A sentence that tells another kind of fact (`otherFact`) credits that fact, not this one. Null
 * when no sentence or several outlets do.
 */
export function outletForModel(
  infos: Info[],
  event: { type: ExtractEventType; model: string | null; background?: boolean },
  familyOf: (model: string) => string | undefined,
  publishers: Publisher[],
  cuesAt: (k: number) => CueHit[],
): string | null {
  const { model } = event;
  if (!model || event.background) return null;
  const family = familyOf(model);
  const otherFact = (k: number) => cuesAt(k).some((c) => c.type !== event.type);
  const outlets = new Set<string>();
  infos.forEach((info, k) => {
    const names = info.roles.some(
      (r) => r.mention.kind !== "lab" && (r.mention.slug === model || r.mention.slug === family),
    );
    if (!names) return;
    const credited = info.attributions.filter(
      (a) =>
        a.kind === "outlet" &&
        !TOLD.test(info.s.text.slice(Math.max(0, a.start - 40), a.start)) &&
        !TOLD.test(info.s.text.slice(a.start, a.end)) &&
        (knownOutlet(a.source, publishers) || REPORTED.test(info.s.text.slice(a.start, a.end))),
    );
    if (credited.length > 0 && !otherFact(k)) for (const a of credited) outlets.add(a.source);
  });
  return outlets.size === 1 ? [...outlets][0]! : null;
}

/** For a delay: the plans of the sentence and of the following ones that talk about the schedule. */
export function scheduleFor(
  infos: Info[],
  i: number,
  quoteEnd: number,
  dates: (k: number) => DateHit[],
): { planned: FuzzyDate[]; end: number } {
  const planned = dates(i)
    .filter((h) => !h.anchor && !RELATIVE_DAY.test(h.date.text))
    .map((h) => h.date);
  let end = quoteEnd;
  const own = infos[i]!.s;
  for (let k = i + 1; k <= i + 2; k++) {
    const next = infos[k];
    if (!next || next.s.paragraph !== own.paragraph) break;
    const more = dates(k).filter((h) => !h.anchor && !RELATIVE_DAY.test(h.date.text));
    if (more.length > 0 && SCHEDULE_WORDS.test(next.s.text) && findCues(next.s.text, false).length === 0) {
      planned.push(...more.map((h) => h.date));
      end = next.s.end;
    } else if (more.length === 0 && EVEN_LATER.test(next.s.text) && planned.length > 0) {
      const last = planned.at(-1)!;
      planned[planned.length - 1] = { ...last, openEnd: true };
      end = next.s.end;
      break;
    } else {
      break;
    }
  }
  return { planned: unionDates(planned), end };
}
