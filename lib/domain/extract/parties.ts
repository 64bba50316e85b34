/** The other party of a funding round and the lab people leave: who else a proposal names. */
import { inRelativeClause } from "./background";
import { INVESTOR_BEFORE, RAISING } from "./rules";
import { isBacker, PAYEE } from "./party-phrases";
import {
  BACKED_COMPOUND,
  destinations,
  eligible,
  namedAsInvestor,
  roundWordsAround,
  type Info,
  type Subject,
} from "./subjects";
import type { MentionRole } from "./roles";
import type { ExtractEventType } from "./types";

/** "led by", "angeführt von": the lead of a round, not one of its participants ("darunter") */
export const LEAD_BEFORE =
  /(?:led by|co-led by|angeführt von|unter Führung von|Führung (?:von|des|der))\s+(?:[\p{L}-]+\s+){0,4}$/u;

/**
 * The investor a funding sentence names as its other party after `named` words ("led by ASML",
 * "von Investoren wie MGX"); "Nvidia-backed Mistral", "backed by Nvidia" describe earlier
 * backers, not this round.
 */
export function leadOf(info: Info, named: RegExp = INVESTOR_BEFORE): string | null {
  const text = info.s.text;
  if (!RAISING.test(text)) return null;
  const lead = eligible(info.roles).find((r) => {
    const { before, after } = roundWordsAround(info, r);
    return (
      // "Microsoft has invested $13 billion in OpenAI, which is now raising money from SoftBank":
      // an investor of the relative clause's round is not this one's
      !inRelativeClause(text, r.mention.start - info.s.start) &&
      !BACKED_COMPOUND.test(r.mention.compound ?? "") &&
      !/(?:backed|unterstützt|gestützt)\s+(?:by|von)\s+$/iu.test(before) &&
      namedAsInvestor(before, after, named)
    );
  });
  return lead?.mention.lab ?? null;
}

/** The nearest lab named in the sentences before `i` (this paragraph or the one before) other than `not`. */
function labBefore(infos: Info[], i: number, not: string): string | null {
  const paragraph = infos[i]!.s.paragraph;
  for (let j = i - 1; j >= 0 && infos[j]!.s.paragraph >= paragraph - 1; j--) {
    const other = eligible(infos[j]!.roles).findLast((r) => r.mention.lab !== not);
    if (other) return other.mention.lab;
  }
  return null;
}

/**
 * A lead the knowledge base does not know, by the name of an investment firm: "led by Parkway
 * Venture Capital", "angeführt von Lux Capital". A person ("led by Elad Gil") or a bare word is
 * left out: without the firm's word it is not sure to be an organisation.
 */
const UNKNOWN_LEAD =
  /(?:\bled by|\bco-led by|angeführt von|unter (?:der )?Führung von)\s+(?:the\s+)?(?<name>(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+(?:&\s+)?){0,3}(?:Capital|Ventures|Venture Capital|Venture Partners|Partners|Investments|Investment Management|Management|Equity|Growth|Fund|Holdings))\b/u;

/** The unknown investment firm that leads the sentence's round, if it names one. */
export function unknownLeadName(text: string): string | null {
  return UNKNOWN_LEAD.exec(text)?.groups?.name ?? null;
}

/** "The investment was led by ASML": a round told again gives the earlier proposal its lead (and no proposal). */
export function handLead(
  type: ExtractEventType,
  info: Info,
  drafts: {
    type: ExtractEventType;
    lab: string | null;
    counterparty?: string | null;
    counterpartyName?: string | null;
    background?: boolean;
  }[],
): [] {
  // "Die jetzige Runde wurde von Tiger Global angeführt": the round the article reports, not an
  // earlier one told as background
  const open = (d: (typeof drafts)[number]) =>
    d.type === "investment" && !d.counterparty && !d.counterpartyName;
  const earlier = drafts.findLast((d) => open(d) && !d.background) ?? drafts.findLast(open);
  if (type !== "investment" || !earlier) return [];
  const lead = leadOf(info, LEAD_BEFORE);
  if (lead && lead !== earlier.lab) earlier.counterparty = lead;
  else if (!lead) earlier.counterpartyName = unknownLeadName(info.s.text) ?? earlier.counterpartyName ?? null;
  return [];
}

/** "has appointed", "hat … ernannt", "holt": the subject takes someone on */
const APPOINTS_AFTER =
  /^\s+(?:(?:has|have|had|will|hat|haben)\s+)?(?:appoint\w*|hir(?:ed|es|ing)|nam(?:ed|es)|tapp\w*|recruit\w*|poach\w*|ernannt|ernennt|holt|holte|geholt|eingestellt|verpflichtet)\b/iu;
/** "former CFO of", "ehemaliger Finanzchef von": a person's last employer follows */
const FORMER_OF_BEFORE =
  /(?:\b(?:former|ex-|ehemalig\p{L}*|früher\p{L}*)\s+(?:[\p{L}-]+\s+){0,4}(?:of|at|bei|von|des|der)\s+)$/iu;

