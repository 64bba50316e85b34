/**
 * The extraction assistant: from a pasted article to proposed events. Pure and deterministic;
 * every rule is a cue word or a sentence pattern, so an editor can see why a proposal exists.
 *
 * Steps: clean the text → split sentences → find labs/models, attributions, numbers and dates
 * per sentence → a cue word makes a proposal, its subject is the lab the sentence (or, for "der
 * Konzern", "Er", the previous sentences) is about → merge proposals that state the same event
 * → link proposals to existing events.
 */
import { parseAmounts, parseHeadcounts, parsePercents, signedPercentFromContext } from "../amounts";
import { addDays, fuzzyMonth } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import { cleanArticleText } from "../text-cleaning";
import { AMOUNT_ROLES, amountRole, defaultAmountKind, rangeLowerBound } from "./amount-roles";
import { findAttributions, type Attribution } from "./attribution";
import { findCues, type CueHit } from "./cues";
import { findDates, mostPrecise, type DateHit } from "./dates";
import {
  buildEntityIndex,
  findMentions,
  findUnknownLabs,
  findUnknownModels,
  type Mention,
  type UnknownName,
} from "./entities";
import { MODELS, ORGANISATIONS } from "../knowledge";
import { withKnowledge } from "./knowledge";
import { detectLanguage } from "./language";
import { matchExistingEvent } from "./match-existing";
import { mergeDrafts, unionDates, type Draft } from "./merge";
import { anaphorAt, mentionRoles, refersBackToPeople, type MentionRole } from "./roles";
import { splitSentences, type Sentence } from "./sentences";
import type {
  ExtractAmountKind,
  ExtractContext,
  ExtractEventType,
  ExtractionResult,
  ExtractQualifier,
} from "./types";

interface Info {
  s: Sentence;
  roles: MentionRole[];
  unknownLabs: UnknownName[];
  unknownModels: UnknownName[];
  attributions: Attribution[];
  /** the lab this sentence is about, once resolved; what "der Konzern" in the next one means */
  subject: string | null;
}

interface Subject {
  lab: string | null;
  labName: string | null;
  /** sentence index the subject was taken from when it is not named here */
  from: number | null;
  /** 1 when named in the sentence, lower when inferred */
  certainty: number;
  mention: Mention | null;
}

const LOOKBACK = 4;
const MODEL_TYPES = new Set<ExtractEventType>([
  "delay",
  "benchmark_underperformance",
  "architecture_problem",
  "controversy",
  "stock_move",
]);
const PERCENT_TYPES = new Set<ExtractEventType>([
  "stock_move",
  "acquisition",
  "layoff",
  "benchmark_underperformance",
  "investment",
]);
const HEADCOUNT_TYPES = new Set<ExtractEventType>(["departure", "layoff", "hiring"]);
/** for these the acting lab usually comes first ("Meta buys …"); for the rest, the nearest lab to the cue */
const FIRST_SUBJECT_TYPES = new Set<ExtractEventType>(["investment", "acquisition", "hiring", "layoff"]);
const NOT_MONEY_AFTER =
  /^\s*(?:Nutzer|Nutzern|users|Menschen|people|Abonnenten|subscribers|Parameter|parameters|Token|tokens|Downloads|Kunden|customers)/iu;
const SCHEDULE_WORDS =
  /(?:ursprünglich|eigentlich|jetzt|nun\b|inzwischen|Termin|geplant|vorgesehen|angepeilt|visierte|originally|now\b|planned|scheduled|target|expected|slated)/iu;
const EVEN_LATER =
  /(?:noch länger|sogar später|noch später|even longer|even later|possibly later|or later|oder später)/iu;
const RELATIVE_DAY =
  /^(?:am|on|last|letzten|vergangenen)?\s*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|heute|gestern|today|yesterday)$/iu;

