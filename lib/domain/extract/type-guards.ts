/**
 * Cues whose words fit a type but whose object does not: a company's results below expectations
 * are no model's weak benchmark, an analyst's target price is no investment, buying infrastructure
 * is no company bought. Found on real articles (stop 28).
 */
import type { ExtractEventType } from "./types";

/** a company's figures, not a model's: "Die jüngsten Geschäftszahlen … bleiben hinter den Erwartungen zurück" */
const RESULTS =
  /(?:Geschäftszahlen|Quartalszahlen|Jahreszahlen|Umsatz|Umsätze|Gewinn|Gewinne|\bearnings\b|\brevenues?\b|\bquarterly sales\b|\bprofits?\b|\bguidance\b)\s+(?:\S+\s+){0,4}$/iu;
/** an analyst's view of the share: "raised Naver's target price", "hebt das Kursziel" */
const TARGET_PRICE = /(?:\btarget price|\bprice target|Kursziel)/iu;
/** what is bought is no company: "computing infrastructure acquisition", "customer acquisition" */
const THING_ACQUIRED =
  /\b(?:infrastructure|equipment|GPU|chip|compute|computing|talent|customer|user|data|land|hardware)\s+(?:acquisition|purchases?)\b/iu;

/**
 * The type a cue's fact takes when its object says otherwise, or null when it states no event of
 * that kind at all; the cue's own type when nothing says otherwise.
 */
export function typeForObject(
  type: ExtractEventType,
  text: string,
  cueIndex: number,
  cueLength: number,
): ExtractEventType | null {
  const near = text.slice(Math.max(0, cueIndex - 60), cueIndex + cueLength + 60);
  if (type === "benchmark_underperformance" && RESULTS.test(text.slice(Math.max(0, cueIndex - 60), cueIndex)))
    return null;
  if (type === "investment" && TARGET_PRICE.test(text)) return null;
  if (type === "acquisition" && THING_ACQUIRED.test(near)) return null;
  return type;
}
