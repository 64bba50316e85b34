import { describe, expect, it } from "vitest";
import { articles, labs, models, publishers } from "./entities";
import { EVENT_TEXTS_DE } from "./event-texts-de";
import { commitments, events } from "./events";
import { STARTER_PACKS } from "./starter";
import { buildSeedDataset } from "./starter/merge";

/**
 * Issue 10 §11: every seed and starter event carries a German title and summary. Checked on the
 * dataset the loader inserts (after the merge by key), for the seed alone and with the starter pack.
 */

const base = { publishers, labs, models, articles, events, commitments };
const seedOnly = buildSeedDataset(base, []);
const withStarter = buildSeedDataset(base, STARTER_PACKS);

/** A proper name may stay as it is ("Gemini 2.5 Pro"): a few words, each capitalised or a number. */
const isProperName = (s: string) => s.split(/\s+/).length <= 4 && /^([A-Z0-9][\w.+-]*\s?)+$/.test(s);

/** Words German prose can hardly do without; an untranslated English text has none of them. */
const GERMAN_WORDS =
  /(^|[\s(„])(der|die|das|den|dem|des|und|mit|von|ein|eine|einen|nach|für|auf|im|am|zu|zum|zur|ist|wird|hat|bei|sich|nicht|um|aus|vor|über|sein|seine|als)(?=[\s,.;:)“]|$)/i;
/** English function words that have no business in a German text (names like "The Verge" aside). */
const ENGLISH_WORDS = /\b(the|and|with|which|were|has|have|after|from|its)\b/;
const stripNames = (s: string) =>
  s.replace(/The (Wall Street Journal|Information|Verge|Decoder)|Bank of America|T\. Rowe/g, "");

describe.each([
  ["the five seed articles", seedOnly.events],
  ["the seed with the starter pack", withStarter.events],
])("German event texts: %s", (_name, loaded) => {
  it("has events to check", () => {
    expect(loaded.length).toBeGreaterThan(0);
  });

  it.each(loaded.map((e) => [e.key, e] as const))("%s has a German title and summary", (_key, e) => {
    expect(e.titleDe?.trim(), "titleDe").toBeTruthy();
    expect(e.summaryDe?.trim(), "summaryDe").toBeTruthy();
    if (e.titleDe === e.title) expect(isProperName(e.title), `title not translated: ${e.title}`).toBe(true);
    expect(e.summaryDe, "summary not translated").not.toBe(e.summary);
    expect(e.summaryDe, "reads as German").toMatch(GERMAN_WORDS);
    expect(stripNames(`${e.titleDe ?? ""} ${e.summaryDe ?? ""}`), "no English left in").not.toMatch(
      ENGLISH_WORDS,
    );
  });
});

describe("German event texts file", () => {
  it("has no text for an event that does not exist", () => {
    const keys = new Set(withStarter.events.map((e) => e.key));
    expect(Object.keys(EVENT_TEXTS_DE).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("recognises a proper name, and only that", () => {
    expect(isProperName("Gemini 2.5 Pro")).toBe(true);
    expect(isProperName("Scale AI CEO Alexandr Wang joins Meta")).toBe(false);
  });
});
