/**
 * Which model an event is about: the one its sentence names for the lab, a newer version or the
 * product line it belongs to, one the press names by description, the one named just before, or
 * the one the article is about.
 */
import { type Mention } from "./entities";
import { newVersionOf, unknownModelFor } from "./product-attach";
import { LOOKBACK, MODEL_TYPES } from "./rules";
import type { Info, Subject } from "./subjects";
import type { ExtractEventType } from "./types";

/**
 * The product line a part number belongs to, when its name does not say it: "B200" → "blackwell".
 * ("Gemini 2.5 Pro" names its line itself and keeps its own name.)
 */
export type LineOf = (model: string) => string | undefined;

/** Model words of the knowledge base: product lines and how the press describes models of a lab. */
export interface ModelWords {
  lineOf: LineOf;
  /** models of a lab named by description ("its open-weight model"), per lab */
  described: Map<string, { slug: string; re: RegExp }[]>;
}

const NO_MODEL_WORDS: ModelWords = { lineOf: () => undefined, described: new Map() };

/** "its new model", "seines neuen Modells", "the chatbot", "die Chips": a model named by its kind */
const MODEL_REFERENCE =
  /(?:^|[\s(])(?:its|their|the|this|that|sein\p{L}*|ihr\p{L}*|d(?:er|ie|as|es|em|en)|dies\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:AI|KI|language|Sprach|reasoning|Reasoning|flagship|Flaggschiff)[\s-]?)?(?:model|Modell|Modells|chatbot|Chatbot|Chatbots|assistant|Assistenten|chips?|Chips?)(?![\p{L}])/u;

/** The model of `lab` the article names most (not in comparisons); first named on a tie. */
function mainModelOf(lab: string, infos: Info[], except?: string): string | null {
  const counts = new Map<string, number>();
  for (const x of infos)
    for (const r of x.roles)
      if (!r.comparison && r.mention.kind === "model" && r.mention.lab === lab && r.mention.slug !== except)
        counts.set(r.mention.slug, (counts.get(r.mention.slug) ?? 0) + 1);
  let best: string | null = null;
  for (const [slug, n] of counts) if (best === null || n > counts.get(best)!) best = slug;
  return best;
}

const articleModels = new WeakMap<Info[], Map<string, string | null>>();

/**
 * The one model of `lab` an article is about, for its news that names none ("Google verschiebt den
 * Start in der EU" in an article on Bard): the headline's model of the lab, or else the lab's only
 * model the article names, when it names it at least twice. Several models of the lab: none.
 */
function articleModelOf(lab: string, infos: Info[]): string | null {
  let byLab = articleModels.get(infos);
  if (!byLab) articleModels.set(infos, (byLab = new Map()));
  if (byLab.has(lab)) return byLab.get(lab)!;
  const own = (x: Info | undefined) =>
    (x?.roles ?? []).filter((r) => !r.comparison && r.mention.kind === "model" && r.mention.lab === lab);
  const counts = new Map<string, number>();
  for (const x of infos)
    for (const r of own(x)) counts.set(r.mention.slug, (counts.get(r.mention.slug) ?? 0) + 1);
  const headline = [...new Set(own(infos[0]).map((r) => r.mention.slug))];
  const [only, n] = counts.size === 1 ? [...counts][0]! : [null, 0];
  const model = headline.length === 1 ? headline[0]! : only !== null && n >= 2 ? only : null;
  byLab.set(lab, model);
  return model;
}

/** the tail of a compound that makes a model the engine of another product: "Gemini-powered" */
const INSIDE_COMPOUND = /^(?:powered|based|driven|basiert\p{L}*|gestützt\p{L}*|betrieben\p{L}*)$/iu;

/** "GPT-4 kam vor zwei Jahren, der Nachfolger …": the news is about the successor */
const SUCCESSOR_AFTER =
  /^[^.;:]{0,60}?(?:\b(?:der|dessen|sein|its|the)\s+Nachfolger|\b(?:its|the)\s+successor)\b/iu;

/** For a model named as the predecessor of the one the news is about: that one, when the article names it. */
function successorOf(m: Mention, info: Info, infos: Info[]): string | null {
  if (!SUCCESSOR_AFTER.test(info.s.text.slice(m.end - info.s.start))) return null;
  return mainModelOf(m.lab, infos, m.slug);
}

export function modelFor(
  type: ExtractEventType,
  subject: Subject,
  info: Info,
  infos: Info[],
  i: number,
  words: ModelWords = NO_MODEL_WORDS,
): { model: string | null; modelName: string | null } {
  if (!MODEL_TYPES.has(type)) return { model: null, modelName: null };
  // The first model named is the one the sentence is about ("Llama 4 Maverick und Scout").
  const named = info.roles.filter((r) => !r.comparison).map((r) => r.mention);
  // "Gemini-powered AI Overviews", "die GPT-4-basierte Suche": the model inside names the product
  const ownModels = named.filter((m) => m.kind === "model" && m.lab === subject.lab);
  const own = ownModels.find((m) => !INSIDE_COMPOUND.test(m.compound ?? "")) ?? ownModels[0];
  if (own) {
    const newer = newVersionOf(own, info);
    if (newer) return { model: null, modelName: newer };
    // "die B200-Chips der Blackwell-Reihe", "Blackwell B200": named with its line, the news is the line's
    const line = words.lineOf(own.slug);
    if (line && named.some((m) => m.slug === line)) return { model: line, modelName: null };
    return { model: successorOf(own, info, infos) ?? own.slug, modelName: null };
  }
  // "OpenAI verschiebt sein Open-Weight-Modell": the lab's model the press names by description
  const described = subject.lab
    ? words.described.get(subject.lab)?.find((d) => d.re.test(info.s.text))
    : undefined;
  if (described) return { model: described.slug, modelName: null };
  const namesLab = info.roles.some((r) => r.mention.lab === subject.lab && !r.inAttribution);
  if (subject.from !== null || !namesLab) {
    for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
      const m = infos[j]?.roles
        .map((r) => r.mention)
        .findLast((x) => x.kind === "model" && x.lab === subject.lab);
      if (m) return { model: successorOf(m, infos[j]!, infos) ?? m.slug, modelName: null };
    }
  }
  const unknown = unknownModelFor(
    subject,
    info,
    infos,
    i,
    named.some((m) => m.kind !== "lab"),
  );
  if (unknown) return { model: null, modelName: unknown };
  // "DeepSeek verschiebt die Veröffentlichung seines neuen Modells": the lab's model of the article
  const main = subject.lab && MODEL_REFERENCE.test(info.s.text) ? mainModelOf(subject.lab, infos) : null;
  return { model: main ?? (subject.lab ? articleModelOf(subject.lab, infos) : null), modelName: null };
}
