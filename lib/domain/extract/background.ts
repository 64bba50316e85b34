/** Whether a sentence tells background (an earlier, already-known fact) rather than news. */
import { addDays } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import { ALREADY_CLAUSE, BACKGROUND_DAYS, BACKGROUND_WORDS, HABIT } from "./rules";
import { mostPrecise, type DateHit } from "./dates";
import type { Draft } from "./merge";
import type { Sentence } from "./sentences";
import type { ExtractEventType } from "./types";

// "seit 2023", "mittlerweile", "für 2024 vorgesehen": a period running up to the news, or a plan
// ("has since embedded" says the fact before it is older: no period)
export const ONGOING =
  /\b(?:seit|(?<!\b(?:has|have|had) )since|over the past|in the past (?:few|several)|in den (?:vergangenen|letzten)|mittlerweile|inzwischen|now|vorgesehen|geplant|plant|plans?|planned|expected|erwartet)\b/iu;

/**
 * The past perfect places a fact before the news the article tells: "Mistral hatte im Juni 2023
 * 105 Millionen eingesammelt", "war … verschoben worden", "war zu Google gewechselt" (the perfect
 * with "sein" of verbs of motion and change), "had invested $1 billion". News is told
 * in the simple past or the present perfect.
 */
const PAST_PERFECT =
  /(?:\bhatte(?:n)?\b|\bwar(?:en)?\s(?:[^,;:]+\s)?\p{L}+\sworden\b|\bwar(?:en)?\s(?:[^,;:]+\s)?(?:gewesen|gegangen|gewechselt|zurückgetreten|ausgeschieden|ausgestiegen|eingestiegen|gestiegen|gefallen|gesunken|abgesprungen|übergelaufen)\b|\bhad\s(?:already\s|previously\s|earlier\s|also\s|reportedly\s|allegedly\s|apparently\s|once\s)?(?!to\b|been\s(?:expected|planned|scheduled|slated|due|supposed)\b)\p{L}+(?:ed|en|wn|ne|id|ld|lt|nt|ght|ok|de|un)\b)/iu;
/**
 * Reported speech shifts the tense back: "the authority said on Thursday it had blocked the app",
 * "added that it had opened an investigation" report news in the past perfect.
 */
const BACKSHIFT =
  /\b(?:said|says|added|told|announced|confirmed|stated|wrote|explained|noted|disclosed|claimed|claims|insisted|alleged)\b(?:\s+\S+){0,6}?\s+(?:that|it|they|he|she)\s/iu;
/**
 * "Gemini falsely claimed that the vote had been moved": a cue that is itself a way of saying
 * something puts what is said in the past perfect ("… slumped since it disclosed it had sold" is
 * not such a cue: the report stands far from it)
 */
function reportsPerfect(sentence: string, cueAt: number): boolean {
  const rest = sentence.slice(cueAt);
  const report = BACKSHIFT.exec(rest);
  if (!report || report.index > 24) return false;
  const perfect = PAST_PERFECT.exec(rest);
  return perfect !== null && report.index < perfect.index;
}

/**
 * A delay is told with the plan it breaks: "had planned to ship in May", "hatte … angekündigt".
 * Those past perfects are the plan, not an earlier fact.
 */
const PLAN_WORDS =
  /(?:plan\p{L}*|geplant|angekündigt|vorgesehen|angepeilt|versprochen|in Aussicht gestellt|announced|promised|said|expected|targeted|intended|aimed|hoped|hatte(?:n)? (?:\S+ ){0,3}(?:sollen|wollen))/iu;
/** what a comparison adds at a clause's end: "… than the company had claimed", "… schlechter als erhofft" */
const COMPARISON_TAIL = /(?:\bthan\b|\b\p{L}+er als\b).*$/iu;
/** a clause ends at a comma, semicolon, colon or dash; "dass"/"that" clauses start at their comma */
// "Investor:innen", "Kolleg:innen": the colon of a German gender form ends no clause
const CLAUSE_END = /[,;–—()]|:(?!in(?:nen)?(?![\p{L}]))/gu;

