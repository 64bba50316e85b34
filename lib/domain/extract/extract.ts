/**
 * The extraction assistant: from a pasted article to proposed events. Pure and deterministic;
 * every rule is a cue word or a sentence pattern, so an editor can see why a proposal exists.
 *
 * Steps: clean the text → split sentences → find labs/models, attributions, numbers and dates
 * per sentence → a cue word makes a proposal, its subject is the lab the sentence (or, for "der
 * Konzern", "Er", the previous sentences) is about → merge proposals that state the same event
 * → link proposals to existing events.
 */
import { parseAmounts, parseHeadcounts, parsePercents } from "../amounts";
import type { Currency } from "../amounts/types";
import { fuzzyMonth } from "../fuzzy-date";
import type { FuzzyDate } from "../fuzzy-date.types";
import { cleanArticleText } from "../text-cleaning";
import { findAttributions, resolveReferences } from "./attribution";
import { findCues, type CueHit } from "./cues";
import { findDates, type DateHit } from "./dates";
import { buildEntityIndex, findMentions, findUnknownLabs, findUnknownModels } from "./entities";
import { MODELS, ORGANISATIONS } from "../knowledge";
import { withKnowledge } from "./knowledge";
import { detectLanguage } from "./language";
import { matchExistingEvent } from "./match-existing";
import { mergeDrafts, type Draft } from "./merge";
import { mentionRoles } from "./roles";
import { titledSurnames } from "./people";
import { splitSentences } from "./sentences";
import type { ExtractContext, ExtractionResult } from "./types";
import { earlierThanLead } from "./background";
import { recapsAfterLead } from "./recaps";
import { currencyByValue, inNamedCurrency, memo, type Numbers } from "./figures";
import { articleOutlet, outletForModel } from "./schedule";
import { type Info, dominantLab, sentenceTopic } from "./subjects";
import { proposer } from "./propose";
import { forgetTexts } from "./extraction-memory";
import { latinCaseless } from "./latin-caseless";

// "B200" and "Blackwell" in one article are one product line (lib/domain/knowledge's families).
const FAMILY_OF = new Map(MODELS.flatMap((m) => (m.family ? [[m.slug, m.family] as const] : [])));
const familyOf = (model: string) => FAMILY_OF.get(model);

/** a sentence that opens by pointing back: "It …", "Es …", "The chatbot …", "Das Modell …" */
const PRONOUN_OPENER =
  /^(?:It|Es|Er|Sie|This|Dieser|Diese|The (?:model|chatbot|bot|assistant|feature|tool|app|system)|(?:Das|Der|Die) (?:Modell|Chatbot|Assistent|Funktion|KI|System))\s/u;

