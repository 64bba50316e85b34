/**
 * Models the text introduces by name: "a new model called Nimbus", "codenamed Pineapple", "das
 * Modell namens Nimbus", "unter dem Codenamen Pineapple", "the model 'Nimbus'". The words before
 * say the next name is a model's, so it is one even when it is not known, or when a known name is
 * an everyday word ("Avocado") whose lab the article does not name.
 */

/**
 * A name: a capitalised or number-bearing word, then at most two parts that are versions or
 * edition words ("Nimbus 2 Pro", "K2", "Nimbus-R1"); a following German noun ("Nimbus Ende Mai")
 * is not part of it.
 */
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.+]*(?:[ -](?:\p{N}[\p{L}\p{N}.]*|\p{Lu}{1,3}\p{N}[\p{L}\p{N}.]*|Pro|Ultra|Flash|Mini|mini|Max|Turbo|Nano|Lite|Plus|Preview|Instruct|Coder|Vision)(?![\p{L}\p{N}])){0,2}`;
const QUOTED = String.raw`["„“»‚‘'](?<quoted>[^"“”«‘’'\n]{2,40})["“”«‘’']`;
/** nouns of things that get names in AI news */
const THING_EN = String.raw`(?:model|LLM|chatbot|assistant|agent|system|chip|processor|project|tool|app|feature|product|device|version)s?`;
const THING_DE = String.raw`(?:[\p{L}-]*[Mm]odell|Chatbot|Assistent|Agent|Chip|Prozessor|Projekt|Werkzeug|Funktion|Produkt|Gerät|System|App|Version)\p{Ll}*`;

/**
 * The cue right before a name. "called" and "named" count only after a thing that is named ("a
 * model called …"): "the CEO called Trump" names no model.
 */
const CUE = [
  String.raw`\b${THING_EN},?[ \t\u00a0]+(?:(?:that|which)[ \t\u00a0]+(?:is|was)[ \t\u00a0]+)?(?:internally[ \t\u00a0]+)?(?:called|named|dubbed|known(?:[ \t\u00a0]+internally)?[ \t\u00a0]+as)`,
  String.raw`\b(?:code-?named|code[ \t\u00a0]+named|(?:internally|intern)[ \t\u00a0]+(?:called|known[ \t\u00a0]+as)|under[ \t\u00a0]+the[ \t\u00a0]+(?:code[ \t\u00a0-]?)?name|(?:the[ \t\u00a0]+)?code[ \t\u00a0-]?name)`,
  String.raw`(?<![\p{L}])${THING_DE}[ \t\u00a0]+(?:namens|mit[ \t\u00a0]+(?:dem[ \t\u00a0]+)?Namen|genannt)`,
  String.raw`(?<![\p{L}])(?:Code-?[Nn]amens?|Codenamens?|Arbeitstitels?|Projektnamens?|unter[ \t\u00a0]+dem[ \t\u00a0]+(?:Code-?)?[Nn]amen)`,
].join("|");

/** the cue at the end of the text before a name */
const CUE_BEFORE = new RegExp(`(?:${CUE})[ \\t\\u00a0]*["„“»‚‘']?$`, "u");
/** a cue and the name after it, in a sentence */
const CUE_AND_NAME = new RegExp(`(?:${CUE})[ \\t\\u00a0]+(?:${QUOTED}|(?<plain>${NAME}))`, "gu");
/** "das Modell „Nimbus“", "the model 'Nimbus'": a quoted name right after the noun */
const THING_AND_QUOTED = new RegExp(
  `(?:\\b${THING_EN}|(?<![\\p{L}])${THING_DE})[ \\t\\u00a0]+${QUOTED}`,
  "gu",
);
/** a cheap test before the patterns above: most sentences name no model this way */
const ANY_CUE = /call|name|dub|known|Name|genannt|[Cc]ode|Arbeitstitel|["„“»‚‘']/u;

/** Whether the words before `at` introduce the name there as a model's ("codenamed …"). */
export function introducedAsModel(text: string, at: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, at - 50), at));
}

/** "the chatbot Grok", "Sprachassistentin Siri", "the Grok chatbot", "Copilot-App": a product noun beside the name */
const PRODUCT_BEFORE =
  /(?:\b(?:chatbots?|assistants?|voice assistant|AI model|model|app|video generator|image generator|AI search)|(?<![\p{L}])(?:[\p{L}-]*[Cc]hatbots?|[\p{L}-]*[Aa]ssistent(?:in|en)?|KI-Modell\p{Ll}*|Modell\p{Ll}*|[\p{L}-]*[Gg]enerator|KI-Suche|App))[ \t\u00a0]+["„“»]?$/u;
const PRODUCT_AFTER =
  /^["“”«]?(?:[ -](?:chatbot|assistant|app|model)\b|-(?:Chatbot|Assistent|App|Modell|Funktion|Suche)\p{Ll}*)/u;
/** "ChatGPT", "NotebookLM": a capital inside the word makes a coined name, never an everyday word */
const COINED = /\p{Ll}\p{Lu}/u;

/**
 * Whether a known name that is also an everyday word or a first name ("Grok", "Siri", "Claude")
 * is used as the product's name here: a coined spelling, or a product noun right beside it.
 */
export function namedAsProduct(text: string, start: number, end: number): boolean {
  if (COINED.test(text.slice(start, end))) return true;
  return PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PRODUCT_AFTER.test(text.slice(end, end + 14));
}

export interface IntroducedName {
  name: string;
  start: number;
  end: number;
}

/** Names a sentence introduces as a model's, with absolute offsets. */
export function introducedModelNames(sentence: string, offset: number): IntroducedName[] {
  if (!ANY_CUE.test(sentence)) return [];
  const out: IntroducedName[] = [];
  for (const re of [CUE_AND_NAME, THING_AND_QUOTED]) {
    for (const m of sentence.matchAll(re)) {
      const raw = m.groups?.quoted ?? m.groups?.plain ?? "";
      const name = raw.trim().replace(/[.,;:]+$/u, "");
      if (name.length < 2 || name.split(/\s+/).length > 4) continue;
      const start = offset + m.index + m[0].lastIndexOf(raw);
      if (out.some((o) => o.start === start)) continue;
      out.push({ name, start, end: start + name.length });
    }
  }
  return out;
}