/** "(Lidl und Kaufland)": an aside in brackets, blanked when the cue stands outside it */
const BRACKETED = /\([^()]*\)/gu;

/**
 * Where the clause around the cue starts and ends in the sentence. With `throughBrackets`, an
 * aside in brackets the cue stands outside does not end its clause ("war … von der Schwarz-Gruppe
 * (Lidl und Kaufland) zum Start-up gewechselt"): the tense is read across it.
 */
function clauseSpan(sentence: string, at: number, throughBrackets = false): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  const masked =
    throughBrackets && sentence.includes("(")
      ? sentence.replace(BRACKETED, (m, offset: number) =>
          at > offset && at < offset + m.length ? m : " ".repeat(m.length),
        )
      : sentence;
  for (const m of masked.matchAll(CLAUSE_END)) {
    if (m.index < at) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const RELATIVE_OPENER =
  /^\s*(?:which|who|that|whose|der|die|das|welche[rs]?|deren|dessen|(?:in|an|bei|mit|von|auf) (?:dem|der|denen))\s/iu;

/** A place in a relative clause (", which debuted in late 2024", ", die 2023 gegründet wurde"). */
export function inRelativeClause(sentence: string, at: number): boolean {
  const { start } = clauseSpan(sentence, at);
  return start > 0 && sentence[start - 1] === "," && RELATIVE_OPENER.test(sentence.slice(start));
}

// "Nachdem im Dezember … geflossen war, sicherte sich Mistral …", "After it had raised … in
// March, …": a clause of time in the past perfect tells of an earlier fact than the main clause
// ("Nachdem die Gründer diese Woche zu Microsoft wechselten, verlässt nun …" is of the same days)
const TIME_CLAUSE = /^\s*(?:nachdem|after)\s/iu;

/** A place in an earlier clause of time ("Nachdem … war, ") that the cue at `cueAt` stands outside. */
export function inOtherTimeClause(sentence: string, at: number, cueAt: number): boolean {
  const { start, end } = clauseSpan(sentence, at, true);
  const clause = sentence.slice(start, end);
  return (
    (cueAt < start || cueAt >= end) &&
    TIME_CLAUSE.test(clause) &&
    (PAST_PERFECT.test(clause) || CLAUSE_END_PLUPERFECT.test(clause))
  );
}

/** the German subordinate clause puts its auxiliary last: "… geflossen war", "… verloren hatte" */
const CLAUSE_END_PLUPERFECT = /\s(?:war|waren|hatte|hatten)\s*$/u;

/** The clause of the sentence around the cue. */
export function clauseAt(sentence: string, at: number): string {
  const { start, end } = clauseSpan(sentence, at);
  return sentence.slice(start, end);
}

/**
 * A clause that goes on from the one before it ("whether the market rejected it, or the tech fell
 * short", "a broader trend among startups like Inflection, which was acqui-hired") or one that an
 * opening phrase governs ("Like other AI companies, Anthropic's deals have come under scrutiny")
 * is read together with that clause: the wondering or generalising word there covers it too.
 */
const CONTINUES =
  /^\s*(?:or|oder|and|und|nor|which|that|who|whose|where|die|der|das|den|dem|welche\p{L}*|wo)\b/iu;
// "If the talks fail, …", "Falls die Gespräche scheitern, …": the condition governs the main clause
const OPENING = /^\s*(?:like|unlike|as with|as for|wie|ähnlich wie|genau wie|if|unless|falls|sofern)\b/iu;

/** The cue's clause, with the clause before it when it continues that one or the sentence opens with it. */
export function governingClause(sentence: string, at: number): string {
  const { start, end } = governingSpan(sentence, at);
  return sentence.slice(start, end);
}

/** Where governingClause lies in the sentence. */
export function governingSpan(sentence: string, at: number): { start: number; end: number } {
  const own = clauseSpan(sentence, at);
  if (own.start === 0) return { start: 0, end: own.end };
  const previous = clauseSpan(sentence, own.start - 1);
  const joined = CONTINUES.test(sentence.slice(own.start, own.end));
  const opening = previous.start === 0 && OPENING.test(sentence.slice(0, previous.end));
  return { start: joined || opening ? previous.start : own.start, end: own.end };
}

const PRECEDENT =
  /\b(?:(?:a|an|einen|einem|einer|eine)\s+(?:similar|comparable|ähnlich\p{L}*|vergleichbar\p{L}*)\s+(?:deal|agreement|move|act|step|decision|transaction|arrangement|Deal|Vereinbarung|Schritt|Entscheidung|Geschäft|Transaktion))\b/u;

/**
 * A sentence that sets a company beside the news as doing "the same" gives an example, not news:
 * "Auch Meta verfolgt diese Strategie: Das Unternehmen übernahm …", "Google took a similar approach
 * last year, buying …". Only the words before the cue count; a clause saying "now" is news again.
 */
const SAME_STRATEGY =
  /\b(?:(?:this|the same|a similar|that) (?:strategy|approach|playbook|route|path|tactic)|did (?:the same|likewise|something similar)|(?:diese|dieselbe|die gleiche|eine ähnliche|ähnliche) (?:Strategie|Taktik|Vorgehensweise)|(?:diesen|den gleichen|denselben|einen ähnlichen) (?:Weg|Ansatz|Kurs)|(?:tat|machte) es (?:\S+ ){0,2}(?:gleich|ähnlich))/iu;

/**
 * A relative clause in the past in the middle of a sentence: ", which raised …", ", das 2023 …
 * investiert hatte". One in the present ("which is cutting 200 jobs") can carry the news.
 */
const RECAP_RELATIVE =
  /^\s*(?:(?:which|who) (?:\S+ ){0,3}(?:has|had|was|were|\p{L}+ed|raised|bought|sold|won|lost|took|made|paid|spent|left|became)\b|(?:welche[rs]?|(?:der|die|das) (?=\p{Ll}|\d))(?:\S+ ){0,10}(?:hatte|hatten|hat|haben|war|waren|wurde|wurden)\s*$)/u;

/**
 * Totals so far are the sum of earlier rounds, not a new one: "Bisher sammelte … ein",
 * "bringing its total investment to $4 billion", "have raised $2.7 billion so far this year".
 */
// "Der insgesamt 38 Milliarden Dollar schwere Deal": the whole of one deal, not a total so far
const CUMULATIVE =
  /\b(?:bisher|bislang|insgesamt(?! (?:\S+ ){0,4}schwere)|so far|to date|in total|a total of|total (?:investment|funding))\b/iu;

const THIS_ROUND =
  /\b(?:(?:In|in) der (?:\S+ )?(?:Finanzierungsrunde|Runde)|in the (?:\S+ )?(?:funding )?round)\b/u;

/** every past perfect of a sentence, compiled once (matchAll copies it, so its lastIndex is safe) */
const PAST_PERFECTS = new RegExp(PAST_PERFECT.source, "giu");

/**
 * Whether the past perfect's own verb is the cue: "war … verschoben worden", "had been delayed",
 * "had postponed". The plan beside it ("die für Juli geplante Veröffentlichung") does not make
 * such a clause the plan; the delay itself is told as earlier than the news.
 */
function perfectIsCue(sentence: string, cueAt: number): boolean {
  for (const m of sentence.matchAll(PAST_PERFECTS)) {
    // "hatte" leaves its participle at the clause's end; "had planned" is the plan itself
    if (/^(?:hatte|hatten)$/iu.test(m[0]) || PLAN_WORDS.test(m[0])) continue;
    const end = m.index + m[0].length;
    // the cue inside "war … verschoben worden", or right after "had (been)"
    if (cueAt >= m.index && cueAt < end) return true;
    if (cueAt >= end && /^\s*$/u.test(sentence.slice(end, cueAt)) && /\bbeen$/iu.test(m[0])) return true;
  }
  return false;
}

/**
 * "immer wieder falsche Ergebnisse", "repeatedly produced misleading headlines": a weak product or
 * a stir is news that recurs, so "again and again" tells the news itself, not earlier cases.
 */
const RECURRING = /\b(?:immer wieder|repeatedly|time and (?:time )?again|again and again)\b/giu;
/** a relative clause on a person's past: "who previously led …", "der zuvor … leitete" */
const PERSON_PAST = /\b(?:who|der|die)\s+(?:had\s+)?(?:previously|formerly|zuvor|früher|einst)\s[^,;.]*/giu;
const RECURS = new Set<ExtractEventType>(["benchmark_underperformance", "controversy"]);
/** a report of the last days: "Erst vor wenigen Tagen", "just days ago", "earlier this week", "By Monday, …" */
const JUST_NOW =
  /\b(?:erst vor (?:wenigen|ein paar|zwei|drei|einigen) Tagen|vor wenigen Tagen|erst (?:gestern|vorgestern|am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))|Anfang der Woche|just days ago|only (?:last week|yesterday|days ago)|earlier this week|^\s*By (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the end of the (?:day|week)))\b/iu;
