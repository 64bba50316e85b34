/**
 * One cue in one sentence → the event proposals it makes (extract.ts assembles the article).
 * Split from extract.ts: the per-sentence proposal (who acts, which numbers and dates belong to
 * it, whether it is background) is apart from the article-level steps (mentions, merge, match).
 */
import type { FuzzyDate } from "../fuzzy-date.types";
import { amountRole } from "./amount-roles";
import type { Publisher } from "./attribution";
import type { CueHit } from "./cues";
import { buysMinorityStake } from "./cue-conflicts";
import { PLACED_ORDER } from "./cue-vocabulary";
import { mostPrecise, type DateHit } from "./dates";
import type { Mention } from "./entities";
import { modelWords } from "./knowledge";
import { MODELS } from "../knowledge";
import type { Draft } from "./merge";
import { refersBackToPeople, type MentionRole } from "./roles";
import { personIn } from "./people";
import { insideQuotation } from "./sentences";
import type { ExtractQualifier } from "./types";
import {
  COMPARISON_FRAME,
  continuesBackground,
  datedBeforeArticle,
  governingSpan,
  inOtherTimeClause,
  inRelativeClause,
  isBackground,
  opensExamples,
  ownDate,
} from "./background";
import { investmentTarget } from "./counterparty";
import { amountFor, amountNearby, nearest, percentFor, qualifier, type Numbers } from "./figures";
import {
  ACQUIRED_THING,
  SOLD_CUE,
  AFTER_CLAUSE,
  ATTRIBUTIVE_BEFORE,
  ATTRIBUTIVE_CUE,
  DEAL_FAILED,
  EXPLAINER,
  FOLLOWING,
  HEADCOUNT_TYPES,
  LAYOFF_PLURAL,
  MOVE_TO,
  NOT_ASSERTED_BEFORE,
  SOURCE_SPEAKS,
  statesNoFact,
  NOT_INVESTED,
  PRESUPPOSED,
  RAISING,
  RELATIVE_DAY,
  STRONG_INVESTMENT,
  INVESTED_IN_NAME,
} from "./rules";
import { quoteRange, reportedByFor, retoldFact, scheduleFor, type ArticleOutlet } from "./schedule";
import { typeForObject } from "./type-guards";
import {
  type Info,
  type Subject,
  destinations,
  eligible,
  investmentAgent,
  investorsIn,
  labLeftAfter,
  plaintiffOf,
  subjectFor,
} from "./subjects";
import {
  departureSubject,
  flawParty,
  handLead,
  investedInRelative,
  leadOf,
  otherParty,
  payeeOf,
  unknownLeadName,
} from "./parties";
import { modelFor } from "./model-for";
import { stockMovers } from "./stock-movers";

const MODEL_WORDS = modelWords(MODELS);
/**
 * In German a verb (a lower-case cue) after "nach …" is the clause's own news: "Nach monatelangen
 * Tests verschiebt Meta …", "… nach heftiger Kritik gestoppt". Only "seit" keeps a state that
 * began earlier ("ist seit Monaten verschoben"), unless it opens the clause.
 */