/** a reference to a product named before: "the model", "das Modell", "calling it …", "wird sie … nicht veröffentlicht" */
const MODEL_REFERENCE = latinCaseless(
  /\b(?:the|this|that|its) (?:new |latest )?(?:model|chatbot|bot|assistant|release)\b|\b(?:das|dieses|der|dieser) (?:neue |neueste )?(?:Modell|Chatbot|Assistent)\b|\b(?:calling|call|called|found|find|finds) it\b|\b(?:it|it['’]s|it was|it is)\b|\b(?:wird|wurde|werde|soll|sollte|ist|war|hat|hatte) (?:sie|es|er)\b/iu,
);

export function extractFromText(text: string, ctx: ExtractContext): ExtractionResult {
  forgetTexts();
  const cleanedText = cleanArticleText(text).text;
  const language = ctx.lang ?? detectLanguage(cleanedText);
  const known =
    ctx.useKnowledgeBase === false
      ? { labs: ctx.labs, models: ctx.models }
      : withKnowledge(ctx.labs, ctx.models, ORGANISATIONS, MODELS);
  const index = buildEntityIndex(known.labs, known.models);
  const newLabs = new Set(known.labs.filter((l) => l.fromKnowledgeBase).map((l) => l.slug));
  const mentions = findMentions(cleanedText, index, { germanGenitives: language === "de" });
  const unknownLabsAll = findUnknownLabs(cleanedText, mentions, index);
  const sentences = splitSentences(cleanedText);
  const dominant = dominantLab(mentions);
  const publishers = ctx.publishers ?? [];
  const surnames = titledSurnames(cleanedText);
  // Several proposals of one sentence read the same numbers; parse each sentence once.
  let named: Map<number, Currency> | undefined;
  const namedCurrencies = () => (named ??= currencyByValue(cleanedText, language));
  const numbers: Numbers = {
    amounts: memo((t, l) => inNamedCurrency(parseAmounts(t, l), namedCurrencies)),
    percents: memo((t, l) => parsePercents(t, l)),
    headcounts: memo((t, l) => parseHeadcounts(t, l)),
  };

  const infos: Info[] = sentences.map((s) => {
    const own = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const attributions = findAttributions(s.text, publishers);
    return {
      s,
      roles: mentionRoles(s.text, s.start, own, attributions),
      unknownLabs: unknownLabsAll.filter((u) => u.start >= s.start && u.end <= s.end),
      unknownModels: findUnknownModels(s.text, s.start, own, index),
      attributions,
      subject: null,
    };
  });

  // "schreibt das Magazin" credits the outlet named before it
  resolveReferences(infos.map((x) => x.attributions)).forEach((a, k) => (infos[k]!.attributions = a));
  // the outlet the article relays, credited to its news that names no source of its own
  const relayedOutlet = articleOutlet(infos, publishers);
  const labNames = new Map(known.labs.map((l) => [l.slug, l.name]));

  const cueCache = new Map<string, CueHit[]>();
  const cuesOf = (sentence: string, hasModel: boolean): CueHit[] => {
    const key = `${hasModel ? 1 : 0}${sentence}`;
    let hits = cueCache.get(key);
    if (!hits) {
      hits = findCues(sentence, hasModel);
      cueCache.set(key, hits);
    }
    return hits;
  };
  const dateCache = new Map<number, DateHit[]>();
  const datesOf = (k: number): DateHit[] => {
    let hits = dateCache.get(k);
    if (!hits) {
      const s = infos[k]!.s;
      hits = findDates(s.text, ctx.articleDate).map((h) => ({
        ...h,
        start: h.start + s.start,
        end: h.end + s.start,
      }));
      dateCache.set(k, hits);
    }
    return hits;
  };
  const inferred: FuzzyDate | null = ctx.articleDate
    ? fuzzyMonth(
        Number(ctx.articleDate.slice(0, 4)),
        Number(ctx.articleDate.slice(5, 7)),
        language === "de" ? "Monat des Artikels (erschlossen)" : "month of the article (inferred)",
      )
    : null;

  const drafts: Draft[] = [];
  const proposalsFor = proposer({
    infos,
    drafts,
    numbers,
    language,
    dominant,
    publishers,
    cleanedText,
    mentions,
    datesOf,
    articleDate: ctx.articleDate,
    inferred,
    newLabs,
    labNames,
    relayedOutlet,
    surnames,
  });
  // a model only compared with ("a rival to ChatGPT") does not make weak words about a model
  const namesModel = infos.map(
    (x) => x.roles.some((r) => r.mention.kind !== "lab" && !r.comparison) || x.unknownModels.length > 0,
  );
  infos.forEach((info, i) => {
    // "It was caught giving incorrect answers" is about the model the sentence before named
    const hasModel =
      namesModel[i]! ||
      (PRONOUN_OPENER.test(info.s.text) &&
        infos[i - 1]?.s.paragraph === info.s.paragraph &&
        namesModel[i - 1]!) ||
      // "And to put it mildly, the model was underwhelming", "Critics are calling it underwhelming":
      // a reference to the model one or two sentences back in the paragraph
      ([1, 2].some((k) => infos[i - k]?.s.paragraph === info.s.paragraph && namesModel[i - k]!) &&
        MODEL_REFERENCE.test(info.s.text));
    const cues = cuesOf(info.s.text, hasModel);
    info.subject = sentenceTopic(info, infos, i, dominant);

    const own = cues.flatMap((cue) => proposalsFor(cue, info, i));
    drafts.push(...own);
    // The lab a proposal acts for is what "der Konzern" or "Er" in the next sentence means; a
    // departure's actor is the lab people leave for.
    const actor = own
      .map((d) => (d.type === "departure" && d.counterparty ? d.counterparty : d.lab))
      .find(Boolean);
    info.subject = actor ?? info.subject;
  });

  const outletCounts = new Map<string, number>();
  for (const info of infos) {
    for (const a of info.attributions)
      if (a.kind === "outlet") outletCounts.set(a.source, (outletCounts.get(a.source) ?? 0) + 1);
  }
  const ranked = [...outletCounts.entries()].sort((a, b) => b[1] - a[1]);
  const primarySource = ranked[0]?.[0] ?? null;

  const merged = mergeDrafts(recapsAfterLead(earlierThanLead(drafts, sentences), sentences), familyOf);
  const existing = ctx.existingEvents ?? [];
  const events = merged.map(({ at: _at, datedBefore: _dated, person: _person, ...e }) => ({
    ...e,
    reportedBy:
      e.reportedBy ?? outletForModel(infos, e, familyOf, publishers, (k) => cuesOf(infos[k]!.s.text, true)),
    matchesEventId: matchExistingEvent(e, existing),
  }));
  const unique = (xs: string[]) => [...new Set(xs)];

  return {
    language,
    cleanedText,
    labs: unique(mentions.map((m) => m.lab)),
    models: unique(mentions.filter((m) => m.kind === "model").map((m) => m.slug)),
    unknownLabs: unique(unknownLabsAll.map((u) => u.name)),
    unknownModels: unique(infos.flatMap((x) => x.unknownModels.map((u) => u.name))),
    events,
    primarySource,
  };
}