const RUNNING_TOTAL =
  /\b(?:(?:has|have|had) raised (?:\S+ ){0,6}(?:to date|so far|thus far|in total)|(?:has|have|had) (?:(?:so far|already|now|reportedly) )?(?:invested|poured|put|pumped|sunk) (?:more than|over|upwards? of|north of|a total of|some|roughly|about|around|nearly|almost)|(?:in total|altogether|to date|so far),? (?:\S+ ){0,3}(?:has|have) raised|(?:bis heute|bislang|bisher|insgesamt bereits) (?:\S+ ){0,18}(?:eingesammelt|eingeworben|aufgenommen)|(?:hat|haben) (?:\S+ ){0,3}(?:bis heute|bislang|bisher|insgesamt bereits) (?:\S+ ){0,18}(?:eingesammelt|eingeworben|aufgenommen))\b/iu;
/** "in den vergangenen Monaten immer wieder in die Kritik": a recap of a period, not the news */
const OVER_A_PERIOD =
  /\b(?:vergangenen|letzten|past|recent|previous)\s+(?:\p{L}+\s+)?(?:Monat|Jahr|Woche|month|year|week)/iu;

export function isBackground(
  sentence: string,
  date: FuzzyDate | null,
  articleDate: string | undefined,
  type?: ExtractEventType,
  cueAt?: number,
): boolean {
  if (
    date &&
    articleDate &&
    !date.openEnd &&
    date.to < addDays(articleDate, -BACKGROUND_DAYS) &&
    !ONGOING.test(sentence)
  )
    return true;
  // "has raised more than $1 billion to date", "hat bis heute fast eine halbe Milliarde
  // eingesammelt", "has invested more than $13 billion in OpenAI": the sum of earlier rounds, not
  // a new one
  if (type === "investment" && RUNNING_TOTAL.test(sentence)) return true;
  const recurs = type !== undefined && RECURS.has(type) && !OVER_A_PERIOD.test(sentence);
  // "poached Ruoming Pang, the executive who previously led Apple's AI models team": a person's
  // past in a relative clause does not date the sentence's fact
  const ownTime =
    sentence.includes("who") || sentence.includes(" de") ? sentence.replace(PERSON_PAST, " ") : sentence;
  if (BACKGROUND_WORDS.test(recurs ? ownTime.replace(RECURRING, "") : ownTime)) return true;
  // "X, which has already put $13 billion into Y": the clause with "already" is the earlier fact;
  // a cue outside it ("…, will invest $5 billion in Z", "stieg um 8,2 Prozent, die Notierung hatte
  // zuvor bereits …") is the news
  if (/already|bereits/iu.test(sentence)) {
    const already = ALREADY_CLAUSE.exec(sentence);
    if (already) {
      const span = clauseSpan(sentence, already.index + already[0].length - 1);
      if (cueAt === undefined || (cueAt >= span.start && cueAt < span.end)) return true;
    }
  }
  if (type === undefined || cueAt === undefined) return false;
  // "Bloomberg hatte berichtet, dass SpaceX …": a reported clause takes the tense of its report
  const own = clauseSpan(sentence, cueAt, true);
  const reported = /^\s*(?:dass|that)\b/iu.test(sentence.slice(own.start));
  const clause = sentence.slice(reported ? clauseSpan(sentence, own.start - 2).start : own.start, own.end);
  // "Altman had said that the model would be delayed": a report that is itself old, unless the
  // sentence says it is recent ("Erst vor wenigen Tagen hatte Sifted berichtet, dass …")
  const toCue = sentence.slice(own.start, cueAt);
  const that = toCue.search(/\b(?:that|dass)\b/iu);
  if (that > 0 && PAST_PERFECT.test(toCue.slice(0, that)) && !JUST_NOW.test(sentence.slice(0, cueAt)))
    return true;
  // "scored lower than the company had claimed": the comparison's tense is not the fact's
  const tensed = clause.replace(COMPARISON_TAIL, "");
  // "nachdem die Aktie drei Prozent verloren hatte": German puts a "nachdem" clause in the
  // pluperfect whatever its date
  if (
    PAST_PERFECT.test(tensed) &&
    !/^\s*nachdem\b/iu.test(clause) &&
    !JUST_NOW.test(sentence.slice(0, cueAt)) &&
    !(type === "delay" && PLAN_WORDS.test(sentence) && !perfectIsCue(sentence, cueAt)) &&
    !BACKSHIFT.test(sentence.slice(0, cueAt)) &&
    !reportsPerfect(sentence, cueAt)
  )
    return true;
  // "investierte 650 Millionen in einen ähnlichen Deal", "in a similar deal": an earlier precedent
  if (PRECEDENT.test(clause)) return true;
  // "… follows a similar act by Apple, which delayed Apple Intelligence": the precedent's own clause
  if (
    /^\s*(?:which|that|die|der|das)\b/iu.test(clause) &&
    PRECEDENT.test(sentence.slice(Math.max(0, own.start - 60), own.start))
  )
    return true;
  if (SAME_STRATEGY.test(sentence.slice(0, cueAt)) && !NOW.test(clause)) return true;
  // "Mistral AI, which raised $600 million last year, is cutting jobs": a relative clause on a
  // name recaps what the reader should know of it, unless it says "now" or names the day
  if (
    own.start > 0 &&
    RECAP_RELATIVE.test(sentence.slice(own.start, own.end)) &&
    own.end < sentence.length - 1 &&
    !NOW.test(sentence.slice(own.start, own.end))
  )
    return true;
  // "In der Finanzierungsrunde seien insgesamt 6,6 Milliarden Dollar zusammengekommen": the whole
  // of this round, not a total so far
  return type === "investment" && CUMULATIVE.test(clause) && !THIS_ROUND.test(clause);
}