const FOLLOWING = /(?:\b(?:following|after|since|nach|seit|infolge)\s+(?:[\p{L}\p{N}$.,'’-]+\s+){0,5})$/iu;
const STRONG_INVESTMENT =
  /(?:Finanzierungsrunde|funding round|Series [A-F]\b|Serie-[A-F]|eingesammelt|einsammel\p{L}*|sammel(?:t|te|n) (?:\S+ ){0,6}ein|\braise[sd]?\b|\braising\b|Kapitalspritze)/iu;
/** amounts that are never an investment's own: a sentence with only these is about worth, not money put in */
const NOT_INVESTED = new Set(["valuation", "revenue", "market_cap", "share_price", "fine", "settlement"]);
const NEGATED = /(?:\b(?:without|no|not|never|ohne|kein\p{L}*|nicht|nie)\s+(?:\S+\s+){0,2})$/iu;
const REFERENCE =
  /(?:^|\s)(?:the|this|that|die|diese|der|dieser|dem|den|des|dieses)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const LAYOFF_PLURAL =
  /(?:\d|Mitarbeite\p{L}*|Beschäftigte\p{L}*|Angestellte\p{L}*|Stellen|Jobs|Arbeitsplätze|Belegschaft|employees|workers|staff|jobs|positions|roles)/u;
const ACQUIRED_THING =
  /(?:Anteil|Beteiligung|stake|Start-?up|startup|company|firm|Firma|Unternehmen|Konzern|Hersteller|maker|rival|Konkurrenten)/iu;
const RAISING =
  /(?:investment|Investition|led by|angeführt|sammel\p{L}*|eingesammelt|Finanzierungsrunde|Finanzierung|Kapitalspritze|Series [A-F]|raise[sd]?|raising|funding|round|backed|bewertet|valuation)/iu;
/** words before an investor's name in a funding sentence: "angeführt von", "led by", "investors including" */
const INVESTOR_BEFORE =
  /(?:led by|co-led by|angeführt von|unter Führung von|Führung (?:von|des|der)|from|by|including|such as|darunter|Investoren|investors|Geldgeber\p{L}*|Kapitalgeber\p{L}*|Unterstützer\p{L}*|backers|wie|sowie|von)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Words that place a fact before the news: "back in 2019", "damals", "years ago", "X, which has
 * already put …", "Schon bei der Ankündigung".
 */
const BACKGROUND_WORDS =
  /(?:\bback in\b|\bin the past\b|\byears? ago\b|\bpreviously\b|\bprior to\b|\bbefore that\b|\bearlier (?:this|that|last) (?:year|decade)|\bhad already\b|\bdamals\b|\beinst\b|vor (?:\S+ )?Jahren|\bNoch im\b|\bSchon (?:bei|im|vor|damals)\b)/iu;
/** "X, which has already put …", "…, das bereits … investiert hat": only tried when the word is there */
const ALREADY_CLAUSE =
  /(?:, (?:which|who) (?:has|had) already|, (?:das|der|die) (?:\S+ ){0,4}bereits (?:\S+ ){0,6}(?:hat|hatte)\b|\bhatte(?:n)? (?:\S+ ){0,3}bereits\b)/iu;
/** more than this many days before the article, an explicitly dated fact is background */
const BACKGROUND_DAYS = 90;

function isBackground(sentence: string, date: FuzzyDate | null, articleDate: string | undefined): boolean {
  // "seit 2023", "mittlerweile", "für 2024 vorgesehen": a period running up to the news, or a plan
  const ongoing =
    /\b(?:seit|since|over the past|in the past (?:few|several)|in den (?:vergangenen|letzten)|mittlerweile|inzwischen|now|vorgesehen|geplant|plant|plans?|planned|expected|erwartet)\b/iu;
  if (
    date &&
    articleDate &&
    !date.openEnd &&
    date.to < addDays(articleDate, -BACKGROUND_DAYS) &&
    !ongoing.test(sentence)
  )
    return true;
  if (BACKGROUND_WORDS.test(sentence)) return true;
  return /already|bereits/iu.test(sentence) && ALREADY_CLAUSE.test(sentence);
}

function dominantLab(mentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.lab, (counts.get(m.lab) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < second[1] * 1.5)) return null;
  return first[0];
}

function topicBefore(infos: Info[], i: number, dominant: string | null): Subject | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const lab = infos[j]?.subject;
    if (lab) return { lab, labName: null, from: j, certainty: 0.85, mention: null };
  }
  return dominant ? { lab: dominant, labName: null, from: null, certainty: 0.7, mention: null } : null;
}

