/**
 * What part a lab plays in its sentence. "Marktführer wie OpenAI" is a comparison, not a subject;
 * "OpenAI-Mitarbeitern" and "Mitarbeiter der Konkurrenten Anthropic und Google" are staff of a lab
 * (who leave it, or whom another lab hires); "das Imperium" or "Er" at the start points back to
 * the lab the previous sentences were about.
 */
import type { Attribution } from "./attribution";
import { COMPANY_NOUN } from "./company-nouns";
import type { Mention } from "./entities";
import { keptPerExtraction } from "./extraction-memory";

export interface MentionRole {
  mention: Mention;
  comparison: boolean;
  inAttribution: boolean;
  staff: boolean;
  /** a single named person of that lab: "Scale-AI-Chef Alexandr Wang" */
  singlePerson: boolean;
  /**
   * named in passing, not acting in the sentence: a former name in brackets ("X (ehemals
   * Twitter)", "X, formerly known as Twitter") or a person's former employer ("des ehemaligen
   * Apple-Chefdesigners", "ein ehemaliger DeepMind-Forscher", "ex-OpenAI researcher")
   */
  aside: boolean;
}

const COMPARISON_BEFORE =
  /(?:(?<!ebenso |genauso |so )\bwie|such as|\binclud(?:e|es|ed)|\blike|\bthan|including|darunter|customers|clients|Kunden|\p{L}+er\s+(?:ab\s+|aus\s+|an\s+|zu\s+)?als|\bmehr\s+als|\bweniger\s+als|gegenüber|versus|\bvs\.?|Konkurrenten|Konkurrenz|Rivalen|\brivals?|competitors?|Marktführer\p{L}*|Führungskräften|leaders|hinter|behind|short of|trail(?:s|ed|ing)?|challengers? (?:to|of)|overtak(?:e|es|en|ing)|overtook|surpass(?:es|ed|ing)?|überhol\p{L}*|(?:zog|zieht|ziehen|zogen) (?:\S+\s+){0,3}an|Herausforderer (?:von|für)|rivals? (?:to|of)|competitors? (?:to|of)|alternative to|Alternative zu|Vorgänger\p{L}*|predecessor|successor|Nachfolger\p{L}*|(?:gains?|improvements?|edge|lead|advantage|Vorsprung|Verbesserung\p{L}*) (?:over|on|gegenüber)|outperform\p{L}*|übertr\p{L}*|compared (?:with|to)|im Vergleich (?:zu|mit)|verglichen mit|Anschluss an|aufschließen zu|mit Ausnahme von|except(?: for)?|excluding|with the exception of|(?:keep|keeps|kept|keeping) up with|(?:catch|catches|caught|catching) up (?:with|to))\s+(?:\p{Ll}[\p{L}-]*\s+|[\p{Lu}][\p{L}\p{N}.-]*['’]s\s+){0,2}$/u;
/**
 * "a ChatGPT competitor", "der ChatGPT-Konkurrent", "OpenAI rival Anthropic": the name describes
 * the one compared with it (counterparty.ts: money put "in OpenAI rival Anthropic" goes to Anthropic)
 */
export const COMPARISON_AFTER =
  /^(?:\s+(?:competitors?|rivals?|alternatives?|challengers?|clones?|killers?)\b|-?(?:Konkurrent|Rivale|Alternative|Herausforderer|Konkurrenz)\p{Ll}*)/u;
const LIST_JOIN = /^\s*(?:,\s*(?:und|and|oder|or|sowie)?|und|and|oder|or|sowie|&)\s*$/u;
/** "behind OpenAI's o1, and the currently unreleased o3": a list item with a few words before its name */
const LIST_JOIN_WORDS =
  /^\s*,?\s*(?:und|and|oder|or|sowie)\s+(?:(?:the|die|das|den|dem|der|its|seine[nm]?)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
const STAFF_COMPOUND =
  /^(?:Mitarbeiter\p{L}*|Mitarbeitende\p{L}*|Chef\p{L}*|CEO|Forscher\p{L}*|Forschungs\p{L}*|Entwickler\p{L}*|Manager\p{L}*|Gründer\p{L}*|Mitbegründer\p{L}*|Ingenieur\p{L}*|Angestellte\p{L}*|Beschäftigte\p{L}*|Führungskr\p{L}*|Topmanager\p{L}*|Experten|Talente)$/u;
const SINGLE_ROLE_COMPOUND =
  /^(?:Chef|Chefin|CEO|Gründer|Gründerin|Mitbegründer|Mitbegründerin|Forschungschef|Forschungsleiter\p{L}*)$/u;
const STAFF_BEFORE =
  /(?:Mitarbeiter\p{L}*|Mitarbeitende\p{L}*|Forscher\p{L}*|Entwickler\p{L}*|Ingenieur\p{L}*|Beschäftigte\p{L}*|Angestellte\p{L}*|Führungskräfte\p{L}*|employees|staff(?:ers)?|researchers|engineers|executives|scientists|people|talent|CEO|chief executive|founder|co-founder)\s+(?:der|des|von|bei|aus|at|from|of)\s+(?:(?:Konkurrenten|Konkurrenz|Rivalen|rival|rivals|the)\s+)?$/u;
const STAFF_AFTER =
  /^\s+(?:researchers|engineers|employees|staff(?:ers)?|executives|scientists|co-?founders?|founders?)\b/iu;
const NAME_AFTER = /^\s+[\p{Lu}][\p{L}-]+\s+[\p{Lu}][\p{L}-]+/u;
/** a word of FORMER_NAME_BEFORE, PLATFORM_BEFORE or OWNED_BEFORE: most mentions have none */
const ASIDE_WORD =
  /formerly|previously|ehemals|vormals|früher|einst|latt?form|etzwerk|network|Kurznachrichtendienst|post|Post|wrot|Beitrag|schrieb|subscribers|users|Nutzer|Abonnenten|parent|Mutter/u;
/** "formerly known as", "ehemals", "früher": a former name of the thing just named */
const FORMER_NAME_BEFORE =
  /(?:formerly(?:\s+known\s+as)?|previously\s+known\s+as|ehemals|vormals|früher|einst)\s+$/iu;
/** "ehemaliger", "former", "Ex-" right before the lab: a person's past employer */
const FORMER_EMPLOYER_BEFORE =
  /(?:(?<![\p{L}])(?:[Ee]hemalig|[Ff]rüher|[Ff]ormer)\p{L}*\s+|(?<![\p{L}])[Ee]x-)$/u;
/** ", früher das KI-Hirn von OpenAI,", "who previously worked at Meta": a person's past */
const FORMER_APPOSITION =
  /(?:,\s*(?:[\p{L}-]+\s+(?:and|und)\s+)?(?:früher|ehemals|einst|formerly|former|ehemalig\p{L}*)\s[^,]{0,50}|\b(?:who|der|die)\s+(?:had\s+)?(?:previously|formerly|zuvor|früher)\s[^,]{0,60})$/u;
/** "Google's former employees": people who worked there once, not the company */
const FORMER_STAFF_AFTER =
  /^(?:['’]s?)?\s+(?:former|ex-)\s*(?:[\p{L}-]+\s+)?(?:employees?|staff(?:ers?)?|researchers?|engineers?|executives?|execs?|scientists?|founders?)\b/u;
/** "a Reddit user", "Instagram users": people on a platform */
const PLATFORM_USER_AFTER = /^\s+(?:users?|subscribers?|posters?|commenters?)\b/u;
/** "the parent of Facebook and Instagram", "der Mutterkonzern von Instagram": the owner acts, not these */
const OWNED_BEFORE =
  /(?:parent(?:\s+company)?|Mutterkonzern|Muttergesellschaft|Mutter)\s+(?:of|von|des|der)\s+(?:[\p{Lu}][\p{L}.-]*(?:\s*,\s*|\s+(?:and|und|&)\s+))*$/u;
/** "Training auf dem Ascend-Chip", "runs on Nvidia H20 chips": hardware used, not the product in the news */
const TOOL_BEFORE = /\b(?:auf|mit|on|with|using)\s+(?:de[mnr]\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu;
const CHIP_AFTER =
  /^(?:-?(?:Chips?|GPUs?|Prozessor\p{L}*)|\s+(?:chips?|GPUs?|processors?|Chips?))(?![\p{L}])/u;

/**
 * Another maker's chips a lab works with ("Training auf dem Ascend-Chip" at DeepSeek); "Nvidia has
 * problems with the Blackwell chips" stays the maker's news: the maker acts before (not as staff,
 * not only in "Huawei's Ascend").
 */
function isTool(
  m: Mention,
  from: string,
  before: string,
  mentions: Mention[],
  earlier: MentionRole[],
): boolean {
  if (m.kind === "lab" || !TOOL_BEFORE.test(before) || !CHIP_AFTER.test(from)) return false;
  if (!mentions.some((o) => o.kind === "lab" && o.lab !== m.lab)) return false;
  return !earlier.some(
    (r) => r.mention.kind === "lab" && r.mention.lab === m.lab && !r.staff && m.start - r.mention.end > 3,
  );
}
/**
 * "auf der Plattform „X“", "Musk posted on X": a company's service as the medium of a statement;
 * "the AI image-generating platform Midjourney is being sued" is the company itself
 */
const PLATFORM_BEFORE =
  /(?:\b(?:auf|on|via|über|beim|bei|in)\s+(?:der|dem|den|the|its|his|her|their|seiner|seinem|ihrer|ihrem)?\s*(?:[\p{L}-]+\s+){0,2}(?:Plattform|platform|Netzwerk|network|Kurznachrichtendienst)|(?:subscribers|users|Nutzer\p{L}*|Abonnenten)\s+(?:of|von)|(?:posted|posting|wrote|writing|post|Post|Beitrag|schrieb|postete)\s+(?:on|auf))\s+(?:der\s+|the\s+)?["„“»]?$/u;
/** the tail of a compound that makes a company the technology under a product: "ARM-based", "Nvidia-powered" */
const BUILT_ON_COMPOUND = /^(?:based|powered|compatible|basiert\p{L}*|basierend\p{L}*|kompatibel\p{L}*)$/iu;
/** "'s self-driving unit Zoox", "'s subsidiary GitHub": a unit of the company, named */
const UNIT_NAMED_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:unit|subsidiary|division|affiliate|sister company)\s+\p{Lu}/u;
/** a company's relation to the name before the hyphen: "TikTok-Mutter", "OpenAI-Partner" */
const RELATION_COMPOUND =
  /^(?:Mutter\p{L}*|Tochter\p{L}*|Schwester\p{L}*|Ableger|owned|controlled|Eigentümer\p{L}*|Besitzer\p{L}*|Partner\p{L}*|Kunde\p{L}*|Großkunde\p{L}*|Zulieferer\p{L}*|Lieferant\p{L}*|Investor\p{L}*|Geldgeber\p{L}*|Großaktionär\p{L}*|Hauptaktionär\p{L}*|Anteilseigner\p{L}*|Großinvestor\p{L}*|Hauptinvestor\p{L}*)$/u;

/**
 * "Auf Reddit wird Musk … kritisiert", "on LinkedIn", "according to his LinkedIn", "KI-Chatbot in
 * WhatsApp": a social network as the place people speak
 */
const ON_BEFORE =
  /\b(?:(?:auf|on|via|über|bei|in)|(?:according to|laut|in|on|auf) (?:his|her|their|its|seinem|ihrem|seiner|ihrer))\s+$/iu;
const SOCIAL_NETWORK =
  /^(?:Reddit|X|Twitter|LinkedIn|TikTok|YouTube|Instagram|Facebook|Threads|Bluesky|Discord|Telegram|WhatsApp|Mastodon|Truth Social|Weibo|WeChat)$/u;
const SEARCH_PLACE_AFTER = /^(?:['’]s)?\s+(?:search results|Suchergebnisse)/iu;
const SEARCH_PLACE_BEFORE = /(?:Suchergebnissen|Suchergebnisse|search results) (?:von|bei|of|on) $/iu;
const PLURAL_BEFORE = /(?:mehrere|zwei|drei|vier|einige|viele|several|two|three|four|many)\s+$/iu;

/** Roles of the mentions of one sentence; offsets of mentions are absolute, `offset` is the sentence's. */
export function mentionRoles(
  sentence: string,
  offset: number,
  mentions: Mention[],
  attributions: Attribution[],
): MentionRole[] {
  const out: MentionRole[] = [];
  for (const m of mentions) {
    const start = m.start - offset;
    const end = m.end - offset;
    const before = sentence.slice(Math.max(0, start - 60), start);
    const after = sentence.slice(end, end + 40);
    const prev = out.at(-1);
    const joined = prev !== undefined && LIST_JOIN.test(sentence.slice(prev.mention.end - offset, start));
    const compoundStaff = m.compound !== null && STAFF_COMPOUND.test(m.compound);
    const staff =
      compoundStaff || STAFF_BEFORE.test(before) || STAFF_AFTER.test(after) || (joined && prev.staff);
    const singlePerson =
      m.compound !== null &&
      SINGLE_ROLE_COMPOUND.test(m.compound) &&
      NAME_AFTER.test(after) &&
      !PLURAL_BEFORE.test(before);
    const aside =
      insideBrackets(sentence, start) ||
      // "TikTok-Mutter ByteDance", "OpenAI-Partner Microsoft", "Microsoft-Tochter GitHub",
      // "Microsoft-owned GitHub": the name describes the next one
      (m.compound !== null && RELATION_COMPOUND.test(m.compound) && /^\s+[\p{Lu}\p{N}]/u.test(after)) ||
      // "Amazon's self-driving unit Zoox": the owner of a unit named after it as a company of its
      // own ("Google's AI unit DeepMind" is Google's own)
      (m.kind === "lab" &&
        UNIT_NAMED_AFTER.test(after) &&
        mentions.some(
          (o) => o.kind === "lab" && o.lab !== m.lab && o.start > m.end && o.start - m.end < 40,
        )) ||
      (ON_BEFORE.test(before) && SOCIAL_NETWORK.test(sentence.slice(start, end))) ||
      // "showed up in Google search results", "in den Suchergebnissen von Google": the search
      // engine where something was found, not the one it happened to
      (SEARCH_PLACE_AFTER.test(after) && /\b(?:in|on|auf)\s+(?:the\s+|den\s+)?$/iu.test(before)) ||
      SEARCH_PLACE_BEFORE.test(before) ||
      (ASIDE_WORD.test(before) &&
        (FORMER_NAME_BEFORE.test(before) || PLATFORM_BEFORE.test(before) || OWNED_BEFORE.test(before))) ||
      isTool(m, sentence.slice(m.end - offset - (m.compound?.length ?? -1) - 1), before, mentions, out) ||
      (FORMER_EMPLOYER_BEFORE.test(before) && (staff || m.compound !== null || PERSON_AFTER.test(after))) ||
      FORMER_STAFF_AFTER.test(after) ||
      // "a Reddit user", "X-Nutzer": people on a platform, not the company
      (m.kind === "lab" &&
        (PLATFORM_USER_AFTER.test(after) ||
          (m.compound !== null && /^(?:Nutzer|User)\p{L}*$/u.test(m.compound)))) ||
      FORMER_APPOSITION.test(before) ||
      // "Nvidia's N1x ARM-based laptop processor": a company's technology the product is built on
      (m.kind === "lab" && m.compound !== null && BUILT_ON_COMPOUND.test(m.compound));
    // "former Broadcom and Alphabet employees": the staff noun after the list's last name makes
    // the names before it staff too, and their former employers asides
    if (joined && staff && !prev.staff && STAFF_AFTER.test(after)) {
      prev.staff = true;
      const prevBefore = sentence.slice(
        Math.max(0, prev.mention.start - offset - 60),
        prev.mention.start - offset,
      );
      if (FORMER_EMPLOYER_BEFORE.test(prevBefore)) prev.aside = true;
    }
    const listedAside = aside || (joined && staff && prev.aside);
    out.push({
      mention: m,
      // Staff of a rival are still people who move: "Mitarbeiter der Konkurrenten Anthropic".
      comparison:
        !staff &&
        (COMPARISON_BEFORE.test(before) ||
          COMPARISON_AFTER.test(after) ||
          // "SAP-Rivale Salesforce": the mention's own compound
          (m.compound !== null && COMPARISON_AFTER.test(`-${m.compound}`)) ||
          ((joined ||
            (prev !== undefined && LIST_JOIN_WORDS.test(sentence.slice(prev.mention.end - offset, start))) ||
            // "als OpenAIs GPT-4o", "than OpenAI's GPT-4o": a model of the lab compared with
            (prev !== undefined &&
              m.kind === "model" &&
              prev.mention.lab === m.lab &&
              /^\s*$/u.test(sentence.slice(prev.mention.end - offset, start)))) &&
            prev.comparison)),
      inAttribution: attributions.some((a) => start >= a.start && end <= a.end),
      staff,
      singlePerson,
      aside: listedAside,
    });
  }
  return out;
}

/** "former Google engineer", "ehemaliger OpenAI Forscher": a role word after the lab */
const PERSON_AFTER =
  /^\s+(?:engineer|researcher|scientist|executive|employee|staffer|designer|CEO|CTO|chief|head|president|VP|Forscher\p{L}*|Manager\p{L}*|Chef\p{L}*|Mitarbeiter\p{L}*)\b/u;

/** Whether `at` lies inside round brackets opened earlier in the sentence. */
function insideBrackets(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

// The words between the article and the noun stay inside one noun phrase: "the largest funding
// round for a startup" does not refer back (a preposition or another article starts a new phrase).
const ANAPHORIC_NP = new RegExp(
  String.raw`(?:^|[\s,])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Tt]he)\s+(?:(?!(?:a|an|for|of|to|in|into|on|with|from|at|ein|eine|einer|einem|einen|eines|für|mit|bei|zu|auf|aus)\s)[\p{L}-]+\s+){0,5}?[\p{L}-]*?${COMPANY_NOUN}(?:s|es)?(?![\p{L}-])`,
  "u",
);
const ANAPHORIC_NP_ALL = new RegExp(ANAPHORIC_NP.source, "gu");
/** the nouns of ANAPHORIC_NP alone: most sentences have none, and the full pattern is slow */
const ANAPHORIC_NOUN = new RegExp(COMPANY_NOUN, "u");
/** "the former OpenAI CTO", "ehemaliger Google-Forscher": the lab of a person's former post */
export function isFormerPost(sentence: string, r: MentionRole, offset: number): boolean {
  const start = r.mention.start - offset;
  const end = r.mention.end - offset;
  return (
    FORMER_EMPLOYER_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) &&
    (r.mention.compound !== null || PERSON_AFTER.test(sentence.slice(end, end + 40)))
  );
}

/** "das Dax-Schwergewicht", "der Konzern", "the chipmaker": a phrase that names a company by what it is */
export function namesACompany(sentence: string): boolean {
  return ANAPHORIC_NOUN.test(sentence) && ANAPHORIC_NP.test(sentence);
}
const PRONOUN_START = /^(?:Er|Sie|Es|It|He|She|They|Dieser|Diese)\s/u;

/**
 * Offset of a phrase that refers back to an earlier lab ("das Imperium", "Er …"), or -1.
 * A subject the sentence names itself wins when it comes first.
 */
export function anaphorAt(sentence: string, namesLab: boolean): number {
  // "Er war besorgt, dass Meta …": a pronoun is a person; a lab the sentence names is the subject.
  if (PRONOUN_START.test(sentence) && !namesLab) return 0;
  return nounPhraseAt(sentence);
}

// Every proposal of a sentence asks again; the pattern is costly on long sentences.
const npCache = keptPerExtraction<number>();
function nounPhraseAt(sentence: string): number {
  let at = npCache.get(sentence);
  if (at === undefined) {
    at = -1;
    // "the start-up Nimbus Labs", "der Chipkonzern Nvidia", "The startup, Rain AI, raised": a noun
    // with its name (or its name in apposition) is no reference
    for (const m of ANAPHORIC_NOUN.test(sentence) ? sentence.matchAll(ANAPHORIC_NP_ALL) : []) {
      const after = sentence.slice(m.index + m[0].length);
      if (/^\s*(?:„|"|»)?\p{Lu}/u.test(after) || /^\s*,\s*(?:„|"|»)?\p{Lu}[^,;.]{0,40},/u.test(after))
        continue;
      at = m.index;
      break;
    }
    npCache.set(sentence, at);
  }
  return at;
}

/** "mindestens sieben von ihnen": the people of the previous sentence. */
export function refersBackToPeople(text: string): boolean {
  return /\b(?:von ihnen|davon|of them|of whom)\b/iu.test(text);
}