/**
 * Whether the cue's own clause dates the fact before the article's month ("left the company around
 * the end of July" in a September article), not a plan or a period running up to the news, and
 * not a date of another clause ("Andrulis, der seinen Posten im Oktober abgab, verlässt …").
 */
/** "…, dass", "said that": where a reported clause starts */
const REPORTED_THAT =
  /(?:,\s*|\b(?:said|says|announced|confirmed|disclosed|reported|revealed)\s+)(?:dass|that)\b/giu;

export function datedBeforeArticle(
  sentence: string,
  cueAt: number,
  hit: { start: number; end: number; date: FuzzyDate } | null,
  articleDate: string | undefined,
): boolean {
  if (!hit || !articleDate || hit.date.openEnd || ONGOING.test(sentence)) return false;
  if (hit.date.to >= `${articleDate.slice(0, 7)}-01`) return false;
  // "ist zwischen März und Juni schlechter geworden": a span measured, up to the news
  if (/\b(?:zwischen|between|from)\s+$/iu.test(sentence.slice(Math.max(0, hit.start - 12), hit.start)))
    return false;
  // "last week" in an article of the 1st falls in the month before, and is still news; "last
  // month", "im Vormonat", a whole month before the article's, is not that close
  if (hit.date.precision !== "month" && hit.date.to >= addDays(articleDate, -RECENT_DAYS)) return false;
  const clause = clauseSpan(sentence, cueAt);
  // "Letzten Monat gab X bekannt, dass …", "Last month X said that …": the report dates its clause
  const that = [...sentence.slice(0, cueAt).matchAll(REPORTED_THAT)].at(-1)?.index;
  const start = that !== undefined && that > 0 ? clauseSpan(sentence, that - 1).start : clause.start;
  if (hit.start >= start && hit.end <= clause.end) return true;
  // "Earlier in April, Samsung engineers leaked …": a short opening phrase dates the main clause
  const opening = openingEnd(sentence, clause.start);
  if (opening !== null && hit.end <= opening) return true;
  // "The partnership, announced in March, included …": the thing the sentence is about was made
  // then, and so was what it included
  const made = MADE_THEN.exec(sentence);
  return made !== null && hit.start >= made.index && hit.end <= made.index + made[0].length;
}