const VERB_AFTER_PHRASE = /(?:\b(?:nach|infolge)|(?:^|[,;:–]\s*)seit)\s+(?:[\p{L}\p{N}$'’-]+\s+){0,5}$/iu;

/** What the proposals of one article share: its sentences, numbers, dates and the drafts so far. */
export interface ProposalEnv {
  infos: Info[];
  /** the proposals made so far in the article (a retold fact hands its lead to them) */
  drafts: Draft[];
  numbers: Numbers;
  language: "de" | "en";
  dominant: string | null;
  publishers: Publisher[];
  cleanedText: string;
  mentions: Mention[];
  datesOf: (k: number) => DateHit[];
  articleDate: string | undefined;
  /** the article's month, for a proposal that names no date */
  inferred: FuzzyDate | null;
  newLabs: Set<string>;
  labNames: Map<string, string>;
  relayedOutlet: ArticleOutlet;
  surnames: Set<string>;
}

/** a board seat taken: "join G42's board", "in den Aufsichtsrat" */
const BOARD_SEAT =
  /^\S+(?:\s+\S+){0,4}?\s+(?:board|boards|Aufsichtsrat\p{L}*|Verwaltungsrat\p{L}*|Beirat\p{L}*|Vorstand)\b/iu;
/** firms that serve a company and can "quit" it: auditors, banks, law firms, advisers */
const SERVICE_FIRM =
  /\b(?:auditors?|accounting firm|law firm|adviser|advisor|bank|Wirtschaftsprüfer\p{L}*|Kanzlei|Berater\p{L}*|Prüfer)\s+(?:[\p{Lu}&][\p{L}&.-]*\s+){0,4}$/u;
/** the subject raises money: "raised", "einsammeln", "einbringen", "in einer Finanzierungsrunde" */
const RAISES =
  /(?:\braise[sd]?\b|\braising\b|einsammel\p{L}*|eingesammelt|\bsammel\p{L}* (?:\S+ ){0,6}ein\b|einbring\p{L}*|Finanzierungsrunde|funding round|Series [A-F]\b)/iu;

/**
 * a name of two to four capitalised words that opens the sentence and sues: "Penske Media is suing
 * Google" (one word alone is as often a person's surname: "Martin verklagen OpenAI")
 */
const UNKNOWN_PLAINTIFF =
  /^(?:The\s+|Die\s+|Der\s+|Das\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}\p{Lu}[\p{L}&.'’-]*)\s+(?:(?:is|are|has|have|had|hat|haben)\s+)?(?:su(?:ing|ed|es)\b|filed (?:a |an )?(?:\S+ )?(?:lawsuit|suit|complaint)\b|verklagt\b|verklagen\b)/u;

/** the words of a service down (cue-vocabulary.ts) */
const OUTAGE = /outage|down for|went down|was down|disruption|Ausf[aä]ll|Störung|lahm/iu;

/**
 * a reading of the news the company rejects: "dismissed the notion that …" (denied reports stay, as
 * background for the editor: background.ts)
 */
const DENIED_READING =
  /\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|denied|denies|denying|push(?:ed)? back on) (?:the |any )?(?:notion|idea|suggestion|speculation) (?:that )?(?:[^\s.;]+\s+){0,8}$/iu;

/** people of a lab named before it: "scientists at Google DeepMind", "Forscher von OpenAI" */
const STAFF_AT_BEFORE =
  /\b(?:scientists|researchers|engineers|employees|executives|Forscher\p{L}*|Wissenschaftler\p{L}*|Mitarbeiter\p{L}*)\s+(?:at|of|from|bei|von)\s+(?:the\s+)?$/iu;

/** staff who raise money: "scientists have held discussions with potential investors", "researchers raised" */
const STAFF_RAISING =
  /^\S*\s+(?:scientists|researchers|engineers|employees|staff|Forscher\p{L}*|Wissenschaftler\p{L}*|Mitarbeiter\p{L}*)\s+(?:\S+\s+){0,4}?(?:raised|raise|are raising|have held discussions with (?:potential )?investors|talk(?:ed|ing)? (?:with|to) investors|sammel\p{L}*|sprechen mit Investoren)/iu;

/** "already" in an apposition or before a noun's participle: ", already delayed", "die bereits verschobene" */
const ALREADY_DESCRIBED =
  /(?:[,(]\s*|\b(?:the|its|their|die|der|das|den|dem|des|seine[nrms]?|ihre[nrms]?)\s+)(?:already|bereits|schon)\s+$/iu;

/** money raised for someone's new company: "for his new startup", "für sein neues Start-up" */
const NEW_VENTURE =
  /\b(?:for (?:(?:his|her|their|a|the) )?new|für (?:sein|ihr|seine|ihre|ein|eine|das|die) neue[sn]?)\s+(?:\S+\s+){0,3}?(?:startup|start-up|venture|company|firm|lab|Start-?up|Unternehmen|Firma|Labor)\b/iu;

/** a regulator looking at something: the partner rule below holds for scrutiny only */
const SCRUTINY =
  /(?:Behörde|Kommission|[Rr]egulator|[Aa]uthorit|\bCMA\b|\bFTC\b|antitrust|Kartell|Wettbewerbshüter|scrutiny|probe|prüft|untersucht|Visier|looking into|investigat)/u;

/** words before a deal's partner: "Partnerschaft mit", "partnership with", "Beteiligung an" */
const PARTNER_BEFORE =
  /\b(?:[Pp]artnerschaft|partnership|[Dd]eal|Vereinbarung|agreement|Abkommen|Zusammenarbeit|tie-up|alliance|Allianz|Beteiligung|stake|investment|Investition) (?:mit|with|an|in|bei)\s+(?:the\s+|dem\s+|der\s+)?$/u;

/** words before the one a company is sold to: "seeking to sell itself to tech giant HP", "an HP verkaufen" */
const SOLD_TO_BEFORE = /\bsell(?:s|ing)? (?:\S+ ){0,3}to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** a sum kept back: "remains undisclosed", "terms were not disclosed", "nicht bekannt", "nicht genannt" */
const UNDISCLOSED =
  /(?:\bundisclosed\b|\b(?:not|weren['’]t|wasn['’]t) (?:been )?disclosed\b|\bdid not disclose\b|\bdeclined to disclose\b|\bnicht (?:bekannt|genannt|offengelegt|veröffentlicht)\b|\bunbekannt\b)/iu;

/** a state or a regulator as the one who acts: its doubts are scrutiny */
const STATE_ACTOR =
  /(?:^|[^\p{L}])(?:China|Peking|Beijing|Washington|Brüssel|Brussels|EU|Regierung|government|regulators?|[\p{L}-]*[Bb]ehörde|[\p{L}-]*[Aa]ufsicht|authorities|Kommission|Commission|[Mm]inistry|Ministerium|FTC|DOJ|CMA|Garante|watchdog)(?:['’]s)?\s+(?:\S+\s+){0,3}$/u;

/** a stock-market listing: its postponement is `other` (docs/labelling.md) */
const LISTING =
  /(?:\bIPO\b|initial public offering|stock market (?:debut|listing)|\blisting\b|going public|Börsengang\p{L}*|Börsengänge|Börsennotierung|Börsendebüt)/iu;

/** a sentence after a layoff that counts the people it hits: "were terminated", "Betroffen sind" */
const CUT_FOLLOWS =
  /(?:betroffen|betr(?:ifft|effe|effen|af|afen)\b|affect|terminat|laid off|let go|\blos(?:e|ing|t)\b|verlier|verloren|entlass|gekündigt|kündig|\bcuts?\b|gestrichen|streich|abgebaut|wegfall|eliminat)/iu;
/** …but not one that counts the whole staff: "The company employs 110,000 people worldwide" */
const WHOLE_STAFF =
  /(?:employs|beschäftigt|workforce of|Belegschaft von|insgesamt|in total|worldwide|weltweit)/iu;

/** a regulator looking at a deal: "antitrust scrutiny", "approval", "Kartellprüfung", "Freigabe" */
const DEAL_REVIEW =
  /(?:antitrust|probe|investigat|scrutin|inquiry|approv|clearance|regulator|Kartell|prüf|ermittel|Genehmigung|Freigabe|Wettbewerbsh)/iu;

/** a sentence that gives the reason for what came before: "Der Grund dafür sind …", "The reason was …" */
const REASON_OPENER =
  /^(?:(?:Der|Als|Ein) )?(?:Grund|Hintergrund)(?: dafür| hierfür)?(?: (?:sind|ist|waren|war|seien|sei)\b|:)|^(?:The|One) reason(?: for (?:this|that|the \S+))?(?: (?:is|was|given)\b|:)/u;

/**
 * "That marked the largest single financing raised by a Chinese AI start-up since …", "Es ist
 * die größte Übernahme der Firmengeschichte": a superlative said of the fact told before ranks
 * it; it is no fact of its own.
 */
const RANKS_THE_FACT_BEFORE =
  /^(?:That|This|It|Das|Dies|Es)\s+(?:\S+\s+){0,2}?(?:marked|marks|was|is|made|makes|represents|represented|markiert\p{L}*|war|ist|wäre|stellt)\b(?:\s+\S+){0,4}?\s+(?:the\s+|die\s+|der\s+|das\s+|den\s+)?(?:largest|biggest|first|highest|second-largest|größte\p{L}*|höchste\p{L}*|erste\p{L}*|zweitgrößte\p{L}*)\b/iu;

/** The proposals one cue makes in sentence i. */
export function proposer(env: ProposalEnv): (found: CueHit, info: Info, i: number) => Draft[] {
  const { infos, drafts, numbers, language, dominant, publishers, cleanedText, mentions } = env;
  const { datesOf, inferred, newLabs, labNames, relayedOutlet, surnames } = env;
  const ctx = { articleDate: env.articleDate };
  return proposalsFor;

  function proposalsFor(found: CueHit, info: Info, i: number): Draft[] {
    const offset = info.s.start;
    const text = info.s.text;
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const cueText = text.slice(found.index, found.index + found.length);
    // "“Congrats to the team …,” Musk posted": a quoted statement comments on the news; the
    // sentences around it tell the fact; an unnamed source's quotation is the fact told
    if (insideQuotation(text, found.index) && !SOURCE_SPEAKS.test(text)) return [];
    // a wondering or generalising clause, or a question ("GPT-5 Delayed?"), states no fact
    const span = governingSpan(text, found.index);
    const governing = text.slice(span.start, span.end);
    const cueEnd = found.index + found.length - span.start;
    if (statesNoFact(found.type, governing, text, cueEnd) || /\?\s*$/u.test(text)) return [];
    // "Der Grund dafür sind Datenschutzbedenken", "The reason: safety concerns": the cause of the
    // fact told before, not a stir of its own
    if (found.type === "controversy" && REASON_OPENER.test(text)) return [];
    if (i > 0 && RANKS_THE_FACT_BEFORE.test(text)) return [];
    // a denied fact ("kein Stellenabbau") or what a doubt is about ("questions about its spending")
    if (NOT_ASSERTED_BEFORE.test(before)) return [];
    // "dismissed the notion that the investment indicates a merger": a denied reading of the news
    if (DENIED_READING.test(text.slice(Math.max(0, found.index - 90), found.index))) return [];
    // "the delay", "die Verzögerung": the fact already proposed, named again
    if (retoldFact(found, info, drafts, publishers)) return handLead(found.type, info, drafts);
    // "Anthropic, in which Amazon has invested $8 billion, …": the investor's earlier stake, recalled
    const recalled = found.type === "investment" ? investedInRelative(info) : null;
    if (recalled) {
      const investor = recalled.investor.mention;
      const made = draft(
        found,
        info,
        i,
        { lab: investor.lab, labName: null, from: null, certainty: 1, mention: investor },
        false,
        {
          counterparty: recalled.target.mention.lab,
        },
      );
      return [{ ...made, background: true }];
    }
    let cue = found;
    // "following Meta's $14.3 billion investment", "nach der Übernahme": an earlier fact named
    const earlier =
      (PRESUPPOSED.test(governing) && !EXPLAINER.test(text)) ||
      // German puts the verb right after a fronted phrase: in "Nach monatelangen Tests verschiebt
      // Meta …" the verb is the news; "nach der Verschiebung" (a noun) names the earlier fact
      (FOLLOWING.test(before) &&
        !AFTER_CLAUSE.test(`${before}${/^\S+\s/u.exec(text.slice(found.index))?.[0] ?? ""}`) &&
        !(
          language === "de" &&
          /^\p{Ll}/u.test(cueText) &&
          VERB_AFTER_PHRASE.test(text.slice(0, found.index))
        )) ||
      (ATTRIBUTIVE_CUE.test(text.slice(found.index, found.index + found.length + 2)) &&
        ATTRIBUTIVE_BEFORE.test(before));
    // spending words are everywhere; an investment is news when money or a round is in the sentence
    if (
      cue.type === "investment" &&
      !STRONG_INVESTMENT.test(text) &&
      !INVESTED_IN_NAME.test(text) &&
      !PLACED_ORDER.test(text) &&
      !buysMinorityStake(text)
    ) {
      const money = numbers.amounts(text, language);
      if (money.every((a) => NOT_INVESTED.has(amountRole(text, a.index, a.text.length) ?? ""))) return [];
    }
    // "entlassen" of one person (a CEO fired) is a departure, not job cuts
    if (cue.type === "layoff" && /entl[aä]ss|Entlassung/iu.test(cueText) && !LAYOFF_PLURAL.test(text)) {
      if (!/(?:Chef|CEO|Gründer|Vorstand|Präsident|Manager|Leiter)/u.test(text)) return [];
      cue = { ...cue, type: "departure" };
    }
    // buying needs something bought: a company, a stake, a start-up
    if (
      cue.type === "acquisition" &&
      !/Übernahme|acquisition|takeover|merger|Fusion|angebot/iu.test(cueText) &&
      // "Die ABB-Sparte Robotics geht für … an Softbank": a sale names what is sold before its cue
      !SOLD_CUE.test(cueText) &&
      // "bietet 6,5 Milliarden Dollar für Ampere": an offer with its price names the thing bought
      !(/biete|\bbot|offer|\bbid/iu.test(cueText) && /\d/u.test(cueText)) &&
      eligible(info.roles).filter((r) => r.mention.kind === "lab").length < 2 &&
      info.unknownLabs.length === 0 &&
      !ACQUIRED_THING.test(text.slice(cue.index, cue.index + cue.length + 60)) &&
      // "hat die Plattform X für 33 Milliarden Dollar übernommen": the participle follows its object
      !(/^(?:übernommen|gekauft|erworben)$/u.test(cueText) && ACQUIRED_THING.test(text.slice(0, cue.index)))
    ) {
      return [];
    }
    // "the Gemini takeover of Google Assistant": a product taking over another's job, no company bought
    if (
      cue.type === "acquisition" &&
      /^(?:takeover|Übernahme)/iu.test(cueText) &&
      info.roles.some(
        (r) =>
          r.mention.kind !== "lab" &&
          /^[\s-]*$/u.test(text.slice(r.mention.end - info.s.start, cue.index)) &&
          r.mention.end - info.s.start <= cue.index,
      )
    )
      return [];
    // "teams return to China", "goes to court": a move is a departure when it is to a lab
    if (cue.type === "departure" && MOVE_TO.test(cueText) && destinations(info).length === 0) return [];
    // "will join G42's board", "zieht in den Aufsichtsrat von X ein": a seat on a board is no move
    if (
      cue.type === "departure" &&
      MOVE_TO.test(cueText) &&
      BOARD_SEAT.test(text.slice(found.index, found.index + 80))
    )
      return [];
    // "Microsoft's auditor Ernst & Young quit": a firm that served the lab leaves, not its people
    if (cue.type === "departure" && SERVICE_FIRM.test(text.slice(Math.max(0, found.index - 60), found.index)))
      return [];
    const staff = info.roles.filter((r) => r.staff && !r.comparison && !r.inAttribution);
    const backPeople = refersBackToPeople(info.s.text)
      ? (infos[i - 1]?.roles.filter((r) => r.staff) ?? [])
      : [];
    // Departures with named staff: one proposal per lab that loses people.
    if (cue.type === "departure" && (staff.length > 0 || backPeople.length > 0)) {
      // where they go: "for rival Anthropic" first, then the lab that hires them
      const goingTo = destinations(info)[0]?.mention.lab;
      const leftObject = labLeftAfter(info, cue.index, cue.length);
      const hirer = goingTo
        ? { lab: goingTo }
        : subjectFor("hiring", cue.index, cue.length, info, infos, i, dominant);
      const counter = leftObject && hirer?.lab === leftObject.mention.lab ? null : hirer;
      const heads = numbers.headcounts(info.s.text, language);
      const losing = new Map<string, { role: MentionRole; back: boolean }>();
      // "OpenAI co-founder John Schulman is leaving Anthropic": the lab left is the verb's object,
      // not the one the person's title names
      if (leftObject) losing.set(leftObject.mention.lab, { role: leftObject, back: false });
      for (const r of leftObject ? [] : backPeople)
        if (!losing.has(r.mention.lab)) losing.set(r.mention.lab, { role: r, back: true });
      for (const r of leftObject ? [] : staff)
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
    // … but "an investment by Amazon into Anthropic" is the agent's (investmentAgent)
    const investors =
      cue.type === "investment" && RAISING.test(text) && !investmentAgent(info, cue.index, cue.length)
        ? investorsIn(info)
        : [];
    // one stock move per lab with a move of its own ("X fiel, Y gab nach"); none for a lab that is the cause
    const movers = cue.type === "stock_move" ? stockMovers(info) : [];
    if (movers.length >= 2)
      return movers.map((m) => draft({ ...cue, index: m.move, length: 1 }, info, i, m.subject, false, {}));
    // "Humane is seeking to sell itself to HP": the one a company sells itself to is not the seller
    const wordsBefore = (r: MentionRole, n: number) =>
      info.s.text.slice(Math.max(0, r.mention.start - info.s.start - n), r.mention.start - info.s.start);
    const buyers =
      cue.type === "other"
        ? info.roles.filter(
            (r) =>
              SOLD_TO_BEFORE.test(wordsBefore(r, 50)) ||
              // "nimmt Microsofts Partnerschaft mit Mistral AI ins Visier": the partner of the deal
              // looked at is its other party when the deal's owner is named before
              (PARTNER_BEFORE.test(wordsBefore(r, 40)) &&
                SCRUTINY.test(info.s.text) &&
                info.roles.some((o) => o.mention.lab !== r.mention.lab && o.mention.start < r.mention.start)),
          )
        : [];
    // "OpenAI agreed to pay Reddit $60 million … for access to its data": the one paid is the other party
    const payee = cue.type === "other" ? payeeOf(info, cue.index, cue.length) : null;
    const paid = payee?.roles ?? [];
    const investorLabs = new Set([...investors, ...buyers, ...paid].map((r) => r.mention.lab));
    // "OpenAI co-founder Ilya Sutskever has raised $1 billion for his new startup": the money is
    // the new company's, not that of the lab the founder comes from
    // … and so is money raised by a lab's staff ("DeepMind scientists have held discussions with
    // potential investors about a financing round"): their own company's, not the lab's
    const forNewVenture =
      cue.type === "investment" &&
      (NEW_VENTURE.test(text) ||
        info.roles.some((r) => staffOf(r) && STAFF_RAISING.test(text.slice(r.mention.end - offset))));
    const own = {
      ...info,
      roles: info.roles.filter((r) => !investorLabs.has(r.mention.lab) && !(forNewVenture && staffOf(r))),
    };
    // … and when the new company is not named in the sentence, the article's lab is not it either
    if (forNewVenture && own.roles.length === 0 && info.roles.some(staffOf)) return [];
    const found0 = movers[0]?.subject ?? subjectFor(cue.type, cue.index, cue.length, own, infos, i, dominant);
    const subject =
      found0 && cue.type === "departure" ? leftLab(departureSubject(found0, infos, i), i) : found0;
    if (!subject || (!subject.lab && !subject.labName)) return [];
    const withPrevious = subject.from === i - 1 && infos[i - 1]?.s.paragraph === info.s.paragraph;
    let counterparty: string | null = investors.length > 0 ? leadOf(info) : null;
    if (cue.type === "departure") counterparty = destinations(info)[0]?.mention.lab ?? null;
    if (cue.type === "acquisition" || cue.type === "hiring")
      counterparty = otherParty(cue.type, info, subject.lab);
    if (cue.type === "architecture_problem") counterparty = flawParty(info, subject.lab);
    // "Nvidia fell 17% after DeepSeek …": the other lab of a share move's sentence is its cause
    if (cue.type === "stock_move") counterparty = otherParty(cue.type, info, subject.lab);
    // "a £3.16bn investment by Amazon into Anthropic" told as Amazon's: a lab is never its own other party
    if (counterparty === subject.lab) counterparty = null;
    if (cue.type === "investment" && !counterparty)
      counterparty = investmentTarget(info.s, cleanedText, mentions, subject.lab, !RAISES.test(text));
    // a failed purchase is found like one (the buyer first) and proposed as the buyer's `other` setback
    // a listing put off is no product's delay: "dürfte Börsengang verschieben", "postpone its IPO"
    const listing =
      cue.type === "delay" &&
      LISTING.test(text.slice(Math.max(0, cue.index - 50), cue.index + cue.length + 50));
    // "China äußert Sicherheitsbedenken gegen den Chip H20": a state's or a regulator's doubts are
    // scrutiny (`other`), not a public stir
    const scrutiny =
      cue.type === "controversy" && STATE_ACTOR.test(text.slice(Math.max(0, cue.index - 60), cue.index));
    const type = typeForObject(
      (cue.type === "acquisition" && DEAL_FAILED.test(text)) || listing || scrutiny ? "other" : cue.type,
      text,
      cue.index,
      cue.length,
      counterparty !== null && counterparty !== subject.lab,
    );
    if (!type) return [];
    if (payee && !counterparty) counterparty = paid[0]?.mention.lab ?? null;
    // "xAI hat eine Klage gegen Apple eingereicht": the one who sues is the suit's other party
    if (type === "other" && !counterparty)
      counterparty = buyers[0]?.mention.lab ?? plaintiffOf(info, subject.lab, cue.index, cue.length);
    // "Penske Media is suing Google", "pay News Corp $250 million to license": a plaintiff or a
    // payee the knowledge base does not know, by its name
    const namedParty =
      type === "other" && !counterparty ? (payee?.name ?? UNKNOWN_PLAINTIFF.exec(text)?.[1] ?? null) : null;
    // "OpenAI acquires Statsig", "Nvidia invests $500 million in Vireo": a company the knowledge
    // base does not know, named after the cue, is what is bought or invested in
    // without a known other party, one by name: what is bought or invested in, then an unknown
    // lead of the round, then the plaintiff
    const boughtOrBacked =
      subject.lab && (type === "acquisition" || (type === "investment" && !RAISES.test(text)))
        ? info.unknownLabs.find((u) => u.start - info.s.start > cue.index)?.name
        : undefined;
    const counterpartyName = counterparty
      ? null
      : (boughtOrBacked ?? (type === "investment" ? unknownLeadName(text) : null) ?? namedParty);
    const made = draft({ ...cue, type }, info, i, subject, withPrevious, { counterparty, counterpartyName });
    return [earlier ? { ...made, background: true } : made];
  }

  /**
   * "… is leaving for Meta. Ruoming Pang … is departing": the topic carried over from a departure
   * is the lab people go to; a second sentence about leaving means the lab they leave.
   */
  function leftLab(subject: Subject | null, i: number): Subject | null {
    if (!subject?.lab || subject.from === null || subject.from < i - 2) return subject;
    const before = drafts.findLast((d) => d.type === "departure" && d.counterparty === subject.lab && d.lab);
    return before?.lab ? { ...subject, lab: before.lab } : subject;
  }

  /** whether a sentence of this paragraph up to `i` opens a comparison ("Zur Einordnung: …") */
  function framedAsComparison(i: number): boolean {
    const paragraph = infos[i]!.s.paragraph;
    for (let k = i; k >= 0 && infos[k]!.s.paragraph === paragraph; k--)
      if (COMPARISON_FRAME.test(infos[k]!.s.text)) return true;
    return false;
  }

  /** "A global outage of ChatGPT", "ChatGPT … von einem Ausfall betroffen": a service down */
  function outageOf(cue: CueHit, info: Info): boolean {
    return cue.type === "other" && OUTAGE.test(info.s.text.slice(cue.index, cue.index + cue.length));
  }

  /**
   * The product a service outage hit, when its sentence names it: `other` events take no model
   * otherwise (articles name products in passing), but a product down is what the event is about.
   */
  function sentenceModel(subject: Subject, info: Info): { model: string | null; modelName: string | null } {
    const own = info.roles.find(
      (r) => !r.comparison && r.mention.kind === "model" && r.mention.lab === subject.lab,
    );
    return { model: own?.mention.slug ?? null, modelName: null };
  }

  /** "OpenAI co-founder …", "scientists at Google DeepMind": the lab named as people's employer */
  function staffOf(r: MentionRole): boolean {
    const at = r.mention.start;
    return r.staff || STAFF_AT_BEFORE.test(cleanedText.slice(Math.max(0, at - 40), at));
  }

  function hasDollars(x: Info | undefined): x is Info {
    return x !== undefined && numbers.amounts(x.s.text, language).some((a) => a.currency === "USD");
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
      counterpartyName?: string | null;
    },
  ): Draft {
    let range = quoteRange(infos, i, withPrevious);
    const { model, modelName } = outageOf(cue, info)
      ? sentenceModel(subject, info)
      : modelFor(cue.type, subject, info, infos, i, MODEL_WORDS);
    const sentence = info.s.text;
    const found =
      amountFor(cue.type, sentence, cue.index, language, numbers) ??
      // "committed up to $240 million CAD": a sentence whose money is in another currency names
      // its own sum; a dollar figure of the next sentence is not it (read only when needed)
      // (a neighbour without a dollar figure lends none: checked first, as the word checks are slow)
      ((!hasDollars(infos[i - 1]) && !hasDollars(infos[i + 1])) ||
      numbers.amounts(sentence, language).some((a) => a.currency === "OTHER") ||
      UNDISCLOSED.test(sentence)
        ? null
        : amountNearby(
            cue.type,
            [infos[i - 1], infos[i + 1]]
              .filter(
                (x) =>
                  hasDollars(x) &&
                  x.s.paragraph === info.s.paragraph &&
                  // "AMD said it would purchase Silo AI for $665mn": another lab's deal beside this one
                  eligible(x.roles).every(
                    (r) => r.mention.lab === subject.lab || r.mention.lab === extra.counterparty,
                  ) &&
                  // "The exact value of the deal remains undisclosed"
                  !UNDISCLOSED.test(x.s.text),
              )
              .map((x) => x!.s.text),
            language,
            numbers,
          ));
    // "approval to Nvidia's $700 million bid", "the DOJ is investigating the $700 million deal":
    // the deal's value is not the probe's amount (a deal that fails keeps it: DEAL_FAILED)
    const amount =
      found?.kind === "deal_value" &&
      cue.type === "other" &&
      DEAL_REVIEW.test(sentence) &&
      !DEAL_FAILED.test(sentence)
        ? null
        : found;
    const percent = percentFor(cue.type, sentence, cue.index, language, numbers);

    let headcount = extra.headcount ?? null;
    let headcountQualifier = extra.headcountQualifier ?? null;
    if (extra.headcount === undefined && HEADCOUNT_TYPES.has(cue.type)) {
      const h = nearest(numbers.headcounts(sentence, language), cue.index);
      if (h) {
        headcount = h.value;
        headcountQualifier = qualifier(h.qualifier);
      } else if (cue.type === "layoff") {
        // "ByteDance lays off hundreds of employees. More than 500 individuals were terminated …",
        // "Meta streicht Stellen. Betroffen sind rund 600 Mitarbeiter.": the count follows
        const next = infos[i + 1];
        const nextText = next?.s.paragraph === info.s.paragraph ? next.s.text : "";
        const count =
          CUT_FOLLOWS.test(nextText) &&
          !WHOLE_STAFF.test(nextText) &&
          eligible(next!.roles).every((r) => r.mention.lab === subject.lab)
            ? numbers.headcounts(nextText, language)[0]
            : undefined;
        if (count) {
          headcount = count.value;
          headcountQualifier = qualifier(count.qualifier);
          range = { start: range.start, end: Math.max(range.end, next!.s.end) };
        }
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
      // "expected to underperform Blackwell, which debuted in late 2024": a relative clause about
      // something else does not date the event
      const cueInRelative = inRelativeClause(sentence, cue.index);
      // "Nachdem im Dezember … geflossen war, sicherte sich Mistral …": nor does a clause of time
      occurredHit = mostPrecise(
        hits.filter(
          (h) =>
            (cueInRelative || !inRelativeClause(sentence, h.start - info.s.start)) &&
            (h.start < info.s.start || !inOtherTimeClause(sentence, h.start - info.s.start, cue.index)),
        ),
        ctx.articleDate,
        sentence,
      );
    }
    const occurred = occurredHit?.date ?? inferred;
    const timing =
      cue.type === "delay" ? occurredHit : ownDate(sentence, info.s.start, cue.index, hits, ctx.articleDate);
    const previous = infos[i - 1]?.s.paragraph === info.s.paragraph ? infos[i - 1]!.s.text : null;
    const background =
      isBackground(sentence, timing?.date ?? null, ctx.articleDate, cue.type, cue.index) ||
      (previous !== null &&
        (opensExamples(previous, sentence, cue.index) ||
          continuesBackground(previous, sentence, cue.index))) ||
      framedAsComparison(i) ||
      // "Blackwell GPUs, already delayed to market, are …", "die bereits verschobene Einführung": a
      // delay the sentence takes as known describes what it is about
      ALREADY_DESCRIBED.test(sentence.slice(Math.max(0, cue.index - 30), cue.index));

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
      reportedBy: reportedByFor(infos, i, range.start, {
        outlets: background ? null : relayedOutlet,
        lab: subject.lab,
        labName: subject.lab ? (labNames.get(subject.lab) ?? null) : null,
        type: cue.type,
      }),
      quote: cleanedText.slice(range.start, range.end),
      confidence: Math.round(cue.confidence * subject.certainty * 100) / 100,
      matchesEventId: null,
      counterparty: extra.counterparty ?? null,
      counterpartyName: extra.counterparty ? null : (extra.counterpartyName ?? null),
      ...(plannedDates ? { plannedDates } : {}),
      ...(background ? { background: true } : {}),
      ...(cue.type === "departure" ? { person: personIn(sentence, surnames) } : {}),
      at: range.start,
      ...(occurredHit &&
      datedBeforeArticle(
        sentence,
        cue.index,
        { ...occurredHit, start: occurredHit.start - info.s.start, end: occurredHit.end - info.s.start },
        ctx.articleDate,
      )
        ? { datedBefore: true }
        : {}),
    };
  }
}
