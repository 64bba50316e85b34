/**
 * A product halted, paused or restricted ("pausiert die Bildgenerierung", "paused", "suspended",
 * "limits Bing conversations", "schränkt KI-Suche ein"): a controversy when the sentence names the
 * backlash that caused it.
 */
import type { CueHit } from "./cue-pattern";

/** a product halted or paused: "pausiert die Bildgenerierung", "stoppt", "paused", "suspended" */
const HALT =
  /(?:\bpull(?:s|ed|ing)? (?!out\b|back\b|ahead\b|through\b|off\b|together\b|up\b)|\bremov(?:es|ed|ing)\b|\bentfern(?:t|te|ten)\b|\bpausier\p{L}*|\bstopp(?:t|te|ten)\b|\bgestoppt\b|\bsetz(?:t|te|ten) (?:\S+ ){0,5}aus\b|\bausgesetzt\b|\bpaus(?:es|ed|ing)\b|\bhalt(?:s|ed|ing)\b|\bsuspend(?:s|ed|ing)\b|\bscal(?:es|ed|ing) back\b|\bfährt (?:\S+ ){0,4}zurück\b|\blimit(?:s|ed|ing)\b|\brestrict(?:s|ed|ing)\b|\bschränk(?:t|te|ten) (?:\S+ ){0,6}ein\b|\beingeschränkt\b|\bbegrenz(?:t|te|ten|en)\b|\breduziert (?:\S+ ){0,2}(?:Anzahl|Zahl)\b|\bshut (?:down |off )?access\b|\bvom Netz (?:genommen|nehmen|nahm|nimmt)\b|\bnimmt (?:\S+ ){0,5}vom Netz\b|\bnahm (?:\S+ ){0,5}vom Netz\b|\boffline (?:genommen|nehmen)\b|\b(?:took|takes|taken|taking) (?:\S+ ){0,4}offline\b|\bzurückgezogen\b|\b(?:zog|zieht|ziehen|zogen) (?!sich\b)(?:\S+ ){1,6}zurück\b|\bdeaktivier(?:t|te|ten)\b|\babgeschaltet\b|\bschalte(?:t|te|ten) (?:\S+ ){0,6}ab\b|\b(?:deactivated|disabled|switched off|turned off)\b)/iu;
/** every form HALT accepts contains one of these: a cheap test before it */
const HALT_HINT =
  /pull|remov|entfern|pausier|stopp|gestoppt|setz|ausgesetzt|paus|halt|suspend|scal|zurück|limit|restrict|schränk|begrenz|reduziert|shut|Netz|offline|deaktiv|abgeschaltet|schalte|deactivated|disabled|switched off|turned off/i;
/** what makes a halt a controversy: the backlash that caused it ("\boffensive": not "Werbeoffensive") */
const BACKLASH =
  /(?:Kritik|kritisiert|Empörung|Shitstorm|Gegenwind|Beschwerden|Aufschrei|Datenschutz|criticism|criticized|criticised|backlash|outcry|uproar|complaints|privacy|\boffensive|\binaccurate|\bdisturbing|verstörend|beleidig|\binsult|übergriffig|unangemessen|aus dem Ruder|off the rails|unhinged|inappropriate|daraufhin|in response to|protest\p{L}*|Protest\p{L}*)/iu;

/** what makes a halt a release put off: a plan or a launch is what stops */
const PLANNED =
  /\b(?:geplante[nmrs]?|planned|Pläne|plans|roll-?outs?|Einführung|Markteinführung|Marktstart|launch|Veröffentlichung)\b/iu;

/** the plan as the object right after the verb: "paused the rollout of", "stoppt die Einführung" */
const PLANNED_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:the|its|their|die|den|das|seine[nm]?|ihre[nm]?)\s+)?(?:\S+\s+){0,2}?${PLANNED.source}`,
  "iu",
);
/** trading stopped is no product's halt */
const MARKET_HALT = /\b(?:trading|Handel|shares|Aktie\p{L}*)\b/iu;

/**
 * A halt of a product is a controversy when the sentence names the backlash behind it ("pausiert
 * nach Kritik", "paused after a backlash"). Without it, a pause is as often routine or a market
 * ("trading was halted") as a setback; the article's other sentences name the controversy.
 */
export function haltHit(sentence: string): CueHit | null {
  if (!HALT_HINT.test(sentence)) return null;
  const m = HALT.exec(sentence);
  if (!m) return null;
  if (BACKLASH.test(sentence))
    return { type: "controversy", confidence: 0.8, index: m.index, length: m[0].length };
  // "hat die geplante Werbeoffensive vorerst gestoppt", "paused the rollout": a plan or a launch
  // halted without a backlash is a release put off
  const before = sentence.slice(Math.max(0, m.index - 60), m.index);
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 50);
  const planned = PLANNED.test(before) || PLANNED_OBJECT.test(after);
  return planned && !MARKET_HALT.test(sentence)
    ? { type: "delay", confidence: 0.7, index: m.index, length: m[0].length }
    : null;
}
