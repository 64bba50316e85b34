/**
 * Names the text gives as a company's by where they stand, for organisations the knowledge base
 * does not know (issue 9 §2): in apposition with a company noun ("Vireo, a Paris-based AI startup,
 * …", "Kestrel, ein Münchner KI-Start-up, …") or in a place only companies take ("shares of Vireo",
 * "the acquisition of Kestrel"). German capitalises every noun ("die Übernahme der Kontrolle"),
 * so there only the apposition counts.
 */
const APPOSITION_CONTEXT =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}]+(?: [\p{Lu}][\p{L}\p{N}]+)?), (?:an?|ein|eine|einem|einer) (?:(?!(?:after|before|of|the|that|which|when|at|for|with|and|nach|vor|von|für|mit|und|der|die|das|des|dem|den)\s)[\p{L}.-]+ ){0,3}?(?:[\p{L}-]*(?:[Ss]tart-?up|[Ss]cale-?up|company|firm|maker|developer|Firma|Unternehmen|Konzern|Entwickler|Hersteller|Anbieter))(?:\s*[,;:)–—]|\.(?:\s|$)|\s+(?:that|which|whose|founded|backed|valued|based|das|die|der|dessen|deren|mit|aus)\s)/gu;
/** words that open sentences with a comma ("However, a company …"): never a company's name */
const NOT_APPOSED =
  /^(?:However|Meanwhile|Instead|Still|Also|Yet|Today|Now|Later|Indeed|Moreover|Besides|Overall|Dennoch|Zudem|Jedoch|Heute|Inzwischen|Allerdings|Außerdem|Trotzdem)$/u;
const WEEKDAYS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/u;
const OF_COMPANY_CONTEXT =
  /(?:[Ss]hares (?:of|in)|[Ss]tock of|[Ss]take in|[Aa]cquisition of|[Tt]akeover of)[ \t\u00a0]+([\p{Lu}][\p{L}\p{N}]+(?:[ \t\u00a0]+[\p{Lu}][\p{L}\p{N}]+)?)/gu;
/** "Altair shares fell 4.3%": a name whose shares move is a company's */
const SHARES_MOVE_CONTEXT =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}]+(?:[ \t\u00a0]+[\p{Lu}][\p{L}\p{N}]+)?)(?:['’]s)?[ \t\u00a0]+(?:shares|stock)[ \t\u00a0]+(?:fell|rose|dropped|slid|jumped|climbed|gained|lost|plunged|surged|tumbled|sank|soared|slumped|fall|rise|drop|jump|gain)\b/gu;

/**
 * The object of buying, priced or closing the clause: "OpenAI acquires Statsig for $1.1 billion",
 * "übernimmt AMD nun ZT Systems für 4,9 Milliarden Dollar". German only with the price, since it
 * capitalises every noun ("übernimmt Verantwortung").
 */
const BOUGHT_CONTEXT =
  /(?:\b(?:acquires|acquired|is acquiring|to acquire|buys|bought|is buying|to buy)[ \t\u00a0]+([\p{Lu}][\p{L}\p{N}]+(?:[ \t\u00a0]+[\p{Lu}][\p{L}\p{N}]+)?)(?=[ \t\u00a0]+(?:for|in an? (?:\S+ )?deal)\b|[,.;]|$)|(?<![\p{L}])(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb)[ \t\u00a0]+(?:(?!(?:der|die|das|den|dem|des|eine?[nmrs]?)\s)\S+[ \t\u00a0]+){0,2}?([\p{Lu}][\p{L}\p{N}]+(?:[ \t\u00a0]+[\p{Lu}][\p{L}\p{N}]+)?)[ \t\u00a0]+für[ \t\u00a0]+(?:rund |etwa |knapp |mehr als )?\d)/gu;

/** "Enfabrica, founded by former Broadcom employees, …", "Kestrel, 2023 gegründet von …": a company */
const FOUNDED_CONTEXT =
  /(?<![\p{L}\p{N}-])([\p{Lu}][\p{L}\p{N}]+(?: [\p{Lu}][\p{L}\p{N}]+)?), (?:(?:which|that|die|das|der) (?:was )?)?(?:co-?founded|founded|gegründet|mitgegründet)(?: in \d{4})? (?:by|von|in|im)\s/gu;

/** Company names in apposition or after "shares of", with their offsets in `text`. */
export function appositionNames(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(APPOSITION_CONTEXT)) {
    const name = m[1] ?? "";
    if (!WEEKDAYS.test(name) && !NOT_APPOSED.test(name)) out.push({ name, start: m.index });
  }
  // the two patterns below run over the whole text: only when their verbs are in it
  for (const m of / founded|gegründet/u.test(text) ? text.matchAll(FOUNDED_CONTEXT) : []) {
    const name = m[1] ?? "";
    if (!WEEKDAYS.test(name) && !NOT_APPOSED.test(name)) out.push({ name, start: m.index });
  }
  for (const m of /acqui|buy|bought|übern|kauf|erw[io]rb/u.test(text) ? text.matchAll(BOUGHT_CONTEXT) : []) {
    const name = m[1] ?? m[2] ?? "";
    if (!WEEKDAYS.test(name)) out.push({ name, start: m.index + m[0].lastIndexOf(name) });
  }
  for (const m of / shares | stock /u.test(text) ? text.matchAll(SHARES_MOVE_CONTEXT) : []) {
    const name = m[1] ?? "";
    if (!WEEKDAYS.test(name) && !NOT_APPOSED.test(name)) out.push({ name, start: m.index });
  }
  for (const m of text.matchAll(OF_COMPANY_CONTEXT)) {
    const name = m[1] ?? "";
    out.push({ name, start: m.index + m[0].length - name.length });
  }
  return out;
}
