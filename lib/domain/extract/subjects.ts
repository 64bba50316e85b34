/** Who a sentence is about: its lab (or the one it refers back to); its model is model-for.ts's. */
import { affectedRoles } from "./affected";
import { type Attribution } from "./attribution";
import { inRelativeClause } from "./background";
import { type Mention, type UnknownName } from "./entities";
import { PLACED_ORDER } from "./cue-vocabulary";
import { referenceIsEpithet } from "./epithets";
import { latinCaseless } from "./latin-caseless";
import {
  BOUGHT_BEFORE,
  BOUGHT_OBJECT_BETWEEN,
  BUYER_BEFORE_ANY,
  COMPANY_NOUN_SUBJECT,
  HIRED_FROM_BEFORE,
  isBacker,
  LEAVE_VERB,
  LEFT_OBJECT_BETWEEN,
} from "./party-phrases";
import { anaphorAt, isFormerPost, type MentionRole } from "./roles";
import { type Sentence } from "./sentences";
import type { ExtractEventType } from "./types";
import {
  FIRST_SUBJECT_TYPES,
  INVESTOR_BEFORE,
  JOINS_ROUND_AFTER,
  LEADS_AFTER,
  LOOKBACK,
  MODEL_TYPES,
  ROUND_OF_BEFORE,
  SOLD_CUE,
} from "./rules";
import { ORGANISATIONS } from "../knowledge";

export interface Info {
  s: Sentence;
  roles: MentionRole[];
  unknownLabs: UnknownName[];
  unknownModels: UnknownName[];
  attributions: Attribution[];
  /** the lab this sentence is about, once resolved; what "der Konzern" in the next one means */
  subject: string | null;
}

export interface Subject {
  lab: string | null;
  labName: string | null;
  /** sentence index the subject was taken from when it is not named here */
  from: number | null;
  /** 1 when named in the sentence, lower when inferred */
  certainty: number;
  mention: Mention | null;
}

export function dominantLab(mentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.lab, (counts.get(m.lab) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < second[1] * 1.5)) return null;
  return first[0];
}

/** The lab the previous sentences are about; never one of `not` (a lab people leave for). */
export function topicBefore(
  infos: Info[],
  i: number,
  dominant: string | null,
  not: ReadonlySet<string> | null = null,
): Subject | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const lab = infos[j]?.subject;
    if (!lab || not?.has(lab)) continue;
    // "… an der Veröffentlichung des Chatbots ChatGPT entzündet." then a new paragraph: a product
    // named in passing does not make its maker what the next paragraph is about
    if (
      dominant &&
      lab !== dominant &&
      onlyProductNamed(infos[j]!, lab) &&
      infos[j]!.s.paragraph !== infos[i]?.s.paragraph
    )
      continue;
    return { lab, labName: null, from: j, certainty: 0.85, mention: null };
  }
  return dominant && !not?.has(dominant)
    ? { lab: dominant, labName: null, from: null, certainty: 0.7, mention: null }
    : null;
}

/** the sentence names `lab` only through a product of it, never by the company's own name */
function onlyProductNamed(info: Info, lab: string): boolean {
  const own = info.roles.filter((r) => r.mention.lab === lab);
  return own.length > 0 && own.every((r) => r.mention.kind !== "lab");
}

/** "the tech giant", "der Techriese": a big company; "the startup", "das Start-up": a young one */
const GIANT_REFERENCE = /^\S+\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:giant|Riese|riese)n?\b/u;
const STARTUP_REFERENCE =
  /^\S+\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:start-?up|Start-?up|Jungfirma|Jungunternehmen)s?\b/iu;
const GIANT_KINDS = new Set(["big_tech", "chip_maker", "cloud"]);
const STARTUP_KINDS = new Set(["startup", "ai_lab"]);
const KIND_OF = new Map(ORGANISATIONS.map((o) => [o.slug, o.kind as string]));

/** "the model's release", "das neue Modell", "its chatbot": a language model, which chip makers are not known for */
const AI_MODEL_REFERENCE =
  /\b(?:the|its|their|this|that|d(?:as|es|em)|sein\p{L}*|ihr\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:AI|KI|language|Sprach|reasoning)[\s-]?)?(?:model|Modell|chatbot|Chatbot)(?:s|’s|'s)?(?![\p{L}])/u;

/**
 * After "The ban on H20 shipments … about the scalability of R2", "the model's release" is the
 * model maker's (DeepSeek), not the chip maker's named first: a sentence on a language model does
 * not take a chip maker as its topic when a lab of another kind is named just before.
 */
function modelMakerTopic(sentence: string, infos: Info[], i: number, topic: Subject | null): Subject | null {
  if (!topic?.lab || KIND_OF.get(topic.lab) !== "chip_maker" || !AI_MODEL_REFERENCE.test(sentence))
    return topic;
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const fit = (infos[j]?.roles ?? []).find(
      (r) => !r.comparison && KIND_OF.has(r.mention.lab) && KIND_OF.get(r.mention.lab) !== "chip_maker",
    );
    if (fit) return { lab: fit.mention.lab, labName: null, from: j, certainty: 0.8, mention: null };
  }
  return topic;
}

/**
 * The topic of the sentences before, unless the reference names a kind of company the topic is
 * not: after "… a licensing deal with Character.AI", "The tech giant also hired its founders" is
 * Google, the big company named nearby, not the startup.
 */
function fittingTopic(
  sentence: string,
  at: number,
  infos: Info[],
  i: number,
  topic: Subject | null,
): Subject | null {
  const phrase = sentence.slice(at);
  const kinds = GIANT_REFERENCE.test(phrase)
    ? GIANT_KINDS
    : STARTUP_REFERENCE.test(phrase)
      ? STARTUP_KINDS
      : null;
  if (!kinds || !topic?.lab || kinds.has(KIND_OF.get(topic.lab) ?? "")) return topic;
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const fit = (infos[j]?.roles ?? []).find(
      (r) => r.mention.kind === "lab" && kinds.has(KIND_OF.get(r.mention.lab) ?? ""),
    );
    if (fit) return { lab: fit.mention.lab, labName: null, from: j, certainty: 0.8, mention: null };
  }
  return topic;
}