function distance(a: { start: number; end: number }, at: number, len: number): number {
  if (a.end <= at) return at - a.end;
  if (a.start >= at + len) return a.start - (at + len);
  return 0;
}

function eligible(roles: MentionRole[]): MentionRole[] {
  return roles.filter((r) => !r.comparison && !r.inAttribution);
}

/** The lab a cue in sentence `i` is about. */
function subjectFor(
  type: ExtractEventType,
  cueAt: number,
  cueLen: number,
  info: Info,
  infos: Info[],
  i: number,
  dominant: string | null,
): Subject | null {
  const offset = info.s.start;
  const candidates = eligible(info.roles).filter(
    (r) => !(r.staff && (type === "hiring" || type === "departure")),
  );
  const anaphor = anaphorAt(info.s.text, candidates.length > 0);
  const firstNamed = candidates[0] ? candidates[0].mention.start - offset : Infinity;
  if (anaphor >= 0 && anaphor < firstNamed) return topicBefore(infos, i, dominant);
  // a product's delay or flaw belongs to the lab that makes it, however near another lab is named
  const models = MODEL_TYPES.has(type) ? candidates.filter((r) => r.mention.kind !== "lab") : [];
  const pool = models.length > 0 ? models : candidates;
  if (candidates.length > 0) {
    const chosen = FIRST_SUBJECT_TYPES.has(type)
      ? candidates[0]!
      : pool.reduce((best, r) =>
          distance({ start: r.mention.start - offset, end: r.mention.end - offset }, cueAt, cueLen) <
          distance({ start: best.mention.start - offset, end: best.mention.end - offset }, cueAt, cueLen)
            ? r
            : best,
        );
    return { lab: chosen.mention.lab, labName: null, from: null, certainty: 1, mention: chosen.mention };
  }
  const unknown = info.unknownLabs[0];
  if (unknown) return { lab: null, labName: unknown.name, from: null, certainty: 0.8, mention: null };
  return topicBefore(infos, i, dominant);
}

function modelFor(
  type: ExtractEventType,
  subject: Subject,
  info: Info,
  infos: Info[],
  i: number,
): { model: string | null; modelName: string | null } {
  if (!MODEL_TYPES.has(type)) return { model: null, modelName: null };
  // The first model named is the one the sentence is about ("Llama 4 Maverick und Scout").
  const own = info.roles
    .filter((r) => !r.comparison)
    .map((r) => r.mention)
    .find((m) => m.kind === "model" && m.lab === subject.lab);
  if (own) return { model: own.slug, modelName: null };
  const namesLab = info.roles.some((r) => r.mention.lab === subject.lab && !r.inAttribution);
  if (subject.from !== null || !namesLab) {
    for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
      const m = infos[j]?.roles
        .map((r) => r.mention)
        .findLast((x) => x.kind === "model" && x.lab === subject.lab);
      if (m) return { model: m.slug, modelName: null };
    }
  }
  const unknown = info.unknownModels[0];
  return { model: null, modelName: unknown ? unknown.name : null };
}

function qualifier(q: string): ExtractQualifier {
  return q as ExtractQualifier;
}

function nearest<T extends { index: number }>(items: T[], at: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
}