/** a subject noun, then a participle clause that dates it: "The deal, announced in March," */
const MADE_THEN =
  /^(?:The|This|That|Die|Der|Das|Diese[rs]?)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,\s+(?:(?:which|that)\s+was\s+)?(?:first\s+)?(?:announced|unveiled|signed|agreed|struck|sealed|inked|revealed|disclosed|reported|closed|completed|angekündigt|vereinbart|unterzeichnet|geschlossen|bekanntgegeben|abgeschlossen|verkündet)\s+[^,]{1,40},/u;

/** a fact this many days before the article is news, whatever month it fell in */
const RECENT_DAYS = 14;

const GOES_ON =
  /^\s*(?:\p{L}+ing\b|with|without|and|und|sowie|while|während|then|dann|danach|which|who|das|die|der)\b/iu;

/** a short opening phrase before the first comma: "In June 2023, …", "Im März," */
const OPENING_WORDS = 5;

/**
 * The dates that can place the cue's fact in time: those of its own clause, or of a short opening
 * phrase ("In June 2023, Inflection raised …"). A date elsewhere in the sentence belongs to
 * another fact ("its plan, presented in February, to put $53 billion into AI").
 */
export function ownDates<T extends { start: number; end: number }>(
  sentence: string,
  cueAt: number,
  hits: T[],
): T[] {
  const own = clauseSpan(sentence, cueAt);
  // ", accusing …", ", with … recruiting", ", and …": a clause that goes on with the fact before it
  if (GOES_ON.test(sentence.slice(own.start, own.end))) return hits.filter((h) => h.end <= own.end);
  const opening = openingEnd(sentence, own.start);
  return hits.filter(
    (h) => (h.start >= own.start && h.end <= own.end) || (opening !== null && h.end <= opening),
  );
}

