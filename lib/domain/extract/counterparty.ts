/**
 * The other party of an investment: the company the money goes into. "Microsoft investiert zehn
 * Milliarden Dollar in OpenAI", "Amazon's $4 billion stake in Anthropic", "OpenAI-Investor
 * Microsoft". When the sentence names no target ("the investment will total $10 billion"), the
 * company the article says the investor puts money into is taken.
 */
import type { Mention } from "./entities";
import { inRelativeClause } from "./background";
import { COMPARISON_AFTER } from "./roles";

/** words right before a name that make it where money goes ("investment in UK's Wayve") */
const INTO =
  /(?:\b(?:in|into|an|am|bei|beim)|(?:capacity|computing|compute|chips|GPUs|TPUs|services) from|stake in|Anteile? an|Beteiligung an|Einstieg bei|backing of|investment in|Investition in|(?:[Dd]eal|Vereinbarung|agreement|Abkommen) (?:mit|with))\s+(?:(?:the|das|den|die|dem|der)\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u;
/** "investors in the round include Andreessen Horowitz": the money's source, listed, not its target */
const PARTICIPANTS =
  /\b(?:include[sd]?|including|such as|alongside|darunter|gehören|gehörten|zählen|zählten|beteiligt(?:e|en)? sich)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/**
 * "OpenAI-Investor Microsoft", "Intel-Anteile", "Intel-Aktien im Wert von": the name before the
 * hyphen is the target
 */
const INVESTOR_COMPOUND =
  /^(?:Investor|Geldgeber|Großinvestor|Hauptinvestor|Anteilseigner|Anteil|Aktien\b|Aktienpaket)/u;
const MONEY_WORDS =
  /invest|stake|funding|backing|Anteil|Beteiligung|Investition|investier|Finanzierung|Geldgeber|pour|poured|steckt|gesteckt/iu;

/** the words before the name put money into it: "investment in", "Beteiligung an" (not "investors including") */
function moneyGoesInto(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return INTO.test(before) && !PARTICIPANTS.test(before);
}

function isTarget(text: string, m: Mention, investor: string): boolean {
  if (m.lab === investor || m.kind !== "lab") return false;
  // "in OpenAI rival Anthropic", "in den OpenAI-Rivalen Anthropic": the name describes the next one
  if (COMPARISON_AFTER.test(text.slice(m.end, m.end + 24))) return false;
  if (m.compound && INVESTOR_COMPOUND.test(m.compound)) return true;
  return moneyGoesInto(text, m);
}

export function investmentTarget(
  sentence: { text: string; start: number },
  text: string,
  mentions: Mention[],
  investor: string | null,
  /** false when the sentence says the subject raises money: a round has no target elsewhere */
  articleWide = true,
): string | null {
  if (!investor) return null;
  const end = sentence.start + sentence.text.length;
  const own = mentions.filter((m) => m.start >= sentence.start && m.end <= end);
  // "Microsoft, which has poured $13 billion into OpenAI, will invest $5 billion in Anthropic":
  // a target in a relative clause is the investor's past; the main clause's target comes first
  const targets = own.filter((m) => isTarget(text, m, investor));
  const here = targets.find((m) => !inRelativeClause(sentence.text, m.start - sentence.start)) ?? targets[0];
  if (here) return here.lab;
  if (!articleWide) return null;
  // the subject itself is where the article's money goes ("OpenAI … Finanzierungsrunde"): it
  // raises the money, and a stake it names in passing is no target of its round
  if (mentions.some((m) => m.lab === investor && m.kind === "lab" && moneyGoesInto(text, m))) return null;
  // elsewhere in the article: the company money goes into most often, in a sentence about money
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!isTarget(text, m, investor)) continue;
    const around = text.slice(Math.max(0, m.start - 80), m.end + 40);
    if (MONEY_WORDS.test(around)) counts.set(m.lab, (counts.get(m.lab) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
}
