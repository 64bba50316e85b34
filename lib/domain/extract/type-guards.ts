/**
 * Cues whose words fit a type but whose object does not: a company's results below expectations
 * are no model's weak benchmark, an analyst's target price or a device's price is no investment,
 * buying infrastructure is no company bought, a ballot's deadline or a late report is no
 * release's, a forecast raised is no money raised, teams merged inside a company are a
 * reorganisation, moving to another team of the same company is no departure, and nor is "a
 * departure from" a way of doing things. Found on real articles (stops 28, 29).
 */
import type { ExtractEventType } from "./types";

/** a company's figures, not a model's: "Die jüngsten Geschäftszahlen … bleiben hinter den Erwartungen zurück" */
const RESULTS =
  /(?:Geschäftszahlen|Quartalszahlen|Jahreszahlen|Umsatz|Umsätze|Gewinn|Gewinne|\bearnings\b|\brevenues?\b|\bquarterly sales\b|\bprofits?\b|\bguidance\b)\s+(?:\S+\s+){0,4}$/iu;
/** a verb that says the company is left, whatever team comes next */
const LEAVES = /\b(?:verl(?:ässt|assen|ieß|ießen)|leav(?:es|ing)|left|quit|exit)\b/iu;
/** a price or a valuation missed: "the price tag fell short of the unicorn valuation" (German "Bewertung" is also a test's rating) */
const PRICE_SHORT = /\b(?:price tag|valuation|purchase price)\b/iu;
/** money missing, not raised: "ein 207 Mrd. Dollar großes Finanzierungsloch", "a funding gap" */
const FUNDING_GAP = /Finanzierungs(?:loch|lücke)|\bfunding (?:gap|shortfall|hole)\b/iu;
/** a job someone was to take up: "was due to start at OpenAI", "sollte bei Meta anfangen" */
const JOB_START =
  /\b(?:due|set|slated|scheduled) to (?:start|begin|join) (?:work )?(?:at|with)\b|\bsollte (?:\S+ ){0,3}(?:bei|an) (?:\S+ ){0,3}(?:anfangen|beginnen)\b/iu;
/** an analyst's view of the share: "raised Naver's target price", "hebt das Kursziel" */
const TARGET_PRICE = /(?:\btarget price|\bprice target|Kursziel)/iu;
/** what is bought is no company: "computing infrastructure acquisition", "customer acquisition" */
const THING_ACQUIRED =
  /\b(?:infrastructure|equipment|GPU|chip|compute|computing|talent|customer|user|data|land|hardware)\s+(?:acquisition|purchases?)\b/iu;

/** "Kosten von mehr als 2.000 US-Dollar für den Kugelroboter – eine erhebliche Investition für ein Gerät": a price */
const PRICE_OF_A_THING =
  /(?:\bKosten von (?:\S+ ){0,5}für (?:ein|einen|den|das|die)\b|\bpriced at\b|\bprice tag\b|\bretail price\b|\bfür ein (?:Gerät|Device)\b)/iu;
/** people moving inside a company: "sollen nun zum Smart-Glasses-Team wechseln" */
const INTERNAL_MOVE =
  /\b(?:zum|zur|ins|in das|in die|to the|to its|into the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:Team|Abteilung|Sparte|Einheit|[Bb]ereich|team|unit|division|group)\b/u;

/** units of one company merged, no company bought: "merged its Brain team with DeepMind" (a reorganisation, `other`) */
const UNITS_MERGED =
  /\bmerg(?:e|es|ed|ing) (?:its|their|the) (?:\S+ ){0,2}(?:team|unit|division|lab|group|teams|units|divisions|labs)\b|\b(?:legt|legte|legten) (?:\S+ ){0,4}(?:Teams|Sparten|Abteilungen|Einheiten|Labore) (?:\S+ ){0,6}zusammen\b|\bzur (?:neuen )?(?:Einheit|Sparte|Abteilung)\b/iu;