/**
 * The lab sentence `i` is about, for the references after it: the first lab it names — unless it
 * opens by referring back ("The company relies on … companies that include Google"), then still
 * the earlier lab.
 */
export function sentenceTopic(info: Info, infos: Info[], i: number, dominant: string | null): string | null {
  const named = eligible(info.roles)[0];
  const back = anaphorAt(info.s.text, named !== undefined);
  if (
    back >= 0 &&
    back < (named ? named.mention.start - info.s.start : Infinity) &&
    !(named && referenceIsEpithet(info.s.text, back, named.mention, info.s.start))
  )
    return topicBefore(infos, i, dominant)?.lab ?? named?.mention.lab ?? null;
  return named?.mention.lab ?? null;
}

export function distance(a: { start: number; end: number }, at: number, len: number): number {
  if (a.end <= at) return at - a.end;
  if (a.start >= at + len) return a.start - (at + len);
  return 0;
}

export function eligible(roles: MentionRole[]): MentionRole[] {
  return roles.filter((r) => !r.comparison && !r.inAttribution && !r.aside);
}

/**
 * "wechselt zu Meta", "are joining Google's AI unit", "will go to Microsoft", "verliert einen
 * weiteren Forscher an Meta": where people go ("to leave OpenAI" is not)
 */
const DESTINATION_BEFORE =
  /(?:\b(?:zu|zur|zum|to|joins|joined|joining|join|for|in Richtung|Richtung)\s+(?:the\s+|der\s+|die\s+|dem\s+|den\s+)?(?:(?!(?:leave|leaving|quit|exit|depart)\s)[\p{L}-]+\s+)?|\bto work (?:at|for)\s+(?:[\p{L}'’-]+,?\s+){0,5}|\b(?:verliert|verlor|verloren|lost|loses|losing)\s+(?:\S+\s+){1,6}?(?:an|to)\s+(?:den\s+|die\s+|the\s+)?(?:(?:Rivalen|Konkurrenten|rival|competitor)\s+)?)$/iu;

/** Labs of a sentence that people move to: the other party of a departure, never its subject. */
export function destinations(info: Info): MentionRole[] {
  const offset = info.s.start;
  // "left for rival Anthropic", "zum Konkurrenten Anthropic": a rival people go to is where they go
  return info.roles
    .filter((r) => !r.inAttribution && !r.aside)
    .filter(
      (r) =>
        r.mention.kind === "lab" &&
        (DESTINATION_BEFORE.test(
          info.s.text.slice(Math.max(0, r.mention.start - offset - 40), r.mention.start - offset),
        ) ||
          // "um sich OpenAI anzuschließen", "schließt sich OpenAI an": the lab one joins
          (/\bsich\s+(?:dem\s+|der\s+)?$/u.test(
            info.s.text.slice(Math.max(0, r.mention.start - offset - 20), r.mention.start - offset),
          ) &&
            JOINED_AFTER.test(info.s.text.slice(r.mention.end - offset, r.mention.end - offset + 30)))),
    );
}

/** "Wayve's funding round", "Figure AI's Series B": the company whose round it is */
const ROUND_OWNED_AFTER =
  /^(?:['’]s)?\s+(?:(?:latest|new|newest|current|ongoing|funding|financing|fundraising|Series [A-H]\d?|seed|growth)\s+){0,3}(?:round|raise|Series [A-H]\d?)\b/u;

/** "sich OpenAI anzuschließen", "schloss sich Meta an": the words after a lab that one joins */
const JOINED_AFTER = /^\s+(?:anzuschließen|anschließen|anschließt|anschloss|anschlossen|angeschlossen|an\b)/u;

/** Investors named in a funding sentence: "angeführt von X", "backed by X", "X-finanziert". */
export function investorsIn(info: Info): MentionRole[] {
  return eligible(info.roles).filter((r) => {
    const { before, after } = roundWordsAround(info, r);
    return (
      // "Arthur Mensch, CEO von Mistral AI": the lab of a person is no investor
      !r.staff &&
      (namedAsInvestor(before, after) ||
        (BACKED_COMPOUND.test(r.mention.compound ?? "") && !ROUND_OF_BEFORE.test(before)))
    );
  });
}

/** "Nvidia-backed", "Microsoft-finanziert": a lab named in a compound as a backer */
export const BACKED_COMPOUND = /^(?:backed|gestützt|finanziert)/iu;

/** The words around a lab in a funding sentence that say its part in the round. */
export function roundWordsAround(info: Info, r: MentionRole): { before: string; after: string } {
  const at = r.mention.start - info.s.start;
  const end = r.mention.end - info.s.start;
  return { before: info.s.text.slice(Math.max(0, at - 60), at), after: info.s.text.slice(end, end + 80) };
}

/**
 * The words that make a lab an investor of the sentence's round: `named` before it ("led by",
 * "investors including"), a lead or a part in the round after it ("SoftBank leads", "Nvidia
 * participated in … round"); never the company whose round it is ("die Finanzierungsrunde von").
 */
export function namedAsInvestor(before: string, after: string, named: RegExp = INVESTOR_BEFORE): boolean {
  return (
    !ROUND_OF_BEFORE.test(before) &&
    // "a £3.16bn investment by Amazon into Anthropic": where the money goes is no investor
    !MONEY_INTO_BEFORE.test(before) &&
    (named.test(before) || LEADS_AFTER.test(after) || JOINS_ROUND_AFTER.test(after))
  );
}

/** the verb of speaking after a company at a sentence's end: "…, teilte Mistral AI mit", "…, Mistral AI said" */
const SPEAKER_TAIL = /^\s+(?:mit|said|says|announced|bestätigte|erklärte)\b[^,;]{0,30}$/iu;

/** the subject a sentence names itself, with full certainty */
function named(r: MentionRole): Subject {
  return { lab: r.mention.lab, labName: null, from: null, certainty: 1, mention: r.mention };
}

/** the cue, then its object, then "durch"/"by" and the buyer (no stop between) */
const BUYER_BEFORE =
  /^[^,;:.!?]*\s(?:durch|by)\s+(?:the\s+|den\s+|die\s+|das\s+|dem\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * "included a £3.16bn investment by Amazon into Anthropic", "eine Investition … durch Microsoft in
 * OpenAI": the agent of an investment puts the money into the lab named after it, when no lab
 * before the cue is the sentence's subject ("Anthropic received an investment by Amazon" is
 * Anthropic's round).
 */
export function investmentAgent(info: Info, cueAt: number, cueLen: number): MentionRole | null {
  const offset = info.s.start;
  const text = info.s.text;
  const roles = eligible(info.roles);
  if (roles.some((r) => r.mention.start - offset < cueAt)) return null;
  const agent = roles.find(
    (r) =>
      r.mention.start - offset > cueAt &&
      INVESTMENT_BY_BETWEEN.test(text.slice(cueAt + cueLen, r.mention.start - offset)),
  );
  const into = roles.some(
    (r) =>
      r !== agent &&
      MONEY_INTO_BEFORE.test(
        text.slice(Math.max(0, r.mention.start - offset - 40), r.mention.start - offset),
      ),
  );
  return agent && into ? agent : null;
}

/** "into", "in das Start-up": the words before the company money goes into */
const MONEY_INTO_BEFORE =
  /(?:^|\s)(?:into|in)\s+(?:the\s+|das\s+|den\s+|die\s+)?(?:(?:AI|KI)[\s-])?(?:start-?up\s+|Start-?up\s+|company\s+|firm\s+|Firma\s+|Unternehmen\s+)?$/u;

/** "investment by", "Investition von 2 Milliarden durch": what stands between the cue and its agent */
const INVESTMENT_BY_BETWEEN =
  /^\p{L}*\s+(?:(?:of|von|in Höhe von)\s+\S+(?:\s+\S+){0,2}\s+)?(?:by|durch)\s+(?:the\s+)?$/u;

/** "a $5 billion debt sale for Elon Musk's artificial intelligence startup, " before the raiser */
const DEBT_FOR_BEFORE =
  /\b(?:debt|bond|loan) (?:sale|offering|financing|raise|deal|package)s? for (?:[\p{L}'’-]+,?\s+){0,6}$/iu;

/** The lab named as the object of a verb of leaving ("is leaving Anthropic", "verlässt OpenAI"), if any. */
export function labLeftAfter(
  info: Info,
  cueAt: number,
  cueLen: number,
  roles: MentionRole[] = eligible(info.roles),
): MentionRole | undefined {
  const sentence = info.s.text;
  if (!LEAVE_VERB.test(sentence.slice(cueAt, cueAt + cueLen))) return undefined;
  return roles.find(
    (r) =>
      r.mention.kind === "lab" &&
      r.mention.start - info.s.start >= cueAt + cueLen &&
      LEFT_OBJECT_BETWEEN.test(sentence.slice(cueAt + cueLen, r.mention.start - info.s.start)),
  );
}

/** a reason given after the cue: ", weil …", ", because …" */
const BECAUSE_AFTER = /,\s*(?:weil|da|denn|because|since|as)\s/iu;

/** The lab a cue in sentence `i` is about. */
export function subjectFor(
  type: ExtractEventType,
  cueAt: number,
  cueLen: number,
  info: Info,
  infos: Info[],
  i: number,
  dominant: string | null,
): Subject | null {
  const offset = info.s.start;
  const away = type === "departure" ? new Set(destinations(info).map((r) => r.mention.lab)) : null;
  const hit = affectedRoles(info.s.text, offset, eligible(info.roles));
  const payingIn = type === "investment" && PAYING_IN.test(info.s.text);
  // "Chinese tech giants ordered 1.2 million H20 chips": the product ordered names its maker, who
  // sells; the buyer is named as a company ("bestellte Nvidia 300.000 H20-Chipsätze bei TSMC")
  const ordering = type === "investment" && PLACED_ORDER.test(info.s.text.slice(cueAt, cueAt + cueLen));
  const ordered = (r: MentionRole) =>
    ordering && r.mention.kind !== "lab" && r.mention.start - offset > cueAt;
  const all = eligible(info.roles).filter(
    (r) =>
      !(r.staff && (type === "hiring" || type === "departure")) &&
      !away?.has(r.mention.lab) &&
      !hit.has(r) &&
      !STORE_KEEPER_AFTER.test(info.s.text.slice(r.mention.end - offset, r.mention.end - offset + 60)) &&
      !(type === "benchmark_underperformance" && isTester(info.s.text, r, offset)) &&
      // "muss Son noch 22,5 Milliarden Dollar in OpenAI pumpen": where money goes is not who pays
      !(payingIn && moneyPutInto(info.s.text, r, offset)) &&
      !ordered(r) &&
      // "das von Microsoft unterstützte Unternehmen verlassen", "the Microsoft-backed startup": a
      // backer describes the lab; the fact is the backed lab's, unless money is the fact
      !(type !== "investment" && type !== "acquisition" && isBacker(info.s.text, r, offset)),
  );
  // "OpenAI darf sich freuen: Chipriese Nvidia will … investieren": after a colon or semicolon a
  // new statement starts, with its own subject when it opens with a lab ("Die Übernahme von
  // Windsurf …" names the deal's target, not its subject)
  const part = statementAround(info.s.text, cueAt);
  const inPart = all.filter(
    (r) => r.mention.start - offset >= part.start && r.mention.end - offset <= part.end,
  );
  const opener = inPart[0] ? info.s.text.slice(part.start, inPart[0].mention.start - offset).trim() : null;
  const opensWithLab = opener !== null && opener.split(/\s+/u).filter(Boolean).length <= 2;
  const statement = part.start > 0 && opensWithLab ? inPart : all;
  // "Following Meta's investment, Scale AI laid off …": a lab in the fronted phrase is not the subject
  const fronted = FRONTED.exec(info.s.text);
  const unfronted =
    fronted && cueAt > fronted[0].length
      ? preferring(statement, (r) => r.mention.start - offset >= fronted[0].length)
      : statement;
  // "geriet Black Forest Labs in die Kritik, weil Nutzer mit Grok …": a lab in the reason given
  // after the cue is not the subject when the main clause names one
  const because = BECAUSE_AFTER.exec(info.s.text.slice(cueAt));
  const main = because
    ? preferring(unfronted, (r) => r.mention.start - offset < cueAt + because.index)
    : unfronted;
  // "die Massenproduktion seiner Chips für Nvidia verschoben": the customer is not the subject;
  // nor is the one who runs the tests a product fails ("failed qualification tests by Nvidia")
  const candidates = preferring(
    main,
    (r) =>
      !FOR_BEFORE.test(
        info.s.text.slice(Math.max(0, r.mention.start - offset - 12), r.mention.start - offset),
      ),
  );
  if (type === "hiring") {
    // "Das Team wechselt zu Google", "are joining Google's AI unit": the lab people go to hires them
    const to = joining(info) ?? hiredBy(info, cueAt + cueLen);
    if (to) return named(to);
    // "Engineers Hired From OpenAI", "von OpenAI abgeworben": the lab people come from does not hire
    const from = candidates.filter((r) =>
      HIRED_FROM_BEFORE.test(
        info.s.text.slice(Math.max(0, r.mention.start - offset - 80), r.mention.start - offset),
      ),
    );
    // "Alibaba has seen rivals poach experts from its Tongyi Lab": the lab that loses them, named twice
    const losing = new Set(from.map((r) => r.mention.lab));
    if (from.length > 0 && candidates.every((r) => losing.has(r.mention.lab))) return null;
  }
  const sentence = info.s.text;
  // "Morgan Stanley is marketing a $5 billion debt sale for xAI": the money is raised for xAI
  if (type === "investment") {
    const raiser = candidates.find((r) =>
      DEBT_FOR_BEFORE.test(
        sentence.slice(Math.max(0, r.mention.start - offset - 80), r.mention.start - offset),
      ),
    );
    if (raiser) return named(raiser);
    // "Nvidia would put in $50 million as part of Wayve's funding round": the round is Wayve's
    const owner = candidates.find((r) =>
      ROUND_OWNED_AFTER.test(sentence.slice(r.mention.end - offset, r.mention.end - offset + 40)),
    );
    if (owner) return named(owner);
    const agent = investmentAgent(info, cueAt, cueLen);
    if (agent) return named(agent);
  }
  // "ABB sells its robotics unit to SoftBank", "geht für 5,4 Milliarden Dollar an Softbank": told
  // from the seller's side, the one it goes to buys (no buyer named: no purchase proposed)
  if (type === "acquisition" && SOLD_CUE.test(sentence.slice(cueAt, cueAt + cueLen))) {
    const buyer = candidates.find((r) => r.mention.start - offset >= cueAt + cueLen - 1);
    return buyer ? named(buyer) : null;
  }
  // "a consortium led by Musk offered $97.4 billion to purchase OpenAI": what is bought is no buyer
  if (type === "acquisition") {
    const buyers = candidates.filter(
      (r) =>
        !BOUGHT_BEFORE.test(
          sentence.slice(Math.max(0, r.mention.start - offset - 40), r.mention.start - offset),
        ),
    );
    if (buyers.length === 0 && candidates.length > 0 && !BUYER_BEFORE_ANY.test(sentence)) return null;
    // "Chipkonzern kauft europäische KI-Firma Silo AI": the object of buying is the target; with
    // no buyer named, the buyer is the lab the article is about
    const objects = candidates.filter(
      (r) =>
        r.mention.start - offset >= cueAt + cueLen &&
        BOUGHT_OBJECT_BETWEEN.test(sentence.slice(cueAt + cueLen, r.mention.start - offset)),
    );
    if (
      objects.length > 0 &&
      objects.length === candidates.length &&
      /^(?:kauf|buy|acquir|übernimm|erwirb|bought)/iu.test(sentence.slice(cueAt, cueAt + cueLen)) &&
      COMPANY_NOUN_SUBJECT.test(sentence.slice(0, cueAt)) &&
      !BUYER_BEFORE_ANY.test(sentence)
    )
      return topicBefore(infos, i, dominant, new Set(objects.map((r) => r.mention.lab)));
  }
  // "eine Übernahme von Mistral AI durch Apple", "was acquired by Microsoft": the agent buys
  if (type === "acquisition") {
    const buyer = candidates.find(
      (r) =>
        r.mention.start - offset > cueAt &&
        BUYER_BEFORE.test(sentence.slice(cueAt, r.mention.start - offset)),
    );
    if (buyer) return named(buyer);
  }
  // "Dow Jones is suing Perplexity", "Klage gegen Apple": a lawsuit is the event of the one sued
  const suit = type === "other" ? lawsuitAnchor(sentence, cueAt, cueLen) : null;
  if (suit) {
    const { at, length } = suit;
    // "Die Times hat OpenAI und Microsoft verklagt": the German perfect puts the sued between
    // the auxiliary and the participle
    const aux = /^verklagt/iu.test(sentence.slice(at)) ? lastAuxiliaryBefore(sentence, at) : -1;
    // "was sued by the Times", "von der Times verklagt": who sues is not sued
    const notBy = (r: MentionRole) =>
      !/\b(?:by|von)\s+(?:the\s+|der\s+|dem\s+)?$/iu.test(sentence.slice(0, r.mention.start - offset));
    // "Stability AI was sued by Getty", "OpenAI wurde von der Times verklagt": the subject is sued
    const passive =
      (/^sued\b/iu.test(sentence.slice(at)) &&
        // "is also being famously sued": an adverb or two inside the passive
        /\b(?:was|were|been|being|is|are|gets?|got)\s+(?:\p{L}+ly\s+){0,2}$/iu.test(sentence.slice(0, at))) ||
      (/^verklagt/iu.test(sentence.slice(at)) && /\b(?:wurde|wurden|worden)\b/iu.test(sentence));
    const sued =
      (passive ? candidates.find((r) => r.mention.start - offset < at && notBy(r)) : undefined) ??
      (aux >= 0
        ? candidates.find((r) => r.mention.start - offset > aux && r.mention.start - offset < at && notBy(r))
        : undefined) ??
      // "against its former SVP Wei-Jen Lo, who recently joined Intel": a lab in a relative clause
      // on the one sued is not sued
      candidates.find(
        (r) =>
          r.mention.start - offset >= at + length &&
          notBy(r) &&
          !inRelativeClause(sentence, r.mention.start - offset),
      );
    if (sued) return named(sued);
    // "Disney und Universal verklagen Anbieter von KI-Bildern": those who sue are not sued; the one
    // sued is the article's topic, unless that is one of them
    const suing = candidates.filter((r) => r.mention.start - offset < at);
    if (suing.length > 0 && suing.length === candidates.length && aux < 0)
      return topicBefore(infos, i, dominant, new Set(suing.map((r) => r.mention.lab)));
  }
  // "Her new company has raised $100 million": a person's new company, not the lab named before
  if (NEW_COMPANY.test(sentence.slice(0, cueAt)) && !candidates.some((r) => r.mention.start - offset < cueAt))
    return newCompanyBefore(infos, i);
  const anaphor = anaphorAt(info.s.text, candidates.length > 0);
  const firstNamed = candidates[0] ? candidates[0].mention.start - offset : Infinity;
  // "Der ChatGPT-Entwickler verschiebt …" names its lab; "Der Konzern verschiebt …" points back
  const epithet = candidates[0] && referenceIsEpithet(info.s.text, anaphor, candidates[0].mention, offset);
  // a new company the sentence names first ("Kestrel-Chef … verlässt das Unternehmen") is what it refers to
  const firstNew = info.unknownLabs[0] ? info.unknownLabs[0].start - offset : Infinity;
  if (anaphor >= 0 && anaphor < Math.min(firstNamed, firstNew) && !epithet) {
    const before = fittingTopic(info.s.text, anaphor, infos, i, topicBefore(infos, i, dominant, away));
    // "Die Firma habe 2 Milliarden Dollar eingesammelt, teilte Mistral AI mit": with nothing
    // before to point back to, the company that speaks is the one meant
    if (before || !candidates[0] || !SPEAKER_TAIL.test(sentence.slice(candidates[0].mention.end - offset)))
      return before;
    return named(candidates[0]);
  }
  // "Meta has poached Ruoming Pang, … who led Apple's AI models team": people leave the lab named
  // after the verb, not the one that poaches them
  if (
    type === "departure" &&
    /^(?:poach|lur(?:e|ed|es|ing)\b|abgeworben|abwerb)/iu.test(sentence.slice(cueAt, cueAt + cueLen))
  ) {
    const left = candidates.find((r) => r.mention.start - offset >= cueAt + cueLen);
    return left ? named(left) : null;
  }
  // "OpenAI co-founder John Schulman is leaving Anthropic", "verlässt OpenAI": the lab named
  // right after the verb of leaving is the one left, whatever lab the person's title names
  if (type === "departure") {
    const left = labLeftAfter(info, cueAt, cueLen, candidates);
    if (left) return named(left);
  }
  // "OpenAI accuses DeepSeek of distillation", "OpenAI wirft DeepSeek vor, …": the stir is the
  // accused's, named right after the verb (or inside "wirft … vor")
  if (
    type === "controversy" &&
    /^(?:accus|wirft|warf|werfen)/iu.test(sentence.slice(cueAt, cueAt + cueLen))
  ) {
    const accused = candidates.find(
      (r) =>
        r.mention.start - offset >= cueAt &&
        /^\S+(?:\s+(?:the\s+|den\s+|dem\s+|der\s+)?(?:[\p{L}-]+\s+){0,4}?)?$/u.test(
          sentence.slice(cueAt, r.mention.start - offset),
        ),
    );
    if (accused) return named(accused);
  }
  // "Samsung engineers accidentally leaked source code by uploading it to ChatGPT": a security
  // incident is the lab whose people or systems it names first, not the tool named after it
  // … and so does a value written down: "Microsoft schreibt Millionen auf seinen Anteil an der
  // GM-Tochter Cruise ab" is Microsoft's charge
  if (type === "other" && FIRST_NAMED_CUE.test(sentence.slice(cueAt, cueAt + cueLen))) {
    const first = info.roles.find(
      (r) => r.mention.kind === "lab" && !r.comparison && r.mention.start - offset < cueAt,
    );
    if (first) return named(first);
  }
  // "Samsung bans ChatGPT workplace use", "bans employees from using ChatGPT": a company's rule
  // for its own staff is its own measure, not a setback of the tool
  if (
    type === "other" &&
    /^(?:bans?|banning|banned|verbiet\p{L}*|untersag\p{L}*)\b/iu.test(sentence.slice(cueAt)) &&
    OWN_STAFF_USE.test(sentence.slice(cueAt, cueAt + 100).replace(/^\S+/u, ""))
  ) {
    const own = candidates.find((r) => r.mention.kind === "lab" && r.mention.start - offset < cueAt);
    if (own) return named(own);
  }
  // "Italy has banned ChatGPT": an active ban's subject is what it bans, named after the verb;
  // "xAI said it has banned hate speech" bans nothing of a lab's
  if (type === "other" && ACTIVE_BAN.test(sentence.slice(Math.max(0, cueAt - 16), cueAt + cueLen))) {
    const banned = candidates.find(
      (r) =>
        r.mention.start - offset >= cueAt + cueLen &&
        /^\s+(?:(?!(?:before|after|until|when|while|because|since|so|that|which|if|unless)\s)[\p{L}'’-]+\s+){0,3}$/u.test(
          sentence.slice(cueAt + cueLen, r.mention.start - offset),
        ),
    );
    return banned ? named(banned) : null;
  }
  // "has been named CEO of Safe Superintelligence", "zum Chef von X ernannt": the post's company
  if (type === "other" && APPOINTED.test(sentence.slice(cueAt, cueAt + cueLen))) {
    const of = candidates.find((r) =>
      POST_OF.test(sentence.slice(cueAt + cueLen, Math.max(cueAt + cueLen, r.mention.start - offset))),
    );
    if (of) return named(of);
  }
  // "Altair shares fell 4.3% after Siemens announced the deal": the shares are the named owner's
  if (type === "stock_move") {
    const owner = info.unknownLabs.find((u) =>
      /^(?:['’]s)?\s+(?:shares|stock)\b/u.test(sentence.slice(u.end - offset, u.end - offset + 12)),
    );
    if (owner && !candidates.some((r) => r.mention.start - offset < cueAt && r.mention.start > owner.start))
      return { lab: null, labName: owner.name, from: null, certainty: 0.8, mention: null };
  }
  // a product's delay or flaw belongs to the lab that makes it, however near another lab is named
  const tools = type === "architecture_problem" ? candidates.filter((r) => usedAsTool(info, r)) : [];
  const models = MODEL_TYPES.has(type)
    ? candidates.filter((r) => r.mention.kind !== "lab" && !tools.includes(r))
    : [];
  const pool = models.length > 0 ? models : candidates.filter((r) => !tools.includes(r));
  if (pool.length > 0) {
    const chosen = FIRST_SUBJECT_TYPES.has(type)
      ? candidates[0]!
      : pool.reduce((best, r) =>
          distance({ start: r.mention.start - offset, end: r.mention.end - offset }, cueAt, cueLen) <
          distance({ start: best.mention.start - offset, end: best.mention.end - offset }, cueAt, cueLen)
            ? r
            : best,
        );
    return named(chosen);
  }
  const unknown = info.unknownLabs[0];
  if (unknown) return { lab: null, labName: unknown.name, from: null, certainty: 0.8, mention: null };
  // "Former Google employees have raised $8.5 million": their new company, named before, raises it
  if (FORMER_STAFF_SUBJECT.test(sentence.slice(0, cueAt))) return formerStaffCompany(info, infos, i);
  // "AI startups raised $19 billion in the quarter": a class of companies does it, not the story's lab
  if (GENERIC_SUBJECT.test(sentence.slice(0, cueAt))) return null;
  // "Der S&P 500 legte … zu", "die größten Konzerne des Silicon Valley planen, … zu investieren":
  // an index or the big companies as a group move or spend, not the story's lab
  const before = sentence.slice(0, cueAt);
  if (
    INDEX_OR_GROUP.test(before) &&
    !/\b(?:Aktie\p{L}*|Papiere|Anteilsscheine|shares?|stock)\b/iu.test(before)
  )
    return null;
  // "Mira Murati, früher das KI-Hirn von OpenAI, sammelte … ein": a lab the sentence sets aside
  // (someone's past, a platform, a tool) is not what it is about
  // "The former OpenAI CTO left in September": with no lab left named, a leaver's former post is it
  if (type === "departure" && LEAVE_VERB.test(sentence.slice(cueAt, cueAt + cueLen))) {
    const post = info.roles.find(
      (r) => r.mention.start - offset < cueAt && isFormerPost(sentence, r, offset),
    );
    if (post) return named(post);
  }
  const not = new Set([
    ...(away ?? []),
    ...info.roles.filter((r) => r.aside || ordered(r)).map((r) => r.mention.lab),
  ]);
  const topic = topicBefore(infos, i, dominant, not);
  return MODEL_TYPES.has(type) ? modelMakerTopic(sentence, infos, i, topic) : topic;
}

/**
 * "angeordnet, dass Apple und Google die App aus ihren App Stores entfernen müssen", "ordered Apple
 * and Google to pull the app": the stores that carry out a ban on someone else's app
 */
const STORE_KEEPER_AFTER =
  /^(?:\s*(?:,|und|and|&)\s*[\p{Lu}][\p{L}]+)?\s+(?:(?:to|must|müssen|muss|sollen|soll)\s+)?(?:(?:remove|pull|take down|delete|block)\s+)?(?:die|the|its|seine|ihre)\s+(?:\S+\s+)?(?:App|app|Anwendung|application)\b/u;

/** a setback that happens to the lab named first: a security incident, a value written down */
const FIRST_NAMED_CUE =
  /^(?:leak|expos|(?:security|data) breach|Daten(?:leck|panne)|Sicherheits|schreib|wrote|writes|writing|Wertberichtigung|Abschreibung)/iu;
const OWN_STAFF_USE =
  /^\s+(?:(?:its|their)\s+)?(?:(?:employees?|staff|workers)\s+(?:from\s+)?(?:using|use\s+of)\b|(?:employee|staff|workplace|internal|office)\s+use\b|(?:\S+\s+){1,3}(?:workplace|employee|staff|internal|office)\s+use\b|(?:den\s+)?(?:Mitarbeite\p{L}*|Beschäftigte\p{L}*)\b)/iu;
/** a ban in the active voice: "has banned", "will block", "bans" */
const ACTIVE_BAN =
  /(?:\b(?:has|have|had|will|would|it|they|to)\s+(?:bann?(?:ed|ing|s)?|block(?:ed|s)?|prohibit(?:ed|s)?)|\b(?:bans|blocks|prohibits))$/iu;

/** "Tests von Nvidia", "tests by NVIDIA", "Tests für die Lieferung an Nvidia": the lab that tests */
const TESTER_BEFORE =
  /(?:Test|Tests|Prüfung\p{L}*|tests?)\s+(?:\S+\s+){0,3}?(?:von|by|of|from|an|für|for|bei)\s+$/u;

/** money put "in"/"into" a lab (in a sentence with a verb of paying in): that lab receives, it does not invest */
function moneyPutInto(sentence: string, r: MentionRole, offset: number): boolean {
  const at = r.mention.start - offset;
  // "in OpenAI", "in ChatGPT parent OpenAI", "in chip design software maker Synopsys"
  return /\b(?:in|into)\s+(?:the\s+|das\s+|den\s+|die\s+|dem\s+)?(?:[\p{L}-]+\s+){0,4}$/iu.test(
    sentence.slice(Math.max(0, at - 50), at),
  );
}
const PAYING_IN =
  /(?:\bpump\p{L}*|\bsteck\p{L}*|\bgesteckt|\bpour\p{L}*|\bput(?:s|ting)?\b|\binvest\p{L}*)/iu;

function isTester(sentence: string, r: MentionRole, offset: number): boolean {
  const at = r.mention.start - offset;
  const end = r.mention.end - offset;
  return (
    TESTER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ||
    /^(?:Test|Prüfung)/u.test(r.mention.compound ?? "") ||
    // "failed Nvidia's qualification tests"
    (/['’]s$/u.test(sentence.slice(at, end)) &&
      /^\s+(?:[\p{L}-]+\s+){0,2}?tests?\b/iu.test(sentence.slice(end, end + 40)))
  );
}

/** people who used to work somewhere as the sentence's subject: "Former Google researchers", "Ehemalige OpenAI-Mitarbeiter" */
const FORMER_STAFF_SUBJECT = latinCaseless(
  /(?:\b(?:former|ex-)|\behemalig\p{L}*|\bfrüher\p{L}*)\s*(?:[\p{L}’'-]+\s+){0,2}(?:employees|staff(?:ers)?|researchers|engineers|executives|scientists|Mitarbeiter\p{L}*|Forscher\p{L}*|Angestellte\p{L}*|Manager\p{L}*)\b/iu,
);

/** The latest company named in the sentences before that is not where the people of sentence `i` worked. */
/** "her new company", "seine neue Firma", "their new startup" */
const NEW_COMPANY =
  /\b(?:his|her|their|sein\p{L}*|ihr\p{L}*)\s+(?:new|newly (?:founded|launched)|neue\p{L}*|frisch gegründete\p{L}*)\s+(?:AI\s+|KI-)?(?:company|startup|start-up|venture|firm|lab|Firma|Start-?up|Unternehmen)\b/iu;

/** the company a person's "new company" is: a new name of the sentences before, or none known */
function newCompanyBefore(infos: Info[], i: number): Subject | null {
  for (let j = i; j >= Math.max(0, i - LOOKBACK); j--) {
    const info = infos[j];
    if (!info) continue;
    const unknown = info.unknownLabs.at(-1);
    // "left OpenAI to found Thinking Machines Lab": a known lab the person founded
    const founded = info.roles.findLast((r) =>
      FOUNDED_BEFORE.test(
        info.s.text.slice(Math.max(0, r.mention.start - info.s.start - 30), r.mention.start - info.s.start),
      ),
    );
    if (founded && (!unknown || founded.mention.start > unknown.start)) return named(founded);
    if (unknown) return { lab: null, labName: unknown.name, from: j, certainty: 0.7, mention: null };
  }
  return null;
}
const FOUNDED_BEFORE =
  /\b(?:found|founded|co-?found(?:ed)?|launch(?:ed)?|start(?:ed)?|gründe\p{L}*|gegründet\p{L}*)\s+(?:(?:the|her|his|their|die|das|den)\s+)?(?:(?:AI|KI)[-\s])?(?:start-?up\s+|company\s+|Firma\s+|Start-?up\s+)?$/iu;

function formerStaffCompany(info: Info, infos: Info[], i: number): Subject | null {
  const formerEmployers = new Set(info.roles.filter((r) => r.aside).map((r) => r.mention.lab));
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const other = (infos[j]?.roles ?? []).findLast(
      (r) => r.mention.kind === "lab" && !r.aside && !r.staff && !formerEmployers.has(r.mention.lab),
    );
    if (other) return { lab: other.mention.lab, labName: null, from: j, certainty: 0.7, mention: null };
  }
  return null;
}

/** a plural class of companies as the sentence's subject: "AI startups", "Many tech firms", "Die Konzerne" */
const GENERIC_SUBJECT =
  /^(?:(?:the|die|many|several|other|most|viele|mehrere|andere|einige)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]*(?:start-?ups|companies|firms|labs|makers|giants|investors|Firmen|Konzerne|Investoren)\s+(?:\S+\s+){0,3}$/iu;

/** a market index, or the biggest companies as a group: "Der S&P 500", "die größten Konzerne" */
const INDEX_OR_GROUP =
  /(?:\b(?:Nasdaq|NASDAQ|S&P\s?500|Dow Jones|DAX|Dax|Stoxx|Nikkei|Hang Seng|Leitindex|Indizes|Technologieindex)\b(?!-)|\b(?:die|the)\s+(?:größten|großen|biggest|largest|big)\s+(?:\S+\s+)?(?:Konzerne|Tech-Konzerne|Technologiekonzerne|Techkonzerne|companies|firms|players)\b|\bBig Tech\b|\bHyperscaler\b|\bhyperscalers\b)/u;

/** the roles that `keep` keeps, unless it keeps none: a narrowing that never empties the choice */
function preferring(roles: MentionRole[], keep: (r: MentionRole) => boolean): MentionRole[] {
  const kept = roles.filter(keep);
  return kept.length > 0 ? kept : roles;
}

/** an appointment cue (cue-vocabulary.ts) and the words from it to the company of the post */
const APPOINTED = /(?:named|appointed|reinstated|ernannt|Chef|CEO)/u;
const POST_OF =
  /^[^.;:]{0,40}?\b(?:of|at|von|bei|des|der)\s+(?:the\s+|his\s+|her\s+|its\s+|seines\s+|ihres\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;

/** a lab named as the one a product is for: "Chips für Nvidia", "chips for Nvidia" */
const FOR_BEFORE = /\b(?:für|for)\s+(?:the\s+|den\s+|die\s+|das\s+)?$/iu;

/** a phrase that opens the sentence and names what came before: "Following Meta's investment," */
const FRONTED = /^(?:following|after|since|nach|seit|infolge|amid|inmitten)\s[^,;:]{1,80},/iu;

/** the part of a sentence between colons and semicolons that holds `at` */
function statementAround(sentence: string, at: number): { start: number; end: number } {
  const before = Math.max(sentence.lastIndexOf(": ", at), sentence.lastIndexOf("; ", at));
  const after = [sentence.indexOf(": ", at), sentence.indexOf("; ", at)].filter((x) => x >= 0);
  return {
    start: before >= 0 ? before + 2 : 0,
    end: after.length > 0 ? Math.min(...after) : sentence.length,
  };
}

/** "wechselt zu Google", "are joining Google's": the lab right after the word of the move */
const JOINING_BEFORE =
  /(?:\b(?:wechsel\p{L}*|geh(?:t|en)|ging(?:en)?|go(?:es)?|going|went|mov(?:e|es|ed|ing)|head(?:s|ed|ing)?|return(?:s|ed|ing)?)\s+(?:\S+\s+){0,2}(?:zu|zur|zum|to)|\blos(?:es|t|ing|e)\s+(?:\S+\s+){0,6}to|\bverlier\p{L}*\s+(?:\S+\s+){0,6}an|\bjoin(?:s|ed|ing)?)\s+(?:the\s+|der\s+|die\s+|dem\s+|den\s+)?$/iu;

/** German puts the verb last: "dass Altman und weitere Mitarbeiter zu Microsoft wechseln" */
const TO_BEFORE = /\b(?:zu|zur|zum)\s+(?:der\s+|dem\s+|den\s+)?$/u;
const MOVING_AFTER =
  /^\s+(?:\S+\s+){0,2}?(?:wechsel\p{L}*|gehen|geht|ging(?:en)?|gewechselt|stoßen|stößt|kommen|kommt)\b/u;

function joining(info: Info): MentionRole | undefined {
  const offset = info.s.start;
  return eligible(info.roles).find((r) => {
    if (r.mention.kind !== "lab" || r.staff) return false;
    const before = info.s.text.slice(Math.max(0, r.mention.start - offset - 50), r.mention.start - offset);
    return (
      JOINING_BEFORE.test(before) ||
      (TO_BEFORE.test(before) && MOVING_AFTER.test(info.s.text.slice(r.mention.end - offset)))
    );
  });
}

/** "acqui-hired by Microsoft", "hired away by Amazon", "von Google abgeworben": the lab named as the agent after the cue */
const AGENT_AFTER = /^\s*(?:away\s+|over\s+)?(?:by|von|durch)\s+(?:the\s+|der\s+|dem\s+)?$/iu;

function hiredBy(info: Info, after: number): MentionRole | undefined {
  const offset = info.s.start;
  // "Microsofts Suleyman holt Top-Forscher von Google DeepMind": after an active verb, "von" says
  // where people come from, not who hires them
  const active = ACTIVE_HIRE.test(info.s.text.slice(Math.max(0, after - 40), after));
  return eligible(info.roles).find(
    (r) =>
      r.mention.kind === "lab" &&
      r.mention.start - offset >= after &&
      AGENT_AFTER.test(info.s.text.slice(after, r.mention.start - offset)) &&
      !(active && /\bvon\b/iu.test(info.s.text.slice(after, r.mention.start - offset))),
  );
}

/** a German verb of hiring in the active voice: "holt", "wirbt … ab", "lockt" */
const ACTIVE_HIRE = /\b(?:holt|holte|holten|holen|wirbt|warb|warben|lockt|lockte|lockten)\b/iu;

/** "ein Trainingslauf auf dem Ascend-Chip", "training runs on Nvidia's H20": the hardware used, not the failing product */
const TOOL_BEFORE =
  /\b(?:auf|on|mit|with|using)\s+(?:the\s+|its\s+|dem\s+|den\s+|der\s+|einem\s+|einer\s+|seinen\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu;

function usedAsTool(info: Info, r: MentionRole): boolean {
  const at = r.mention.start - info.s.start;
  return TOOL_BEFORE.test(info.s.text.slice(Math.max(0, at - 30), at));
}

/** Offset of the last "hat"/"haben"/"wurde" before `at`, or -1. */
function lastAuxiliaryBefore(sentence: string, at: number): number {
  let last = -1;
  for (const m of sentence.slice(0, at).matchAll(/\b(?:hat|haben|hatte|hatten)\s/gu)) last = m.index;
  return last;
}

/** The lab that sues, named before the suit ("xAI hat eine Klage gegen Apple … eingereicht"), or null. */
export function plaintiffOf(info: Info, sued: string | null, cueAt: number, cueLen: number): string | null {
  const suit = lawsuitAnchor(info.s.text, cueAt, cueLen);
  if (!suit) return null;
  const offset = info.s.start;
  const before = eligible(info.roles).filter(
    (r) =>
      r.mention.kind === "lab" &&
      r.mention.lab !== sued &&
      r.mention.end - offset <= suit.at &&
      // "was sued by Getty" names the plaintiff after the verb; "Stability AI was sued" is the sued
      !/\b(?:was|were|been|wurde|wurden)\b/iu.test(info.s.text.slice(r.mention.end - offset, suit.at)),
  );
  const by = eligible(info.roles).find(
    (r) =>
      r.mention.kind === "lab" &&
      r.mention.lab !== sued &&
      r.mention.start - offset > suit.at &&
      /\b(?:by|von)\s+(?:the\s+|der\s+|dem\s+)?$/iu.test(
        info.s.text.slice(suit.at, r.mention.start - offset),
      ),
  );
  return (by ?? before[0])?.mention.lab ?? null;
}

/**
 * Where a lawsuit names the one sued, for a legal cue: the verb ("sues", "verklagt", wherever it
 * stands in the sentence: "hatte Stability AI wegen Markenrechtsverletzung verklagt" is cued by
 * the infringement), or the "against"/"gegen" after the suit ("lost its lawsuit against",
 * "Klage wegen Urheberrechts-Verletzungen gegen das KI-Unternehmen Stability AI"); null when
 * the sentence names no suit.
 */
function lawsuitAnchor(
  sentence: string,
  cueAt: number,
  cueLen: number,
): { at: number; length: number } | null {
  if (/^(?:su(?:e|es|ed|ing)\b|verklag)/iu.test(sentence.slice(cueAt, cueAt + cueLen)))
    return { at: cueAt, length: cueLen };
  // "has taken Microsoft to the Federal Court": the one taken stands inside the words
  const taken = /^(?:took|taken|takes|taking|take)\b/iu.exec(sentence.slice(cueAt, cueAt + cueLen));
  if (taken) return { at: cueAt, length: taken[0].length };
  const verb = SUE_VERB.exec(sentence);
  if (verb) return { at: verb.index, length: verb[0].length };
  // "Disney sent Google a cease-and-desist letter", "Disney hat Google eine Abmahnung geschickt":
  // the one the demand goes to follows the verb of sending
  if (LEGAL_DEMAND.test(sentence.slice(cueAt, cueAt + cueLen))) {
    const sent = SENT.exec(sentence);
    if (sent && sent.index < cueAt) return { at: sent.index, length: sent[0].length };
  }
  const against = SUIT_AGAINST.exec(sentence.slice(cueAt));
  return against ? { at: cueAt, length: against[0].length - 1 } : null;
}

const LEGAL_DEMAND = /cease[- ]and[- ]desist|Unterlassung|Abmahnung|abgemahnt/iu;
const SENT = /\b(?:sent|sends|send|sending|issued|served|schickt\p{L}*|verschickt\p{L}*|hat|hatte|haben)\b/iu;
const SUE_VERB = /\b(?:su(?:es|ed|ing)|verklag(?:t|te|ten|en))\b/iu;
/** the cue word, then up to six words without a stop, then "against"/"gegen" */
const SUIT_AGAINST = /^\S*(?:\s+[^\s,;:.!?]+){0,6}?\s+(?:against|gegen)\s/iu;
