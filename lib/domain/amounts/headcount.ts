/** Headcounts: "600 Stellen", "rund 3.600 Mitarbeiter", "a dozen researchers". */
import { collectFigures, NUM, QUAL, readNumber, SP, START } from "./numbers";
import { alternation } from "../regex-alternation";
import type { HeadcountMatch, NumberLang } from "./types";

// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eins: 1,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, einhundert: 100, tausend: 1000,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, "a hundred": 100, "one hundred": 100,
  thousand: 1000, "a thousand": 1000, dozen: 12, "a dozen": 12, dutzend: 12, "ein dutzend": 12,
  "half a dozen": 6, "a half dozen": 6, "a half-dozen": 6, "half-dozen": 6, "halbes dutzend": 6, "ein halbes dutzend": 6,
};

const PEOPLE = [
  "von ihnen",
  "davon",
  "Mitarbeiter(?:innen|in|n)?",
  "Mitarbeitende[n]?",
  "Beschäftigte[n]?",
  "Angestellte[n]?",
  "Stellen?",
  "Jobs",
  "Arbeitsplätze",
  "Personen",
  "Person",
  "Leute",
  "Menschen",
  "Forscher(?:innen|in|n)?",
  "Forschende[n]?",
  "Entwickler(?:innen|in|n)?",
  "Ingenieur(?:e|en|innen|in)?",
  "Manager(?:innen|in|n)?",
  "Führungskräfte[n]?",
  "Köpfe",
  "Talente",
  "Wissenschaftler(?:innen|in|n)?",
  "Mitbegründer(?:innen|in|n)?",
  "Gründer(?:innen|in|n)?",
  "Programmierer(?:innen|in|n)?",
  "Experten",
  "Expertinnen",
  // gender-inclusive forms of any staff noun: "Kolleg:innen", "Moderator*innen", "Mitarbeiter_innen"
  "\\p{L}+[:*_]innen",
  "Kolleg(?:en|innen)(?: und Kolleg(?:en|innen))?",
  "Moderator(?:en|innen)",
  "Auftragnehmer(?:innen|n)?",
  "of them",
  "employees?",
  "staff(?:ers)?",
  "people",
  "persons?",
  "workers?",
  "researchers?",
  "engineers?",
  "scientists?",
  "jobs?",
  "positions?",
  "roles?",
  "members?",
  "executives?",
  "co-?founders?",
  "founders?",
  "developers?",
  "hires?",
  "individuals",
  "contractors?",
  "moderators?",
  "annotators?",
  "tutors?",
].join("|");
/** one word allowed between number and noun: "sieben weitere Mitarbeiter", "20 senior researchers" */
const PEOPLE_ADJECTIVES = [
  "weiteren?",
  "neuen?",
  "zusätzlichen?",
  "ehemaligen?",
  "leitenden?",
  "führenden?",
  "hochrangigen?",
  "erfahrenen?",
  "festen?",
  "bisherigen?",
  "wichtigen?",
  "more",
  "new",
  "additional",
  "former",
  "senior",
  "key",
  "top",
  "full-time",
  "other",
  "of its",
  "of the",
  "of their",
  // "laid off 30 of these employees"
  "of these",
  "of those",
  "dieser",
].join("|");

const PART_OF =
  /(\d[\d.,]*)\s+(?:von|of|out of|der)\s+(?:(?:its|the|their|seinen|ihren|den|insgesamt)\s+)?$/iu;

/** a number word before "of the", "von den": the part of the whole that follows */
const WORD_PART_OF = new RegExp(
  `\\b(${alternation(Object.keys(NUMBER_WORDS).filter((k) => !k.includes(" ")))})\\s+(?:of|von|der)\\s+(?:(?:its|the|their|den|seinen|ihren)\\s+)?$`,
  "iu",
);

const HEADCOUNT_RE = new RegExp(
  START +
    QUAL +
    `(?<num>${NUM}|${alternation(Object.keys(NUMBER_WORDS))})(?:${SP}+(?<adj>${PEOPLE_ADJECTIVES}))?${SP}+(?<noun>${PEOPLE})(?![\\p{L}])`,
  "giu",
);

/**
 * Finds counts of people: "mindestens sieben von ihnen", "mehr als 600 Stellen", "600 jobs".
 * Number words cover eins–zwölf, the tens to fünfzig/fifty, hundert and tausend.
 */
export function parseHeadcounts(text: string, lang?: NumberLang): HeadcountMatch[] {
  return collectFigures(text, HEADCOUNT_RE, (g, m, textLang) => {
    const raw = g.num ?? "";
    const word = NUMBER_WORDS[raw.toLowerCase().replace(/\s+/g, " ")];
    // "mehrere Tausend Arbeitsplätze", "several thousand jobs", "einige hundert": no figure
    if (
      word !== undefined &&
      word >= 100 &&
      /\b(?:mehrere|mehreren|einige|einigen|ein paar|etliche|etlichen|several|a few|few|some|many)\s+$/iu.test(
        text.slice(Math.max(0, m.index - 14), m.index),
      )
    )
      return null;
    if (word !== undefined) {
      // "three of the five researchers": the part is the count
      const part = WORD_PART_OF.exec(text.slice(Math.max(0, m.index - 28), m.index));
      const partWord = part ? NUMBER_WORDS[part[1]!.toLowerCase()] : undefined;
      return { value: partWord !== undefined && partWord < word ? partWord : word };
    }
    // "im Jahr 2025 neue Stellen": a year followed by people, not 2025 people.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/^(?:19|20)\d{2}$/.test(raw) && /\b(?:im|in|jahr|year|bis|seit|since|until|by|ab)\s+$/i.test(before))
      return null;
    const n = readNumber(raw, lang ?? textLang);
    if (!n || n.decimals > 0) return null;
    // "31 von 240 Mitarbeitern", "31 of its 240 employees": the part is the count, the whole its base
    const part = PART_OF.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const partN = part ? readNumber(part[1]!, lang ?? textLang) : null;
    if (partN && partN.decimals === 0 && partN.mantissa < n.mantissa) return { value: partN.mantissa };
    return { value: n.mantissa };
  });
}