/** controversy avoided or small: "attracts less controversy", "keeps them clear of controversy", "kaum Kritik" */
const LITTLE_OF =
  /\b(?:less|little|fewer|clear of|free of|avoid(?:s|ed|ing)?|steer(?:s|ed)? clear of|weniger|kaum|frei von)\s+$/iu;

/** a deadline that is no release's: "missed the ballot deadline", "a filing deadline" */
const NOT_A_RELEASE_DEADLINE =
  /\b(?:ballot|filing|tax|application|registration|payment|court|submission|reporting|regulatory|legal|election|voter|Antrags|Anmelde|Melde|Abgabe)[- ]?(?:deadline|[Ff]rist)\b/iu;

/** a report or a payment late, no release: "the delays in reporting crashes", "Verzögerungen bei der Meldung" */
const LATE_PAPERWORK =
  /^(?:delay(?:s|ed)?|Verzögerung\p{L}*) (?:in|bei der|in der) (?:reporting|filing|disclosing|responding|paying|payments?|Meldung|Berichterstattung|Datenerfassung|Auszahlung|Zahlung)\b/iu;
/** a forecast raised, no money raised: "raised its revenue forecast to $30 billion", "hebt die Prognose an" */
const FORECAST_RAISED =
  /\b(?:rais(?:ed|es|ing)|lift(?:ed|s)|boost(?:ed|s)|hob|hebt|heben|erhöht\p{L}*) (?:\S+ ){0,5}(?:guidance|forecast|outlook|projections?|Prognose\p{L}*|Ausblick|Umsatzziel\p{L}*|Jahresziel\p{L}*)\b/iu;

/** the idiom, no one leaving: "marks a departure from Apple's typical release strategy", "a departure from the norm" */
const DEPARTURE_FROM_A_WAY =
  /^departures? from (?:\S+ ){0,4}?(?:strateg(?:y|ies)|approach|practice|polic(?:y|ies)|traditions?|norms?|playbook|customs?|patterns?|stance|philosophy|course|script|formula|routine|habits?|cadence|rules?|model of|way)\b/iu;

/**
 * The type a cue's fact takes when its object says otherwise, or null when it states no event of
 * that kind at all; the cue's own type when nothing says otherwise.
 */
export function typeForObject(
  type: ExtractEventType,
  text: string,
  cueIndex: number,
  cueLength: number,
  /** another company is a party to the fact ("merged its robotics unit with Mistral AI") */
  otherCompany = false,
): ExtractEventType | null {
  const near = text.slice(Math.max(0, cueIndex - 60), cueIndex + cueLength + 60);
  if (type === "benchmark_underperformance" && RESULTS.test(text.slice(Math.max(0, cueIndex - 60), cueIndex)))
    return null;
  // "the price tag fell short of the unicorn valuation": a price, not a model's result
  if (type === "benchmark_underperformance" && PRICE_SHORT.test(near)) return null;
  if (
    type === "investment" &&
    (TARGET_PRICE.test(text) || PRICE_OF_A_THING.test(text) || FUNDING_GAP.test(near))
  )
    return null;
  if (
    type === "departure" &&
    INTERNAL_MOVE.test(text.slice(cueIndex, cueIndex + cueLength + 60)) &&
    !LEAVES.test(text)
  )
    return null;
  if (type === "acquisition" && THING_ACQUIRED.test(near)) return null;
  if (type === "acquisition" && !otherCompany && UNITS_MERGED.test(near)) return "other";
  if (type === "departure" && DEPARTURE_FROM_A_WAY.test(text.slice(cueIndex))) return null;
  if (type === "controversy" && LITTLE_OF.test(text.slice(Math.max(0, cueIndex - 24), cueIndex))) return null;
  // "He was due to start at OpenAI in August": a person's new job, not a release
  if (type === "delay" && JOB_START.test(near)) return null;
  if (type === "delay" && NOT_A_RELEASE_DEADLINE.test(near)) return null;
  if (type === "delay" && LATE_PAPERWORK.test(text.slice(cueIndex))) return null;
  if (type === "investment" && FORECAST_RAISED.test(near)) return null;
  return type;
}
