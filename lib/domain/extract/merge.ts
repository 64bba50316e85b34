/**
 * One article often states the same event in several sentences (headline, lead, body). Proposals
 * of the same type and subject whose facts do not contradict each other are merged into one,
 * keeping the quote of the most informative sentence and filling gaps from the others.
 */
import { ALLEGED, LAWSUIT } from "./cue-conflicts";
import { endsSentence } from "../text-cleaning/line-features";
import { compareFuzzyDate, overlaps } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import { preciseAmount } from "./figures";
import type { ExtractedEvent } from "./types";

export interface Draft extends ExtractedEvent {
  /** offset of the quote in the cleaned text, to keep proposals in reading order */
  at: number;
  /** its own clause dates it before the article's month (background unless the lead tells it) */
  datedBefore?: boolean;
  /** for a departure, the one person its sentence names (people.ts) */
  person?: string | null;
}

function subject(e: ExtractedEvent): string {
  return e.lab ?? `?${e.labName ?? ""}`;
}

function compatibleNumber(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

function compatibleText(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

function informationScore(e: ExtractedEvent): number {
  return (
    (e.amountUsd !== null ? 2 : 0) +
    (e.percent !== null ? 2 : 0) +
    (e.headcount !== null ? 2 : 0) +
    (e.occurred && !e.occurredInferred ? 1 : 0) +
    (e.reportedBy ? 1 : 0) +
    (e.model ? 1 : 0) +
    (e.plannedDates?.length ?? 0)
  );
}

/**
 * Plans of one release, without repeats, earliest first: a delay moves the date later, so the
 * calendar order is the order in which the plans were held.
 */
export function unionDates(a: FuzzyDate[] = [], b: FuzzyDate[] = []): FuzzyDate[] {
  const out: FuzzyDate[] = [];
  for (const d of [...a, ...b]) {
    const same = out.findIndex((x) => x.from === d.from && x.to === d.to);
    if (same < 0) out.push(d);
    else if (d.openEnd && !out[same]!.openEnd) out[same] = d;
  }
  return out.sort((x, y) => compareFuzzyDate(x, y));
}

/** An amount travels with its bound, kind and qualifier. */
function amountOf(d: Draft): Pick<Draft, "amountUsd" | "amountUsdMax" | "amountKind" | "amountQualifier"> {
  return {
    amountUsd: d.amountUsd,
    amountUsdMax: d.amountUsdMax ?? null,
    amountKind: d.amountKind ?? null,
    amountQualifier: d.amountQualifier,
  };
}

/** Two names of one product line ("B200" and "Blackwell") merged: the line is what both report. */
function lineModel(primary: Draft, other: Draft, familyOf: FamilyOf): string | null {
  if (primary.model && other.model && familyOf(primary.model) === other.model) return other.model;
  return primary.model ?? other.model;
}

/** Which of two readings of one fact gives the merged proposal its quote and date. */
function primaryOf(a: Draft, b: Draft): Draft {
  // news beside a background reading: the news sentence tells the fact as the article reports it
  if (Boolean(a.background) !== Boolean(b.background)) return a.background ? b : a;
  const moreInformation = informationScore(b) - informationScore(a);
  if (moreInformation !== 0) return moreInformation > 0 ? b : a;
  if (b.confidence !== a.confidence) return b.confidence > a.confidence ? b : a;
  // "Verzögerung bei «Super-Siri»" as a subheading, then the sentence that tells it: quote the sentence
  return endsSentence(b.quote) && !endsSentence(a.quote) ? b : a;
}

function combine(a: Draft, b: Draft, familyOf: FamilyOf): Draft {
  const primary = primaryOf(a, b);
  const other = primary === a ? b : a;
  // read once as background and once, with its neighbour, as news: it is news
  const background = Boolean(a.background) && Boolean(b.background);
  // a date read from a sentence taken as background does not date the news it is merged with
  const useOtherDate =
    (!primary.occurred || primary.occurredInferred) &&
    other.occurred &&
    !other.occurredInferred &&
    !(other.background && !primary.background);
  return {
    ...primary,
    model: lineModel(primary, other, familyOf),
    modelName: primary.modelName ?? other.modelName,
    ...amountOf(preciseAmount(primary, other)),
    percent: primary.percent ?? other.percent,
    headcount: primary.headcount ?? other.headcount,
    headcountQualifier: primary.headcount !== null ? primary.headcountQualifier : other.headcountQualifier,
    occurred: useOtherDate ? other.occurred : primary.occurred,
    occurredInferred: useOtherDate ? false : primary.occurredInferred,
    reportedBy: primary.reportedBy ?? other.reportedBy,
    counterparty: primary.counterparty ?? other.counterparty ?? null,
    counterpartyName: primary.counterpartyName ?? other.counterpartyName ?? null,
    person: primary.person ?? other.person ?? null,
    confidence: Math.max(a.confidence, b.confidence),
    plannedDates: unionDates(a.plannedDates, b.plannedDates),
    at: Math.min(a.at, b.at),
    background: background || undefined,
  };
}

/** The family a model belongs to ("b200" → "blackwell"), when the knowledge base says so. */
export type FamilyOf = (model: string) => string | undefined;

/** A model and the family it belongs to name one product line: "Blackwell" and "B200" in one article. */
function sameLine(a: string, b: string, familyOf: FamilyOf): boolean {
  return a === b || familyOf(a) === b || familyOf(b) === a;
}

function modelsCompatible(a: Draft, b: Draft, drafts: Draft[], familyOf: FamilyOf): boolean {
  if (a.model === b.model) return true;
  if (a.model && b.model) return sameLine(a.model, b.model, familyOf);
  // A proposal without a model joins one with a model only when that model (or its family) is the
  // only one this article gives for the same type and lab.
  const lines = new Set(
    drafts
      .filter((d) => d.type === a.type && subject(d) === subject(a) && d.model)
      .map((d) => familyOf(d.model!) ?? d.model),
  );
  return lines.size === 1;
}

/**
 * "$650 million" and "$620 million" of one deal are one fact told twice; "$72 billion" for 2025
 * and "$40 billion" for 2024 are two. A quarter apart or more, amounts keep proposals apart.
 */
function closeAmounts(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  return Math.abs(a - b) <= 0.25 * Math.max(a, b);
}

/**
 * One article rarely states two events of the same type for the same lab (in the labelled set,
 * 5 of 85 pairs, each with different models or different people leaving): headline, lead and body
 * restate one fact with different numbers ("$650 million" for the deal, "$620 million" for its
 * licence part). So beyond the same type, lab and model, only people leaving (headcount), amounts
 * far apart, the other party of a deal, two named people leaving and news vs background keep
 * proposals apart.
 */
/**
 * One proposal's quote holds the other's: a sentence read alone as background ("had just reached
 * its highest level") and again with the next sentence as news ("… The shares then fell 2%").
 */
function sameWords(a: Draft, b: Draft): boolean {
  return a.quote !== b.quote && (a.quote.includes(b.quote) || b.quote.includes(a.quote));
}

/** "team leader Peter Bannon departing" and "lost about 20 workers to DensityAI": two departures */
function personAndGroup(a: Draft, b: Draft): boolean {
  return a.person !== null && a.person !== undefined && b.headcount !== null && b.headcount > 1;
}

/**
 * "left OpenAI on Wednesday … left OpenAI on Thursday", "am Montag bestätigte Fusion … integrierte
 * er 2025 …": two times the text names that do not meet are two facts
 */
function differentDays(a: Draft, b: Draft): boolean {
  const named = (d: Draft) => (d.occurred && !d.occurredInferred ? d.occurred : null);
  const x = named(a);
  const y = named(b);
  if (x === null || y === null || overlaps(x, y)) return false;
  // a named day against another day or a year; a month apart is as often the same fact told
  // with its background, which stays merged
  const kinds = [x.precision, y.precision];
  return kinds.includes("day") && kinds.every((k) => k === "day" || k === "year");
}

function mergeable(a: Draft, b: Draft, drafts: Draft[], familyOf: FamilyOf): boolean {
  return (
    a.type === b.type &&
    !differentDays(a, b) &&
    subject(a) === subject(b) &&
    (Boolean(a.background) === Boolean(b.background) || sameWords(a, b)) &&
    modelsCompatible(a, b, drafts, familyOf) &&
    (a.type !== "departure" ||
      (compatibleNumber(a.headcount, b.headcount) &&
        compatibleText(a.person, b.person) &&
        !personAndGroup(a, b) &&
        !personAndGroup(b, a))) &&
    closeAmounts(a.amountUsd, b.amountUsd) &&
    compatibleText(a.counterparty, b.counterparty)
  );
}

/** a reorganisation word: the restructuring that job cuts are part of */
const REORGANISATION =
  /(?:restructur|reorgani[sz]|shake-?up|Umstrukturierung|Neuorganisation|Reorganisation|Umbau|umgebaut)/iu;

/**
 * "The reorganisation of the annotation team" in an article about that lab's job cuts is the cuts
 * told again, not a second event: a reorganisation without an amount of its own joins the layoff
 * of the same lab.
 */
function partOfLayoff(d: Draft, drafts: Draft[]): boolean {
  return (
    d.type === "other" &&
    d.amountUsd === null &&
    REORGANISATION.test(d.quote) &&
    drafts.some(
      (x) =>
        x.type === "layoff" && subject(x) === subject(d) && Boolean(x.background) === Boolean(d.background),
    )
  );
}

/** what a suit says against the sued: "Der Vorwurf: OpenAI benutze …", "The plaintiffs allege …" */
const ALLEGATION =
  /(?:accus|alleg|Vorw[uü]rf|vorgeworfen|vorwerfen|\bwirft\b|\bwarf(?:en)?\b|\bclaims?\b|Kläger\p{L}*|plaintiffs?|copyright|Urheberrecht\p{L}*)/iu;

/**
 * "Der Vorwurf: OpenAI benutze geschützte Werke …" in an article about a lawsuit against OpenAI is
 * the suit told again (docs/labelling.md: what a lawsuit alleges is the lawsuit), not a second
 * stir: a stir of the sued lab in the words of a suit joins the suit.
 */
function partOfLawsuit(d: Draft, drafts: Draft[]): boolean {
  return (
    d.type === "controversy" &&
    (ALLEGATION.test(d.quote) || ALLEGED.test(d.quote) || LAWSUIT.test(d.quote)) &&
    drafts.some((x) => x.type === "other" && subject(x) === subject(d) && LAWSUIT.test(x.quote))
  );
}

export function mergeDrafts(drafts: Draft[], familyOf: FamilyOf = () => undefined): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (partOfLayoff(d, drafts) || partOfLawsuit(d, drafts)) continue;
    const i = out.findIndex((o) => mergeable(o, d, drafts, familyOf));
    if (i >= 0) out[i] = combine(out[i]!, d, familyOf);
    else out.push(d);
  }
  return out.sort((a, b) => a.at - b.at);
}
