/**
 * Whose share prices a stock sentence moves: each lab with a move word of its own ("Broadcom schloss
 * … im Minus und Microsoft gab … nach"), names joined before one move ("Nvidia und AMD rutschen ab")
 * and a name with only a percent in a list of moves ("…, Oracle neun Prozent und …").
 */
import { moveWordsAt, PERCENT_FIGURE } from "./cue-stock";
import type { MentionRole } from "./roles";
import { eligible, type Info, type Subject } from "./subjects";

/** how far after a lab's name its own move word may come: "Microsoft gab auf Tagessicht um zwei Prozent nach" */
const MOVE_REACH = 80;

/**
 * The labs whose share prices a stock sentence moves, each with its own move word: one event each
 * when there are several; when there is one, it is the subject whatever else the sentence names.
 */
export function stockMovers(info: Info): { subject: Subject; move: number }[] {
  return ownMoves(info, moveWordsAt(info.s.text)).map(({ role, move }) => ({
    subject: { lab: role.mention.lab, labName: null, from: null, certainty: 1, mention: role.mention },
    move,
  }));
}

/**
 * Labs of a stock sentence that each have a move word of their own, between their name and the
 * next lab's: one share-price event per lab. Models count for their lab, once.
 */
function ownMoves(info: Info, moves: number[]): { role: MentionRole; move: number }[] {
  const offset = info.s.start;
  const named = eligible(info.roles);
  const out: { role: MentionRole; move: number }[] = [];
  named.forEach((r, k) => {
    const from = r.mention.end - offset;
    const next = named.slice(k + 1).find((x) => x.mention.lab !== r.mention.lab);
    const until = Math.min(next ? next.mention.start - offset : Infinity, from + MOVE_REACH);
    const move = moves.filter((m) => m >= from && m < until).sort((a, b) => a - b)[0];
    if (move !== undefined && !out.some((o) => o.role.mention.lab === r.mention.lab))
      out.push({ role: r, move });
  });
  // "Palantir verlor elf Prozent, Oracle neun Prozent und …": a name with a percent right after it
  // moves by the verb of the list it stands in
  if (out.length > 0)
    for (const r of named) {
      if (out.some((o) => o.role.mention.lab === r.mention.lab)) continue;
      const gap = PERCENT_RIGHT_AFTER.exec(info.s.text.slice(r.mention.end - offset));
      if (gap) out.push({ role: r, move: r.mention.end - offset + gap[0].length - 1 });
    }
  // "Die Papiere von Nvidia und AMD rutschen ab", "Shares of Nvidia and AMD fell": names joined
  // before one move share it
  for (let k = named.length - 2; k >= 0; k--) {
    const r = named[k]!;
    const next = named[k + 1]!;
    const shared = out.find((o) => o.role === next);
    const between = info.s.text.slice(r.mention.end - offset, next.mention.start - offset);
    if (shared && !out.some((o) => o.role.mention.lab === r.mention.lab) && JOINED_NAMES.test(between))
      out.push({ role: r, move: shared.move });
  }
  return out.sort((a, b) => a.role.mention.start - b.role.mention.start);
}

/** "Oracle neun Prozent", "Oracle 9%": a percent straight after a name in a list of moves */
const PERCENT_RIGHT_AFTER = new RegExp(String.raw`^\s+(?:um\s+|by\s+)?${PERCENT_FIGURE}`, "iu");

/** what stands between two names of one list: "Nvidia und AMD", "Nvidia, AMD", "Nvidia and AMD" */
const JOINED_NAMES = /^\s*(?:,|und|and|sowie|&|as well as)\s*$/u;