function memo<T>(fn: (text: string, lang: "de" | "en") => T): (text: string, lang: "de" | "en") => T {
  const cache = new Map<string, T>();
  return (text, lang) => {
    const key = `${lang}\u0000${text}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(text, lang);
      cache.set(key, v);
    }
    return v;
  };
}

interface Numbers {
  amounts: (text: string, lang: "de" | "en") => ReturnType<typeof parseAmounts>;
  percents: (text: string, lang: "de" | "en") => ReturnType<typeof parsePercents>;
  headcounts: (text: string, lang: "de" | "en") => ReturnType<typeof parseHeadcounts>;
}

interface AmountPick {
  value: number;
  max: number | null;
  qualifier: string;
  kind: ExtractAmountKind | null;
}

/**
 * The event's own amount: of the sentence's dollar amounts, the one whose role (read from the
 * words around it) fits the event type best, then the nearest to the cue. A valuation or a share
 * price is never a deal's amount; a range keeps both bounds.
 */
function amountFor(
  type: ExtractEventType,
  text: string,
  cueAt: number,
  lang: "de" | "en",
  n: Numbers,
): AmountPick | null {
  const allowed = AMOUNT_ROLES[type];
  if (!allowed || allowed.length === 0) return null;
  const all = n.amounts(text, lang);
  const candidates = all
    .map((a, i) => ({ a, i, role: amountRole(text, a.index, a.text.length) }))
    .filter(
      ({ a }) =>
        a.currency === "USD" ||
        (a.currency === null &&
          type !== "stock_move" &&
          !NOT_MONEY_AFTER.test(text.slice(a.index + a.text.length))),
    )
    .filter(({ role }) => allowed.includes(role))
    // the lower end of "between $2 billion and $3 billion" is read with the upper one
    .filter(({ a, i }) => !isRangeStart(text, a, all[i + 1]));
  const best = candidates.sort(
    (x, y) =>
      allowed.indexOf(x.role) - allowed.indexOf(y.role) ||
      Math.abs(x.a.index - cueAt) - Math.abs(y.a.index - cueAt),
  )[0];
  if (!best) return null;
  const { a, i } = best;
  const prev = all[i - 1];
  let value = a.value;
  let max: number | null = null;
  if (prev && isRangeStart(text, prev, a)) {
    value = prev.value;
    max = a.value;
  } else {
    const lower = rangeLowerBound(text, a.index, a.value);
    if (lower !== null) {
      value = lower;
      max = a.value;
    }
  }
  return { value, max, qualifier: a.qualifier, kind: best.role ?? defaultAmountKind(type) };
}

type Amount = ReturnType<typeof parseAmounts>[number];

/** "between $2 billion and $3 billion", "zwischen 2 und 3 Milliarden Dollar": `a` opens a range. */
function isRangeStart(text: string, a: Amount, next: Amount | undefined): boolean {
  if (!next) return false;
  const gap = text.slice(a.index + a.text.length, next.index);
  if (!/^\s*(?:and|und|to|bis|-|–)\s*$/u.test(gap)) return false;
  return (
    /(?:between|zwischen|from|von)\s*$/iu.test(text.slice(Math.max(0, a.index - 12), a.index)) ||
    /bis|to|-|–/u.test(gap)
  );
}

function percentFor(
  type: ExtractEventType,
  text: string,
  cueAt: number,
  lang: "de" | "en",
  n: Numbers,
): number | null {
  if (!PERCENT_TYPES.has(type)) return null;
  const p = nearest(n.percents(text, lang), cueAt);
  if (!p) return null;
  return type === "stock_move" ? signedPercentFromContext(text, p.value) : p.value;
}

function quoteRange(infos: Info[], i: number, withPrevious: boolean): { start: number; end: number } {
  const s = infos[i]!.s;
  const prev = infos[i - 1]?.s;
  if (withPrevious && prev && prev.paragraph === s.paragraph) return { start: prev.start, end: s.end };
  return { start: s.start, end: s.end };
}

function reportedByFor(infos: Info[], i: number, quoteStart: number): string | null {
  const own = infos[i]!;
  if (own.attributions[0]) return own.attributions[0].source;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const info = infos[j]!;
    if (info.s.paragraph !== own.s.paragraph) break;
    const a = info.attributions.find((x) => x.kind !== "person" || info.s.start >= quoteStart);
    if (a) return a.source;
  }
  const next = infos[i + 1];
  if (
    next &&
    next.s.paragraph === own.s.paragraph &&
    /^(?:Das|Dies|Diese|Es|This|That|It)\s/u.test(next.s.text)
  ) {
    const a = next.attributions.find((x) => x.kind === "outlet");
    if (a) return a.source;
  }
  return null;
}

/** For a delay: the plans of the sentence and of the following ones that talk about the schedule. */
function scheduleFor(
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

export function extractFromText(text: string, ctx: ExtractContext): ExtractionResult {
  const cleanedText = cleanArticleText(text).text;
  const language = ctx.lang ?? detectLanguage(cleanedText);
  const known =
    ctx.useKnowledgeBase === false
      ? { labs: ctx.labs, models: ctx.models }
      : withKnowledge(ctx.labs, ctx.models, ORGANISATIONS, MODELS);
  const index = buildEntityIndex(known.labs, known.models);
  const newLabs = new Set(known.labs.filter((l) => l.fromKnowledgeBase).map((l) => l.slug));
  const mentions = findMentions(cleanedText, index);
  const unknownLabsAll = findUnknownLabs(cleanedText, mentions, index);
  const sentences = splitSentences(cleanedText);
  const dominant = dominantLab(mentions);
  const publishers = ctx.publishers ?? [];
  // Several proposals of one sentence read the same numbers; parse each sentence once.
  const numbers: Numbers = {
    amounts: memo((t, l) => parseAmounts(t, l)),
    percents: memo((t, l) => parsePercents(t, l)),
    headcounts: memo((t, l) => parseHeadcounts(t, l)),
  };

  const infos: Info[] = sentences.map((s) => {
    const own = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const attributions = findAttributions(s.text, publishers);
    return {
      s,
      roles: mentionRoles(s.text, s.start, own, attributions),
      unknownLabs: unknownLabsAll.filter((u) => u.start >= s.start && u.end <= s.end),
      unknownModels: findUnknownModels(s.text, s.start, own, index),
      attributions,
      subject: null,
    };
  });

  const cueCache = new Map<string, CueHit[]>();
  const cuesOf = (sentence: string, hasModel: boolean): CueHit[] => {
    const key = `${hasModel ? 1 : 0}${sentence}`;
    let hits = cueCache.get(key);
    if (!hits) {
      hits = findCues(sentence, hasModel);
      cueCache.set(key, hits);
    }
    return hits;
  };
  const dateCache = new Map<number, DateHit[]>();
  const datesOf = (k: number): DateHit[] => {
    let hits = dateCache.get(k);
    if (!hits) {
      const s = infos[k]!.s;
      hits = findDates(s.text, ctx.articleDate).map((h) => ({
        ...h,
        start: h.start + s.start,
        end: h.end + s.start,
      }));
      dateCache.set(k, hits);
    }
    return hits;
  };
  const inferred: FuzzyDate | null = ctx.articleDate
    ? fuzzyMonth(
        Number(ctx.articleDate.slice(0, 4)),
        Number(ctx.articleDate.slice(5, 7)),
        language === "de" ? "Monat des Artikels (erschlossen)" : "month of the article (inferred)",
      )
    : null;

  const drafts: Draft[] = [];
  infos.forEach((info, i) => {
    const hasModel = info.roles.some((r) => r.mention.kind !== "lab") || info.unknownModels.length > 0;
    const cues = cuesOf(info.s.text, hasModel);
    const named = eligible(info.roles)[0];
    info.subject = named?.mention.lab ?? null;

    const own = cues.flatMap((cue) => proposalsFor(cue, info, i));
    drafts.push(...own);
    // The lab a proposal acts for is what "der Konzern" or "Er" in the next sentence means; a
    // departure's actor is the lab people leave for.
    const actor = own
      .map((d) => (d.type === "departure" && d.counterparty ? d.counterparty : d.lab))
      .find(Boolean);
    info.subject = actor ?? info.subject;
  });

  function proposalsFor(found: CueHit, info: Info, i: number): Draft[] {
    const offset = info.s.start;
    const text = info.s.text;
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const cueText = text.slice(found.index, found.index + found.length);
    // "without an official acquisition", "kein Stellenabbau": a denied fact is not an event
    if (NEGATED.test(before)) return [];
    // "the delay", "die Verzögerung": the fact already proposed, named again
    if (REFERENCE.test(before) && drafts.some((d) => d.type === found.type)) return [];
    let cue = found;
    // "following Meta's $14.3 billion investment", "nach der Übernahme": an earlier fact named
    const earlier = FOLLOWING.test(before);
    // spending words are everywhere; an investment is news when money or a round is in the sentence
    if (cue.type === "investment" && !STRONG_INVESTMENT.test(text)) {
      const money = numbers.amounts(text, language);
      if (money.every((a) => NOT_INVESTED.has(amountRole(text, a.index, a.text.length) ?? ""))) return [];
    }
    // "entlassen" of one person (a CEO fired) is a departure, not job cuts
    if (cue.type === "layoff" && /entlass|Entlassung/iu.test(cueText) && !LAYOFF_PLURAL.test(text)) {
      if (!/(?:Chef|CEO|Gründer|Vorstand|Präsident|Manager|Leiter)/u.test(text)) return [];
      cue = { ...cue, type: "departure" };
    }
    // buying needs something bought: a company, a stake, a start-up
    if (
      cue.type === "acquisition" &&
      !/Übernahme|acquisition|takeover|merger|Fusion/iu.test(cueText) &&
      eligible(info.roles).filter((r) => r.mention.kind === "lab").length < 2 &&
      info.unknownLabs.length === 0 &&
      !ACQUIRED_THING.test(text.slice(cue.index, cue.index + cue.length + 60))
    ) {
      return [];
    }
    const staff = info.roles.filter((r) => r.staff && !r.comparison && !r.inAttribution);
    const backPeople = refersBackToPeople(info.s.text)
      ? (infos[i - 1]?.roles.filter((r) => r.staff) ?? [])
      : [];
    // Departures with named staff: one proposal per lab that loses people.
    if (cue.type === "departure" && (staff.length > 0 || backPeople.length > 0)) {
      const counter = subjectFor("hiring", cue.index, cue.length, info, infos, i, dominant);
      const heads = numbers.headcounts(info.s.text, language);
      const losing = new Map<string, { role: MentionRole; back: boolean }>();
      for (const r of backPeople)
        if (!losing.has(r.mention.lab)) losing.set(r.mention.lab, { role: r, back: true });
      for (const r of staff)
        if (!losing.has(r.mention.lab)) losing.set(r.mention.lab, { role: r, back: false });
      const out: Draft[] = [];
      for (const [lab, { role, back }] of losing) {
        if (counter?.lab === lab) continue;
        let headcount: number | null = null;
        let headcountQualifier: ExtractQualifier | null = null;
        const backHead = heads.find((h) => refersBackToPeople(h.text));
        if (back && backHead) {
          headcount = backHead.value;
          headcountQualifier = qualifier(backHead.qualifier);
        } else if (role.singlePerson) {
          headcount = 1;
          headcountQualifier = "exact";
        } else if (!back) {
          const near = heads.filter((h) => !refersBackToPeople(h.text));
          const h = nearest(near, role.mention.start - offset);
          if (h && Math.abs(h.index - (role.mention.start - offset)) < 40) {
            headcount = h.value;
            headcountQualifier = qualifier(h.qualifier);
          }
        }
        out.push(
          draft(
            cue,
            info,
            i,
            { lab, labName: null, from: null, certainty: 1, mention: role.mention },
            false,
            {
              headcount,
              headcountQualifier,
              counterparty: counter?.lab ?? null,
            },
          ),
        );
      }
      return out;
    }

    // A funding round belongs to the company raising it; investors named in it are the other party.
    const investors =
      cue.type === "investment" && RAISING.test(text)
        ? eligible(info.roles).filter(
            (r) =>
              /^(?:backed|gestützt|finanziert)/iu.test(r.mention.compound ?? "") ||
              INVESTOR_BEFORE.test(
                text.slice(Math.max(0, r.mention.start - offset - 60), r.mention.start - offset),
              ),
          )
        : [];
    const investorLabs = new Set(investors.map((r) => r.mention.lab));
    const roles = info.roles.filter((r) => !investorLabs.has(r.mention.lab));
    const subject = subjectFor(cue.type, cue.index, cue.length, { ...info, roles }, infos, i, dominant);
    if (!subject || (!subject.lab && !subject.labName)) return [];
    const withPrevious = subject.from === i - 1 && infos[i - 1]?.s.paragraph === info.s.paragraph;
    let counterparty: string | null = investors[0]?.mention.lab ?? null;
    if (cue.type === "acquisition" || cue.type === "hiring") {
      const other = eligible(info.roles).find(
        (r) => r.mention.lab !== subject.lab && r.mention.kind === "lab",
      );
      counterparty = other?.mention.lab ?? null;
    }
    const made = draft(cue, info, i, subject, withPrevious, { counterparty });
    return [earlier ? { ...made, background: true } : made];
  }

  function draft(
    cue: CueHit,
    info: Info,
    i: number,
    subject: Subject,
    withPrevious: boolean,
    extra: {
      headcount?: number | null;
      headcountQualifier?: ExtractQualifier | null;
      counterparty?: string | null;
    },
  ): Draft {
    let range = quoteRange(infos, i, withPrevious);
    const { model, modelName } = modelFor(cue.type, subject, info, infos, i);
    const sentence = info.s.text;
    const amount = amountFor(cue.type, sentence, cue.index, language, numbers);
    const percent = percentFor(cue.type, sentence, cue.index, language, numbers);

    let headcount = extra.headcount ?? null;
    let headcountQualifier = extra.headcountQualifier ?? null;
    if (extra.headcount === undefined && HEADCOUNT_TYPES.has(cue.type)) {
      const h = nearest(numbers.headcounts(sentence, language), cue.index);
      if (h) {
        headcount = h.value;
        headcountQualifier = qualifier(h.qualifier);
      }
    }

    // From the sentence before, only a day ("am Donnerstag, als …. Der Kurs rutschte daraufhin"):
    // a month or season there is more likely the context than the date of this event.
    const previousDays = withPrevious ? datesOf(i - 1).filter((h) => h.date.precision === "day") : [];
    const hits = [...previousDays, ...datesOf(i)].filter((h) => !h.anchor);
    let plannedDates: FuzzyDate[] | undefined;
    let occurredHit: DateHit | null;
    if (cue.type === "delay") {
      const schedule = scheduleFor(infos, i, range.end, datesOf);
      plannedDates = schedule.planned;
      range = { start: range.start, end: schedule.end };
      occurredHit = mostPrecise(hits.filter((h) => RELATIVE_DAY.test(h.date.text)));
    } else {
      occurredHit = mostPrecise(hits);
    }
    const occurred = occurredHit?.date ?? inferred;
    const background = isBackground(sentence, occurredHit?.date ?? null, ctx.articleDate);

    return {
      type: cue.type,
      lab: subject.lab,
      labName: subject.lab ? null : subject.labName,
      labIsNew: subject.lab ? newLabs.has(subject.lab) : subject.labName !== null,
      model,
      modelName: model ? null : modelName,
      amountUsd: amount?.value ?? null,
      amountUsdMax: amount?.max ?? null,
      amountKind: amount?.kind ?? null,
      amountQualifier: amount ? qualifier(amount.qualifier) : null,
      percent,
      headcount,
      headcountQualifier,
      occurred,
      occurredInferred: occurredHit === null && occurred !== null,
      reportedBy: reportedByFor(infos, i, range.start),
      quote: cleanedText.slice(range.start, range.end),
      confidence: Math.round(cue.confidence * subject.certainty * 100) / 100,
      matchesEventId: null,
      counterparty: extra.counterparty ?? null,
      counterpartyName: null,
      ...(plannedDates ? { plannedDates } : {}),
      ...(background ? { background: true } : {}),
      at: range.start,
    };
  }

  const outletCounts = new Map<string, number>();
  for (const info of infos) {
    for (const a of info.attributions)
      if (a.kind === "outlet") outletCounts.set(a.source, (outletCounts.get(a.source) ?? 0) + 1);
  }
  const ranked = [...outletCounts.entries()].sort((a, b) => b[1] - a[1]);
  const primarySource = ranked[0]?.[0] ?? null;
  // relayed for the whole article only when named more than once and more than any other outlet
  const relayed =
    ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;

  const merged = mergeDrafts(drafts);
  const existing = ctx.existingEvents ?? [];
  // An article that relays one outlet ("wie Bloomberg berichtet") relays it for the news it tells
  // without naming a source again; background is the article's own context.
  const events = merged.map(({ at: _at, ...e }) => ({
    ...e,
    reportedBy: e.reportedBy ?? (e.background ? null : relayed),
    matchesEventId: matchExistingEvent(e, existing),
  }));
  const unique = (xs: string[]) => [...new Set(xs)];

  return {
    language,
    cleanedText,
    labs: unique(mentions.map((m) => m.lab)),
    models: unique(mentions.filter((m) => m.kind === "model").map((m) => m.slug)),
    unknownLabs: unique(unknownLabsAll.map((u) => u.name)),
    unknownModels: unique(infos.flatMap((x) => x.unknownModels.map((u) => u.name))),
    events,
    primarySource,
  };
}
