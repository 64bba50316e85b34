/**
 * What an amount of money is in its sentence — a deal's value, a valuation, a pay package, a fine —
 * read from the words around it, and which of those roles an event of a given type may take as its
 * own amount. "raised $6.6 billion at a $157 billion valuation": the round is the investment, the
 * valuation is never the event's amount.
 */
import type { ExtractAmountKind, ExtractEventType } from "./types";

interface RoleRule {
  kind: ExtractAmountKind;
  /** words just before the amount */
  before?: RegExp;
  /** words just after the amount */
  after?: RegExp;
  /** the rule holds only in a sentence that matches this */
  sentence?: RegExp;
}

/** a sentence about a share price or market value: "lost $100 billion" there is market value */
const MARKET_SENTENCE =
  /(?:Aktie\p{L}*|Aktienkurs\p{L}*|Papiere|Börse\p{L}*|Wall Street|Nasdaq|\bshares?\b|\bstocks?\b|market (?:value|cap\w*)|investors)/iu;

/**
 * "over the next five years", "in the coming decade", "über drei Jahre", "in den nächsten fünf
 * Jahren". A count is needed after a bare "over": "$10 billion over multiple years" is one deal paid
 * in tranches (docs/labelling.md), not a spending plan.
 */
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)`;
const YEARS_AHEAD = String.raw`\b(?:over|in|during|within)\s+the\s+(?:next|coming|following)\s+(?:\S+\s+)?(?:years|decade)\b|\bover\s+${COUNT}\s+years\b|(?<!\p{L})über\s+(?:die\s+(?:nächsten|kommenden)\s+)?${COUNT}\s+Jahre\b|\bin\s+den\s+(?:nächsten|kommenden)\s+(?:\S+\s+)?Jahren\b`;

/** what a payment buys when it is a licence: "to license its content", "um die Inhalte … nutzen zu dürfen" */
export const LICENCE_PURPOSE =
  /^\s*(?:\S+\s+){0,8}?(?:to (?:license|use|access)\b|for (?:access to |the rights? to |(?:the )?use of )?(?:its |their |the )?(?:content|data|articles|archives?|news)\b|um (?:\S+\s+){0,6}(?:nutzen|verwenden|lizenzieren) zu (?:dürfen|können)\b|für (?:den Zugang zu |die Nutzung )?(?:seine[rn]? |ihre[rn]? |der |die |den )?(?:Inhalte|Daten|Artikel|Archiv\p{L}*)\b)/iu;

// Order matters: the first rule that fits wins, so the narrow roles come before the broad ones.
const RULES: RoleRule[] = [
  {
    // "a deal valued at $2 billion", "eine Übernahme im Wert von": the deal's value, not a valuation
    kind: "deal_value",
    before:
      /(?:deal|transaction|acquisition|takeover|merger|purchase|Deal|Übernahme|Kauf|Transaktion|Fusion)\s+(?:\S+\s+){0,2}(?:valued at|worth|im Wert von|valued)\s*(?:\S+\s+){0,2}$/iu,
  },
  {
    // "paid $2.4 billion to hire away Windsurf's founders", "zahlt … 2,4 Milliarden Dollar für den
    // Deal": what people taken on cost is the deal's value
    kind: "deal_value",
    after:
      /^\s*(?:\S+\s+){0,2}?(?:to (?:hire|acqui-?hire|bring on|poach|lure)\b|(?:für|for) (?:den|the) (?:Deal|deal)\b|um (?:\S+\s+){1,6}(?:einzustellen|anzuheuern|zu holen|abzuwerben)\b)/iu,
  },
  {
    kind: "valuation",
    // … and "die Bewertung liegt inzwischen bei", "its latest valuation has reached", "der
    // Unternehmenswert soll … übersteigen": a valuation named a few words before, no figure between
    before:
      /(?:valu(?:ed|ing|ation)(?: \w+){0,3} (?:at|of|to)|\bvalues? (?:[\w-]+ ){1,4}at|Bewertung (?:(?:steigt|stieg|klettert|kletterte|wächst|wuchs|springt|sprang|erhöht sich|verdoppelt sich) )?(?:von|in Höhe von|auf)|bewertet (?:mit|auf|bei)|\b(?:is|was|are|now|be|been) (?:now )?worth)\s*(?:\S+\s+){0,2}$|\b(?:valuation|Bewertung|Unternehmenswert|Firmenwert)(?:\s+(?!(?:sammel|eingesammelt|rais|erhielt|erhält|secur|receiv|investier|invest|pump|steck)\p{L}*)[^\s\d$€,;:.]+){1,8}\s*$/iu,
    // "$5 billion valuation", "mit 5 Milliarden Dollar bewertet" — but "$500 million at a
    // $5 billion valuation", "500 Millionen bei einer Bewertung von" name the round before it
    after:
      /^\s*(?!(?:at|bei|zu|with|mit|auf|on)\s)(?:\S+\s+){0,2}(?:valuation|Bewertung|bewerte[tn]|valued)|^\s*(?:[^\s,;.]+\s+){0,8}bewertet\b(?!\s+(?:hatte|hat|worden))|^[\s-]*(?:valuation|Bewertung)|^\s*(?:from|over|above|than|gegenüber)\s+(?:its|the|their|der|seiner|ihrer)\s+(?:\S+\s+){0,2}(?:valuation|Bewertung)|^\s*(?:(?:US-)?Dollar\s+|Euro\s+)?wert\b/iu,
  },
  {
    kind: "market_cap",
    before:
      /(?:market (?:value|cap\w*)|Börsenwert\p{L}*|Marktwert\p{L}*|Marktkapitalisierung)(?:\s+\S+){0,8}\s*$/iu,
    after:
      /^\s*(?:\S+\s+){0,3}(?:in |an )?(?:market (?:value|cap\w*)|Börsenwert\p{L}*|Marktwert\p{L}*|an Wert)/iu,
  },
  {
    // "wiping off more than $500 billion", "verliert 100 Milliarden Dollar": in a market sentence
    // the money a company loses is market value
    kind: "market_cap",
    before:
      /(?:wip(?:ed|es|ing)\s+(?:out|off)|erased?|erasing|\bshed(?:ding)?|\blost|\bloses|\blosing|verlor(?:en)?|verliert|verlieren|einbüßt\p{L}*|vernichtet\p{L}*)(?:\s+\S+){0,2}?\s*$/iu,
    sentence: MARKET_SENTENCE,
  },
  {
    // "a cumulative total": "bringing Amazon's total investment in Anthropic to $4 billion" is
    // the sum of earlier rounds, not this event's amount
    kind: "other",
    before:
      /(?:\b(?:bringing|brings|bring|takes|taking)\b(?:\s+\S+){0,6}\s+to|\btotal\w*(?:\s+\S+){0,5}\s+to|\b(?:insgesamt|Gesamt\p{L}*)(?:\s+\S+){0,5}\s+auf|\bauf\s+(?:nun\s+|jetzt\s+)?insgesamt)\s*$/iu,
  },
  {
    kind: "share_price",
    before:
      /(?:(?:share price|stock price|Aktienkurs|Kurs|closed at|schloss bei)(?:\s+\S+){0,3}|(?:\bshares?|\bstock|Aktie\p{L}*|Papiere)(?:\s+\S+){1,6}\s+(?:to|at|auf|bei))\s*$/iu,
    after: /^\s*(?:per|je|pro) (?:share|Aktie)|^\s*(?:a|pro) (?:share|Aktie)/iu,
  },
  {
    kind: "revenue",
    before: /(?:revenue|sales|Umsatz\p{L}*|Erlös\p{L}*|annualized|annualisiert\p{L}*)(?:\s+\S+){0,4}\s*$/iu,
    after: /^\s*(?:\S+\s+){0,3}(?:in |an )?(?:revenue|sales|Umsatz|Umsätze|Jahresumsatz|Erlöse)/iu,
  },
  {
    kind: "fine",
    before: /(?:fine[ds]?|penalty|Bußgeld\p{L}*|Geldstrafe|Strafe)(?:\s+\S+){0,4}\s*$/iu,
    after: /^\s*(?:\S+\s+){0,2}(?:fine|penalty|Bußgeld|Geldstrafe|Strafe)/iu,
  },
  {
    kind: "settlement",
    before: /(?:settle\w*|Vergleich\p{L}*|Einigung)(?:\s+\S+){0,5}\s*$/iu,
    // "agreed to pay $1.5 billion to settle", "zahlt 1,5 Milliarden Dollar, um die Klage beizulegen"
    after: /^\s*(?:\S+\s+){0,6}(?:settle\w*|settlement|Vergleich\p{L}*|beizulegen|beilegen|Beilegung)/iu,
  },
  {
    // "steigt mit einem Aktienpaket im Wert von 5 Milliarden Dollar ein", "buys a block of shares
    // worth": shares bought are a stake (a package of shares granted to a chief is pay, below)
    kind: "stake",
    before: /(?:Aktienpaket\p{L}*|block of shares)(?:\s+\S+){0,4}\s*$/iu,
    sentence:
      /(?:\b(?:steigt|steigen|stieg|stiegen|bei|beim)\b.*\bein(?:gestiegen)?\b|erw[io]rb\p{L}*|kauf\p{L}*|übernehm\p{L}*|übernimmt|\bbuy|\bbought|acquir)/iu,
  },
  {
    kind: "compensation",
    before:
      /(?:pay package|compensation|salary|signing bonus|bonus(?:es)?|Vergütung\p{L}*|Gehalt\p{L}*|Gehälter|Antrittsprämie\p{L}*|Prämie\p{L}*|Bonus\p{L}*|Paket\p{L}*)(?:\s+\S+){0,5}\s*$/iu,
    after:
      /^\s*(?:\S+\s+){0,3}(?:pay packages?|compensation|salar\w+|signing bonus\w*|bonus\w*|Vergütung\p{L}*|Gehalt|Gehälter|Antrittsprämie\p{L}*|Prämie\p{L}*|Bonus\p{L}*|Paket\p{L}*)/iu,
  },
  {
    // "will pay News Corp $250 million over five years to license its content", "zahlt … 16
    // Millionen US-Dollar im Jahr, um die Inhalte … nutzen zu dürfen": the price of a licence,
    // however long it runs
    kind: "deal_value",
    after: LICENCE_PURPOSE,
  },
  {
    // "to invest $53 billion over the next three years", "über drei Jahre mehr als 53 Milliarden
    // Dollar … zu stecken": a sum spread over years is no one year's capex or round
    kind: "multi_year_plan",
    before: new RegExp(`(?:${YEARS_AHEAD})(?:\\s+\\S+){0,4}\\s*$`, "iu"),
    after: new RegExp(`^\\s*(?:\\S+\\s+){0,8}?(?:${YEARS_AHEAD})`, "iu"),
  },
  {
    kind: "capex",
    before:
      /(?:capital expenditures?|capex|Investitionsausgaben|spend\w*|Ausgaben|ausgeben|data cent(?:er|re)s?|Rechenzentr\p{L}*)(?:\s+\S+){0,5}\s*$/iu,
    after:
      /^\s*(?:\S+\s+){0,7}(?:on|in|für|for) (?:\S+\s+){0,2}(?:data cent\w+|Rechenzentr\p{L}*|infrastructure|Infrastruktur|AI infrastructure|KI-Infrastruktur|capital expenditure\w*|chips|Chips)|^\s*(?:\S+\s+){0,2}(?:capex|capital expenditure)/iu,
  },
  {
    // "kündigt für 2026 Investitionen von rund 200 Milliarden Dollar an – vor allem für
    // Rechenzentren": spending named in a sentence about what it builds ("an investment of" one
    // company in another is no capex)
    kind: "capex",
    before: /(?:Investitionen|investments|spending)\s+(?:von|in Höhe von|of)\s+(?:\S+\s+){0,2}$/iu,
    sentence: /Rechenzentr|data cent|Infrastruktur|infrastructure|\bchips\b|\bChips\b|Serverfarm/iu,
  },
  {
    kind: "stake",
    before: /(?:stake|Anteil\p{L}*|Beteiligung)(?:\s+\S+){0,4}\s*(?:worth|im Wert von|für|for)?\s*$/iu,
  },
  {
    kind: "deal_value",
    before:
      /(?:deal|agreement|acquisition|takeover|Deal|Übernahme|Kauf\p{L}*|Vereinbarung|Abkommen|licen[cs]\w*|Lizenz\p{L}*|pay|zahl\p{L}*|für|for|worth|im Wert von)(?:\s+\S+){0,4}\s*$/iu,
    // "Nvidia's $700 million bid for Run:ai", "the $700 million buyout", "die 700-Millionen-Übernahme"
    after:
      /^[\s-]*(?:(?:Dollar|dollars?|US-Dollar)[\s-]+)?(?:bid|offer|buyout|takeover|acquisition|purchase|deal|merger|Übernahme\p{L}*|Angebot\p{L}*|Deal|Kauf\p{L}*)\b/iu,
  },
  {
    kind: "investment",
    before:
      /(?:raise[sd]?|raising|funding|financing|invest\w*|round|Finanzierung\p{L}*|Finanzierungsrunde|investier\p{L}*|eingesammelt|einsammeln|sammelt|Kapital|Runde)(?:\s+\S+){0,5}\s*$/iu,
    after:
      /^\s*(?:\S+\s+){0,4}(?:in funding|funding|round|investment|Finanzierung|Investition\p{L}*|eingesammelt|investier\p{L}*|in (?:\p{Lu}\S*|the|das|die|den))/u,
  },
];

/** an amount of money: a currency sign or a scale word with its number */
const MONEY =
  /(?:US\$|\$|€|£)\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn|m|B)\b)?|\d[\d.,]*\s*(?:billion|million|trillion|bn|Milliarden|Millionen|Billionen|Mrd\.?|Mio\.?|Mill\.|Mia\.)(?:\s+(?:US-)?(?:Dollar|dollars|Euro|euros))?/gu;

/** The role of the amount at `index` (length `length`) in `sentence`, or null when no words tell. */
export function amountRole(sentence: string, index: number, length: number): ExtractAmountKind | null {
  // the words of this amount only: "whose revenue hit $2 billion, raised $300 million" — the
  // window stops at the amount before and the amount after
  const rawBefore = sentence.slice(Math.max(0, index - 70), index);
  const cut = [...rawBefore.matchAll(MONEY)].at(-1);
  const rawAfter = sentence.slice(index + length, index + length + 60);
  const next = MONEY.exec(rawAfter);
  MONEY.lastIndex = 0;
  const clause = (t: string) => t.split(/;|\s[–—]\s/u);
  const before = clause(rawBefore.slice(cut ? cut.index + cut[0].length : 0)).at(-1) ?? "";
  // a semicolon or a dash ends the clause the amount's words stand in
  const after = clause(next ? rawAfter.slice(0, next.index) : rawAfter)[0] ?? "";
  for (const r of RULES) {
    if (r.sentence && !r.sentence.test(sentence)) continue;
    if ((r.before && r.before.test(before)) || (r.after && r.after.test(after))) return r.kind;
  }
  return null;
}

/**
 * Roles an event of each type may take as its amount, best first; `null` (no role words) is
 * allowed where the type's usual amount needs none ("invests $2 billion in X").
 */
export const AMOUNT_ROLES: Partial<Record<ExtractEventType, (ExtractAmountKind | null)[]>> = {
  investment: ["investment", "capex", "multi_year_plan", "deal_value", "stake", null],
  acquisition: ["deal_value", "stake", "investment", null],
  // an acqui-hire's payment ("agreed to pay Inflection $650 million") is the hire's price
  hiring: ["compensation", "deal_value"],
  // the market value lost or reached; else the share price the move ended at ("rose 1% to $242.58")
  stock_move: ["market_cap", "share_price"],
  other: ["settlement", "fine", "deal_value", "other", null],
  controversy: ["settlement", "fine"],
  layoff: [],
};

/** The kind an event's amount is stored as when the words gave no role. */
export function defaultAmountKind(type: ExtractEventType): ExtractAmountKind | null {
  switch (type) {
    case "investment":
      return "investment";
    case "acquisition":
      return "deal_value";
    case "hiring":
      return "compensation";
    case "stock_move":
      return "market_cap";
    case "other":
      return "other";
    default:
      return null;
  }
}

const SCALE_DE =
  /(?:(?:zwischen|between)\s+(?<lo2>\d+(?:[.,]\d+)?)\s+(?:und|and)\s+|(?<lo>\d+(?:[.,]\d+)?)\s*(?:bis|-|–)\s*)(?=(?<hi>\d+(?:[.,]\d+)?)\s*(?:Milliarden|Mrd\.?|Mia\.|Millionen|Mio\.?|Mill\.|Billionen|billion|million|trillion))/u;
const SCALE_EN =
  /(?<cur>\$|US\$)\s*(?<lo>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?:\$|US\$)?\s*(?=(?<hi>\d+(?:\.\d+)?)\s*(?:billion|bn|million|mn|m\b|trillion))/u;

/**
 * A range whose scale word stands only after the upper bound: "2 bis 3 Milliarden Dollar",
 * "zwischen 2 und 3 Milliarden Dollar", "$2-3 billion". `a` is the amount parsed at either end
 * ("3 Milliarden Dollar", or "$2" when the parser stopped at the dash). Returns both bounds in
 * the scale of the upper one, or null. "between $2 billion and $3 billion" is two parsed amounts,
 * which the caller pairs.
 */
export function scaledRange(
  sentence: string,
  a: { index: number; value: number; text: string },
): { value: number; max: number } | null {
  const head = sentence.slice(Math.max(0, a.index - 20), a.index + a.text.length + 30);
  const m = SCALE_DE.exec(head) ?? SCALE_EN.exec(head);
  if (!m?.groups) return null;
  const num = (s: string) => Number(s.replace(",", "."));
  const lo = num(m.groups.lo ?? m.groups.lo2 ?? "");
  const hi = num(m.groups.hi!);
  if (!(lo > 0 && hi > lo)) return null;
  const start = Math.max(0, a.index - 20) + m.index;
  const hiAt = start + m[0].length;
  // the range must be this amount's: the parsed amount is its lower or its upper end
  if (a.index + a.text.length <= start || a.index > hiAt) return null;
  if (a.index === hiAt) return { value: (a.value / hi) * lo, max: a.value };
  // the lower end was parsed alone ("$2" of "$2-3 billion"): scale it by the upper end's word
  const scale =
    /^\d+(?:[.,]\d+)?\s*(Milliarden|Mrd\.?|Mia\.|Billionen|Millionen|Mio\.?|Mill\.|billion|bn|million|mn|m\b|trillion)/u.exec(
      sentence.slice(hiAt),
    )?.[1];
  if (!scale) return null;
  const exponent = /^(?:Billionen|trillion)/u.test(scale)
    ? 12
    : /^(?:Milliarden|Mrd|billion|bn)/u.test(scale)
      ? 9
      : 6;
  return { value: lo * 10 ** exponent, max: hi * 10 ** exponent };
}
