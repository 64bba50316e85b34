/**
 * Labs a sentence names as hit by another's setback: "Betroffen sind wohl auch Google und Meta",
 * "Microsoft and Meta are also affected", "the delay hits customers including …". They are the
 * ones who suffer it, not the ones it happened to, so they are never the subject of its event.
 */
import type { MentionRole } from "./roles";

/** a cheap test first: most sentences have none of these words */
const ANY = /betroffen|affected|hit(?:s|ting)?\b|trifft|treffen|träfe/iu;
const BEFORE =
  /(?:betroffen(?:\s+(?:von|by)\s+[^,.;]{1,40}?)?(?:\s+(?:sind|ist|wären|waren|seien|wäre))?|affected(?:\s+(?:are|were|is|was))?|(?:hits|hit|hitting|trifft|treffen|träfe)(?:\s+(?:vor\s+allem|especially|mainly))?)\s+(?:(?:davon|wohl|auch|ebenfalls|vor\s+allem|insbesondere|also|especially|mainly|etwa|unter\s+anderem|zudem|customers|Kunden|wie|like|such\s+as|including)\s+)*$/iu;
const AFTER =
  /^\s*(?:,\s*)?(?:(?:are|were|is|was|sind|wären|waren|seien|wäre)\s+)?(?:(?:also|auch|ebenfalls|davon|wohl)\s+)*(?:affected|betroffen)/iu;
const LIST_JOIN = /^\s*(?:,|und|and|sowie|oder|or|&)\s*(?:(?:und|and)\s*)?$/u;

/** The roles of `sentence` (at `offset`) that name labs hit by the setback, not its subject. */
export function affectedRoles(sentence: string, offset: number, roles: MentionRole[]): Set<MentionRole> {
  const out = new Set<MentionRole>();
  if (!ANY.test(sentence)) return out;
  // a list ("Google und Meta") shares the words before its first name and after its last
  const groups: MentionRole[][] = [];
  for (const r of roles) {
    const last = groups.at(-1)?.at(-1);
    if (last && LIST_JOIN.test(sentence.slice(last.mention.end - offset, r.mention.start - offset)))
      groups.at(-1)!.push(r);
    else groups.push([r]);
  }
  for (const g of groups) {
    const first = g[0]!.mention;
    const last = g.at(-1)!.mention;
    const before = sentence.slice(Math.max(0, first.start - offset - 60), first.start - offset);
    const after = sentence.slice(last.end - offset, last.end - offset + 40);
    if (BEFORE.test(before) || AFTER.test(after)) for (const r of g) out.add(r);
  }
  return out;
}
