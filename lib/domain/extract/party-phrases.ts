/**
 * Words that say who is party to a purchase, a hire or an exit: what is bought ("to purchase
 * OpenAI's assets", "kauft europäische KI-Firma Silo AI"), where people come from ("hired from
 * OpenAI"), which lab is left ("is leaving Anthropic") and which lab only backs another ("das von
 * Microsoft unterstützte Unternehmen"). Used by subjects.ts and parties.ts.
 */
import { COMPANY_NOUN } from "./company-nouns";

/** words right before what is bought: "to purchase OpenAI's assets", "bietet … für Ampere" */
export const BOUGHT_BEFORE =
  /\b(?:to (?:buy|purchase|acquire|take over)|offer(?:ed|s)? (?:\S+ ){0,4}for|bid(?:s)? (?:\S+ ){0,4}for|für)\s+(?:the\s+|die\s+|das\s+|den\s+)?$/iu;

/** between a verb of buying and what is bought: "kauft europäische KI-Firma Silo AI", "buys the startup" */
export const BOUGHT_OBJECT_BETWEEN = /^\s+(?:(?:the|die|den|das|eine?n?|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** a buyer named by what it is before the verb: "Chipkonzern kauft …", "The chipmaker buys …" */
export const COMPANY_NOUN_SUBJECT = new RegExp(
  `^\\s*(?:(?:Der|Die|Das|The)\\s+)?(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]*${COMPANY_NOUN}\\s+$`,
  "u",
);

/** a passive or "by"-phrase names the buyer elsewhere: "was acquired by", "durch" */
export const BUYER_BEFORE_ANY =
  /\b(?:acquired|bought|purchased|taken over) by\b|\bdurch\s|\b(?:übernommen|gekauft) von\b/iu;

/**
 * "hired from OpenAI", "poached away from Apple", "von Meta abgeworben", "poach senior experts
 * from its Tongyi Lab": the people may stand between the verb and where they come from
 */
export const HIRED_FROM_BEFORE =
  /\b(?:hire[ds]?|hiring|poach(?:es|ed|ing)?|recruit(?:s|ed|ing)?|lur(?:e|es|ed|ing)|abgeworben|geholt)\s+(?:(?!from\b|von\b)[^\s,;:.]+\s+){0,4}?(?:away\s+)?(?:from|von)\s+(?:the\s+|its\s+|their\s+)?$/iu;

/** a verb of leaving that takes the lab left as its object */
export const LEAVE_VERB =
  /^(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|verl(?:ässt|ieß|ießen|assen))$/iu;

/** between the verb and the lab left: nothing, or an article and a word ("leaving the startup Anthropic") */
export const LEFT_OBJECT_BETWEEN = /^\s+(?:(?:the|das|den|die)\s+(?:[\p{L}-]+\s+)?)?$/iu;

/** "von Microsoft unterstützte", "Microsoft-backed", "backed by Microsoft": a lab named as a backer */
export function isBacker(
  sentence: string,
  r: { mention: { start: number; end: number; compound: string | null } },
  offset: number,
): boolean {
  if (/^(?:backed|gestützt\p{L}*|finanziert\p{L}*|unterstützt\p{L}*)$/iu.test(r.mention.compound ?? ""))
    return true;
  const before = sentence.slice(Math.max(0, r.mention.start - offset - 12), r.mention.start - offset);
  const after = sentence.slice(r.mention.end - offset, r.mention.end - offset + 20);
  return (
    (/\bvon\s+$/iu.test(before) && /^\s+(?:unterstützt|finanziert|gestützt)\p{L}*\s/iu.test(after)) ||
    /\bbacked\s+by\s+$/iu.test(before)
  );
}

/**
 * The one a licence is paid to, right after the verb: "will pay News Corp $250 million to license its
 * content", "zahlt Dotdash Meredith künftig 16 Millionen US-Dollar" (the other party, not the payer).
 */
export const PAYEE =
  /\b(?:pay|pays|paid|paying|zahlt|zahlte|zahlen|zahlten)\s+(?:(?:the|dem|der|den)\s+)?(?!US\$|USD\b|US-)(?<name>\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2})/u;
