/**
 * Recaps after the lead: a sentence that adds a fact to the company's profile ("The company has
 * also faced controversy", "The start-up recently raised $2 billion", "Das Start-up hat zudem
 * Forscher von Meta abgeworben") tells what the reader should know, not what happened now. Such a
 * fact is background unless the headline or lead tells the same kind of fact of the same lab:
 * then it is the news, retold with its details.
 */
import { factKey, LEAD_SENTENCES, leadEndOf, leadFacts } from "./background";
import type { Draft } from "./merge";
import type { Sentence } from "./sentences";

/**
 * "has also faced", "have also filed", "recently raised", "kürzlich … eingesammelt", "hat zudem …
 * abgeworben": a perfect with "also" adds to a list of facts; "recently" places the fact before
 * the news the article tells. "Erst kürzlich wurde bekannt", "it recently emerged": how news is
 * introduced, not a recap.
 */
const RECAP =
  /(?:\b(?:has|have) also (?:\p{L}+ly )?\p{L}+(?:ed|en|wn|ne|id|ld|lt|nt|ght|ok|de|un)\b|(?<!\b(?:just|only|erst|gerade) )\b(?:recently|kürzlich|jüngst|unlängst)\b(?! (?:\S+ ){0,2}(?:known|emerged|came to light|bekannt|publik))|\b(?:hat|haben) (?:\S+ ){0,3}(?:auch|ebenfalls|zudem|außerdem) (?:\S+ ){0,8}(?:ge\p{L}+(?:t|en)|\p{L}+iert)\b)/iu;

/** Marks drafts whose sentence recaps (after the lead, of a fact the lead does not tell) as background. */
export function recapsAfterLead(drafts: Draft[], sentences: Sentence[]): Draft[] {
  if (sentences.length <= LEAD_SENTENCES) return drafts;
  const leadEnd = leadEndOf(sentences);
  const lead = leadFacts(drafts, leadEnd);
  let k = 0;
  return drafts.map((d) => {
    if (d.background || d.at < leadEnd || lead.has(factKey(d))) return d;
    // drafts come in text order, mostly: walk on, or search again when one goes back
    if (sentences[k] && sentences[k]!.start > d.at) k = 0;
    while (k < sentences.length - 1 && sentences[k]!.end <= d.at) k++;
    return RECAP.test(sentences[k]!.text) ? { ...d, background: true } : d;
  });
}