/**
 * Where a short opening phrase before the first comma ends ("In June 2023, …", "Earlier in
 * April, …"), when it stands before the clause at `clauseStart`; null when there is none.
 */
function openingEnd(sentence: string, clauseStart: number): number | null {
  const first = clauseSpan(sentence, 0);
  return first.end < clauseStart && sentence.slice(0, first.end).trim().split(/\s+/u).length <= OPENING_WORDS
    ? first.end
    : null;
}

/**
 * The most precise of `ownDates` among a sentence's date hits (offsets in the cleaned text; hits
 * of the sentence before are left out): the date that says whether the cue's fact is old.
 */
export function ownDate(
  sentence: string,
  sentenceStart: number,
  cueAt: number,
  hits: DateHit[],
  articleDate: string | undefined,
): DateHit | null {
  const local = hits
    .filter((h) => h.start >= sentenceStart)
    .map((h) => ({ ...h, start: h.start - sentenceStart, end: h.end - sentenceStart }));
  return mostPrecise(ownDates(sentence, cueAt, local), articleDate, sentence);
}

/** headline and the first sentences: what the article is about */
export const LEAD_SENTENCES = 3;

/** where the headline and the first sentences end */
export function leadEndOf(sentences: Sentence[]): number {
  return sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]?.end ?? 0;
}