/**
 * "will go to Microsoft, where … the Microsoft AI division": people do not leave the lab they go
 * to; they leave the lab named before, or the proposal is dropped.
 */
export function departureSubject(subject: Subject, infos: Info[], i: number): Subject | null {
  // "OpenAI has appointed Mike Liberatore, former CFO of xAI, after he resigned from …": the lab
  // that appoints is the one people go to; they leave the one they were "former … of"
  const info = infos[i]!;
  const own = subject.mention && info.roles.find((r) => r.mention === subject.mention);
  if (
    own &&
    APPOINTS_AFTER.test(
      info.s.text.slice(own.mention.end - info.s.start, own.mention.end - info.s.start + 40),
    )
  ) {
    const former = info.roles.find(
      (r) =>
        r.mention.kind === "lab" &&
        r.mention.lab !== subject.lab &&
        FORMER_OF_BEFORE.test(
          info.s.text.slice(Math.max(0, r.mention.start - info.s.start - 70), r.mention.start - info.s.start),
        ),
    );
    return former
      ? { lab: former.mention.lab, labName: null, from: null, certainty: 0.9, mention: former.mention }
      : null;
  }
  const goingTo = destinations(info)[0]?.mention.lab;
  if (!goingTo || subject.lab !== goingTo) return subject;
  const left = labBefore(infos, i, goingTo);
  return left ? { lab: left, labName: null, from: null, certainty: 0.8, mention: null } : null;
}

/** The other lab of an acquisition or a hiring; people hired away still come from their former employer. */
export function otherParty(type: ExtractEventType, info: Info, lab: string | null): string | null {
  const pool =
    type === "hiring" ? info.roles.filter((r) => !r.comparison && !r.inAttribution) : eligible(info.roles);
  // "AMD, der Nvidia seit Jahren nachjagt, kauft ZT Systems": a lab in a relative clause on the
  // subject describes it and takes no part in the deal
  const offset = info.s.start;
  return (
    pool.find(
      (r) =>
        r.mention.lab !== lab &&
        r.mention.kind === "lab" &&
        !inRelativeClause(info.s.text, r.mention.start - offset) &&
        // "Databricks, a software unicorn backed by Microsoft, is buying …": a backer is no party
        !(type === "acquisition" && isBacker(info.s.text, r, offset)),
    )?.mention.lab ?? null
  );
}

/** "kein Trainingslauf auf dem Ascend-Chip": a flaw with another maker's hardware involves that maker. */
export function flawParty(info: Info, lab: string | null): string | null {
  const tool = info.roles.find((r) => r.aside && r.mention.kind !== "lab" && r.mention.lab !== lab);
  return tool?.mention.lab ?? null;
}

/** ", which Amazon has invested $4 billion in", ", in which Amazon has invested", ", in die Amazon investiert hat" */
const INVESTED_RELATIVE = /^,\s+(?:in which|which|in die|in das|in den|an der|an dem|bei der|bei dem)\s+$/iu;
const INVESTED_AFTER =
  /^\s+(?:(?:has|had|have|hat|hatte|already|bereits)\s+){0,2}(?:invested|investiert)\b/iu;

/**
 * A recap in a relative clause: "Anthropic, which Amazon has invested $4 billion in, …", "Anthropic,
 * in which Amazon has invested", "Anthropic, in die Amazon investiert hat". The investor is the one
 * named in the clause, the company before it is what it invested in.
 */
export function investedInRelative(info: Info): { investor: MentionRole; target: MentionRole } | null {
  const offset = info.s.start;
  const named = eligible(info.roles).filter((r) => r.mention.kind === "lab");
  for (let k = 1; k < named.length; k++) {
    const target = named[k - 1]!;
    const investor = named[k]!;
    const between = info.s.text.slice(target.mention.end - offset, investor.mention.start - offset);
    const after = info.s.text.slice(investor.mention.end - offset, investor.mention.end - offset + 40);
    if (INVESTED_RELATIVE.test(between) && INVESTED_AFTER.test(after)) return { investor, target };
  }
  return null;
}

/**
 * The one a licence is paid to, named right after the verb of the cue at `cueAt`: "will pay News
 * Corp $250 million to license its content" (its name, and the roles of known labs within it).
 */
export function payeeOf(
  info: Info,
  cueAt: number,
  cueLength: number,
): { name: string; roles: MentionRole[] } | null {
  const text = info.s.text;
  if (!/^(?:pay|paid|zahl)/iu.test(text.slice(cueAt, cueAt + cueLength))) return null;
  const m = PAYEE.exec(text.slice(cueAt));
  if (!m) return null;
  const name = m.groups!.name!;
  const at = info.s.start + cueAt + m.index + m[0].length - name.length;
  return {
    name,
    roles: info.roles.filter((r) => r.mention.start >= at && r.mention.start < at + name.length),
  };
}
