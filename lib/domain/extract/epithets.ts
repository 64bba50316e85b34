/**
 * Labs the press names by what they make: "the ChatGPT maker", "des ChatGPT-Entwicklers", "der
 * Llama-Konzern", "Meta-Konzern", "the Nvidia group". A product's maker is its owner, so the
 * product's mention becomes a mention of its lab — a strong one, because the phrase says it is a
 * company even where the lab's own name never appears. "ChatGPT-Entwicklern" (plural) and "a
 * ChatGPT user" stay what they were: people, not the company.
 */
import type { MentionKind } from "./entities";

/** German compound heads that name the company behind a name (singular, any case) */
const MAKER_COMPOUND =
  /^(?:Entwickler|Entwicklers|Hersteller|Herstellers|Macher|Machers|Erfinder|Erfinders|Anbieter|Anbieters|Betreiber|Betreibers|Mutter|Mutterkonzern|Mutterkonzerns|Konzern|Konzerns|Gruppe|Unternehmen|Unternehmens|Firma|Start-?up|Start-?ups)$/u;
/** English nouns after a name that make it the company's: "the ChatGPT maker", "Claude's developer" */
const MAKER_AFTER_MODEL =
  /^(?:['’]s)?[ \t\u00a0]+(?:maker|makers|developer|creator|owner|parent(?:[ \t\u00a0]+company)?)(?![\p{L}])/u;
/** after a lab's own name: "the Meta group", "the Nvidia company" */
const COMPANY_AFTER_LAB = /^[ \t\u00a0]+(?:group|company|giant|conglomerate|Konzern|Gruppe)(?![\p{L}])/u;

/** a lab's alias that is itself an epithet: "iPhone maker", "Windows-Konzern" */
const MAKER_NAME_END = /[\s-](?:maker|Hersteller|Konzern|Entwickler)$/u;

interface Named {
  kind: MentionKind;
  text: string;
  slug: string;
  lab: string;
  compound: string | null;
  coreEnd: number;
  end: number;
  weak: boolean;
  epithet?: boolean;
}

/**
 * The mention as its maker's, when the words around it say so; otherwise the mention unchanged.
 * A lab's own name keeps its kind and only learns that the phrase names it ("the Meta group").
 */
export function asMaker<T extends Named>(text: string, m: T): T {
  const after = text.slice(m.coreEnd, m.coreEnd + 30);
  if (m.kind === "lab") {
    const head = (m.compound !== null && MAKER_COMPOUND.test(m.compound)) || MAKER_NAME_END.test(m.text);
    return head || COMPANY_AFTER_LAB.test(after) ? { ...m, epithet: true } : m;
  }
  if (m.compound !== null) {
    if (!MAKER_COMPOUND.test(m.compound)) return m;
    return { ...m, kind: "lab", slug: m.lab, compound: null, weak: false, epithet: true };
  }
  const english = MAKER_AFTER_MODEL.exec(text.slice(m.end, m.end + 30));
  if (!english) return m;
  return {
    ...m,
    kind: "lab",
    slug: m.lab,
    weak: false,
    epithet: true,
    end: m.end + english[0].length,
  };
}

/**
 * Whether a reference such as "the … maker" at `refAt` is the epithet `m` itself: only a
 * determiner and at most two words come between ("Der ChatGPT-Entwickler", "the Chinese ChatGPT
 * maker"), so the phrase names its lab and does not point back to an earlier one.
 */
export function referenceIsEpithet(
  sentence: string,
  refAt: number,
  m: { start: number; epithet?: boolean },
  offset: number,
): boolean {
  if (!m.epithet) return false;
  const between = sentence.slice(refAt, m.start - offset);
  return /^[\s,]*(?:der|die|das|dem|den|des|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(between);
}