/** the kind of fact a draft tells, of which lab: what a lead and a later sentence may share */
export const factKey = (d: Draft) => `${d.type} ${d.lab ?? d.labName}`;

/** The facts the lead tells as news; a lead that itself recalls a fact as background does not make it the news. */
export function leadFacts(drafts: Draft[], leadEnd: number): Set<string> {
  return new Set(drafts.filter((d) => d.at < leadEnd && !d.background).map(factKey));
}

/**
 * A fact dated before the article's month is context unless the headline or lead tells it: an
 * article about Amazon's new stake that says "OpenAI raised $6.6 billion in October" recalls it.
 */
export function earlierThanLead(drafts: Draft[], sentences: Sentence[]): Draft[] {
  // the lead's facts that are dated as they are told; a lead fact of type `other` (rulings,
  // settlements, probes) dated only by the article's day ("Anthropic agrees to $1.5 billion
  // settlement") does not make "a judge sided with Anthropic in June" the same fact
  // … and a fact dated earlier that only the lead's later sentences tell ("The partnership,
  // announced in March, included …" under a headline on the probe) is their context too
  const firstEnd = sentences[Math.min(1, sentences.length - 1)]?.end ?? 0;
  const lead = leadFacts(
    drafts.filter((d) => !(d.occurredInferred && d.type === "other") && (!d.datedBefore || d.at < firstEnd)),
    leadEndOf(sentences),
  );
  return drafts.map((d) =>
    d.datedBefore && !d.background && !lead.has(factKey(d)) ? { ...d, background: true } : d,
  );
}

/** a clause that tells a fact of its own now: "now", "this week", "jetzt", "am Montag" */
const NOW =
  /\b(?:now|this (?:week|month)|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|jetzt|nun|diese Woche|heute|am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag))\b/iu;

/**
 * The sentence after "OpenAI has a history of missed deadlines" or "Es ist nicht das erste Mal"
 * gives the earlier cases; a clause that says "now" or names the day returns to the news.
 */
/**
 * "Zur Einordnung der Finanzierungssumme: …", "Zum Vergleich: …", "For comparison, …": from such an
 * opening to the end of its paragraph, other cases are set beside the news; they are context.
 */
export const COMPARISON_FRAME =
  /^\s*(?:Zur Einordnung|Zum Vergleich|Im Vergleich dazu|Vergleichsweise|For comparison|By comparison|In comparison|For context|To put (?:this|that|it|these \S+|the \S+) (?:in|into) (?:perspective|context))\b/iu;

export function opensExamples(previous: string, sentence: string, cueAt: number): boolean {
  return HABIT.test(previous) && !NOW.test(clauseAt(sentence, cueAt));
}

/** a sentence that opens by going on from the one before: "Dazu …", "Dabei …", "At the time, …" */
const GOES_ON_FROM = /^\s*(?:Dazu|Dabei|Daraufhin|At the time|Back then)\b/u;

/**
 * "Google hat in der Vergangenheit … investiert. Dazu wurden auch Teams zusammengelegt": a
 * sentence that goes on from a recalled fact is part of it, unless it says it is of now.
 */
export function continuesBackground(previous: string, sentence: string, cueAt: number): boolean {
  return (
    GOES_ON_FROM.test(sentence) && BACKGROUND_WORDS.test(previous) && !NOW.test(clauseAt(sentence, cueAt))
  );
}
