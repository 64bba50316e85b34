/** The word lists and patterns the extractor's steps share; each is a rule an editor can read. */
import type { ExtractEventType } from "./types";
import { latinCaseless } from "./latin-caseless";

export const LOOKBACK = 4;
export const MODEL_TYPES = new Set<ExtractEventType>([
  "delay",
  "benchmark_underperformance",
  "architecture_problem",
  "controversy",
  "stock_move",
]);
/**
 * A percent is a signed change or a share: a price move, a stake, a workforce cut. A benchmark's
 * scores and error rates ("hallucinates 33 percent of the time") are no change of anything, and
 * the labels never store one (docs/labelling.md).
 */
export const PERCENT_TYPES = new Set<ExtractEventType>(["stock_move", "acquisition", "layoff", "investment"]);
export const HEADCOUNT_TYPES = new Set<ExtractEventType>(["departure", "layoff", "hiring"]);
/** for these the acting lab usually comes first ("Meta buys …"); for the rest, the nearest lab to the cue */
export const FIRST_SUBJECT_TYPES = new Set<ExtractEventType>([
  "investment",
  "acquisition",
  "hiring",
  "layoff",
]);
// "1.2 million H20 chips", "100 Millionen aktive Nutzer": one word may stand between count and noun
export const NOT_MONEY_AFTER =
  /^\s*(?:[\p{L}\d-]+\s+)?(?:chips|Chips|GPUs?|Grafikkarten|Grafikchips|Prozessoren|processors|Beschleuniger|accelerators|servers|Server|units|Einheiten|Stück|Exemplare|copies|Fahrzeuge|vehicles|Smartphones|phones|Nutzer|Nutzern|users|Menschen|people|Abonnenten|subscribers|Parameter|parameters|Token|tokens|Downloads|Kunden|customers|Datensätze|Datensätzen|Einträge|records|entries|Dokumente|documents|Dateien|files|Bilder|images|Videos|videos|Konten|Geräte|devices|Anfragen|requests|queries|Nachrichten|messages|Zeilen|lines|Aufrufe|views|Chats|chats)/iu;
export const SCHEDULE_WORDS =
  /(?:ursprünglich|eigentlich|jetzt|nun\b|inzwischen|Termin|geplant|vorgesehen|angepeilt|visierte|originally|now\b|planned|scheduled|target|expected|slated)/iu;
export const EVEN_LATER =
  /(?:noch länger|sogar später|noch später|even longer|even later|possibly later|or later|oder später)/iu;
export const RELATIVE_DAY =
  /^(?:am|on|last|letzten|vergangenen)?\s*(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|heute|gestern|today|yesterday)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?$/iu;

/**
 * "following Meta's $14.3 billion investment", "nach der Übernahme": the cue inside a phrase that
 * names an earlier fact. Its words hold no clause mark (a comma only inside a number): in "After
 * months of testing, Meta delayed …" the delay is the news of the main clause. A time of the same days
 * after "seit" or "since" ("seit dem Morgen von einem weltweiten Ausfall betroffen") is no fact before
 * ("seit Monaten verzögert" still recalls one).
 */
export const FOLLOWING =
  /(?:\b(?:following|after|since|nach|seit|infolge)\s+(?!(?:(?:dem|der|den|einigen|mehreren|wenigen|vielen|the|early|late)\s+)?(?:\p{L}*[Mm]orgen|Vormittag|Nachmittag|Abend|Mittag|gestern|heute|Stunden|hours|morning|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{N})\p{L}*\b)(?:[\p{L}\p{N}$'’-]+(?:[.,]\p{N}+)*\s+){0,5})$/iu;
/**
 * "apologized after Gemini generated inaccurate images", "fell 7% after Bard gave a wrong answer":
 * "after" and a clause with its own subject and verb tell the cause with the news, not an earlier fact
 * ("a month after Meta hired …" still places it before).
 */
export const AFTER_CLAUSE =
  /(?<!(?:days?|weeks?|months?|years?|shortly|soon|just)\s+)\bafter\s+(?:(?:the|its)\s+)?(?:(?:[\p{Lu}][\p{L}\p{N}.'’-]*|it|they|he|she)\s+){1,3}(?:(?:government|regulators?|company|administration|court|judge|authorities)\s+)?(?:\p{L}+ed|gave|made|took|went|came|got|did|wrote|found|began|ran|lost|fell|rose|sold|bought|told|showed|said|was|were|has|have)\s+(?:[\p{L}\p{N}$'’-]+\s+){0,3}$/u;
export const STRONG_INVESTMENT = latinCaseless(
  /(?:Finanzierungsrunde|funding round|Series [A-F]\b|Serie-[A-F]|eingesammelt|einsammel\p{L}*|sammel(?:t|te|n) (?:\S+ ){0,6}ein|\braise[sd]?\b|\braising\b|Kapitalspritze|\b(?:bei|beim) (?:\S+ ){1,6}(?:eingestiegen|einsteigt|einstieg|einstiegen)\b|\bbeteilig(?:t|en|te|ten) sich (?:\S+ ){0,6}(?:Investment|Milliarden\p{L}*|Millionen\p{L}*|milliardenschwer\p{L}*|millionenschwer\p{L}*)|\b(?:steigt|steigen|stieg|stiegen) (?:\S+ ){0,2}(?:bei|beim)\b|\bEinstieg (?:bei|beim)\b)/iu,
);
/**
 * An investment in a named company needs no sum: "Nvidia invested in Wayve this week", "made an
 * undisclosed investment in Wayve" (case-sensitive: "investing in custom silicon" names none).
 */
export const INVESTED_IN_NAME =
  /\b(?:[Ii]nvest(?:s|ed|ing)? in|(?:made|makes|making) an? (?:\S+ ){0,2}investment in) (?!AI\b)\p{Lu}/u;
/** amounts that are never an investment's own: a sentence with only these is about worth, not money put in */
export const NOT_INVESTED = new Set([
  "valuation",
  "revenue",
  "market_cap",
  "share_price",
  "fine",
  "settlement",
]);
// "are not experiencing any launch delays": "any" carries the denial on to its noun
export const NEGATED =
  /(?:(?:\b(?:without|no|not|never|ohne|kein\p{L}*|nicht|nie)|n['’]t)\s+(?:[^\s:;,.]+\s+){0,2}(?:any\s+(?:[^\s:;,.]+\s+)?)?)$/iu;
/**
 * The cue is what a doubt or a remark is about, not a fact: "raises questions about Meta's
 * spending", "Sorgen um die Ausgaben", "Zweifel an der Übernahme", "Bezüglich Verzögerungs-Dauer".
 */
export const TOPIC_OF_DOUBT = latinCaseless(
  /(?:\b(?:questions?|concerns?|doubts?|worries|fears?|details|Fragen?|Sorgen?|Zweifel|Bedenken|Befürchtungen|Details|Einzelheiten)\s+(?:about|over|on|around|regarding|um|über|an|zu|nach|wegen|bezüglich)\s+(?:\S+\s+){0,4}|\b(?:bezüglich|hinsichtlich|regarding|concerning|with regard to|in Bezug auf)\s+(?:\S+\s+){0,3})$/iu,
);
/** the words before a cue that make it no stated fact: a denial or the topic of a doubt */
export const NOT_ASSERTED_BEFORE = latinCaseless(
  new RegExp(`${NEGATED.source}|${TOPIC_OF_DOUBT.source}`, "iu"),
);
// The article at a sentence's start is capitalised ("The delay", "Die Verschiebung"); the words
// between it and the cue stay lower case, so a named thing ("the OpenAI deal") is not a reference.
/** "the delay", "diese Verzögerung", "Tulloch's departure": a fact named again */
export const REFERENCE =
  /(?:(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Dd]ie|[Dd]iese|[Dd]er|[Dd]ieser|[Dd]em|[Dd]en|[Dd]es|[Dd]ieses)\s+(?:[\p{Ll}-]+\s+){0,2}|(?:^|\s)[\p{Lu}][\p{Ll}'-]+['’]s\s+)$/u;
/** cue words that name an event as a noun: only these can be "the delay" told again */
export const EVENT_NOUN =
  /^(?:delays?|postponement|setback|layoffs?|job cuts?|cuts|investments?|infusion|funding(?: round)?|round|Runde|deal|(?:design )?flaws?|(?:design )?(?:problems?|issues?)|\p{L}*fehler|Finanzierungsrunde|acquisition|takeover|merger|departures?|exit|resignation|exodus|hire|hiring|charge|lawsuit|settlement|probe|controversy|backlash|Verzögerung\p{L}*|Verschiebung\p{L}*|Stellenabbau|Personalabbau|Entlassung\p{L}*|Investition\p{L}*|Finanzierung\p{L}*|Übernahme\p{L}*|Abgang|Abgänge|Rücktritt|Kontroverse|Klage|Sammelklage|Vergleich)$/iu;
/** the supposing words: "could", "might", "könnte" ("could not be reached" is a fact) */
const MODAL_SOURCE = String.raw`\b(?:could|might)\b(?! not\b| have been\b)|\bkönnte(?:n)?\b`;
/**
 * A clause that wonders or generalises states no fact: "Ob der Fehler die Produktion verzögert,
 * bleibt offen", "whether the market rejected it", "dürfte Investoren finden", "a broader trend
 * among AI startups", "eine wachsende Zahl von Techkonzernen", or only considers it: "Es wird über
 * Umstrukturierungen nachgedacht", "the company is weighing a sale"; or only supposes it: "could
 * cut jobs", "könnte umschwenken", "on the brink of insolvency", "droht mit Klage", "if the deal
 * fails" ("could not be reached" is a fact, so the negation is left out).
 */
export const NOT_A_FACT = latinCaseless(
  new RegExp(
    String.raw`(?:\b(?:whether|ob|dürften?|remains to be seen|bleibt abzuwarten|interesting to see|wird sich zeigen)\b|\btrend\b|growing number|wachsende\p{L}* Zahl|\blike (?:many )?other\b|\bwie (?:viele )?andere\b|across the (?:industry|sector)|branchenweit|\bnachgedacht\b|\bnachzudenken\b|\berwäg(?:t|en|e)\b|\b(?:is|are|was|were) (?:considering|weighing|mulling|contemplating)\b|` +
      MODAL_SOURCE +
      String.raw`|\b(?:on the (?:verge|brink|cusp) of|at risk of|threaten(?:s|ed|ing)? to|droh(?:t|en|te|ten|end\p{L}*))\b|\b(?:sind|wären|ist|wäre|seien)\s+(?:\S+\s+){0,14}möglich\b|\bmistakenly (?:thought|believed|assumed)\b|\bfloated (?:the )?(?:idea|possibility|prospect|notion)\b|\bnot-quite\b|\bfälschlicherweise (?:\S+\s+){0,3}(?:angenommen|gedacht|geglaubt)\b|\b(?:are|is|would be) possible\b|(?:^|[,;:]\s*)(?:if|falls|wenn)\b)`,
    "iu",
  ),
);
/**
 * Who speaks a quotation that reports a fact rather than comments on one: an unnamed source ("a
 * person familiar with the matter said that \"…\"", "FT quoted its sources as saying", "so ein
 * Insider").
 */
export const SOURCE_SPEAKS = latinCaseless(
  /(?:\b(?:person|people|sources?|insiders?|employees?|staffers?) (?:\S+ ){0,3}(?:familiar|close to|with knowledge|briefed|who (?:asked|spoke|declined))|\bquot(?:ed|ing) (?:its |their |unnamed |anonymous )?sources?\b|\baccording to (?:a |one |two |several )?(?:\S+ )?(?:person|people|sources?|insiders?)\b|\b(?:Insider\p{L}*|Quelle[n]?|Kreise[n]?)\b (?:\S+ ){0,3}(?:zufolge|sagte\p{L}*|berichte\p{L}*)|\b(?:mit der (?:Sache|Angelegenheit) )?vertraute\p{L}* Person\p{L}*)/iu,
);

/**
 * What money is for: "will use the capital for computing resources and hiring", "das Geld soll
 * in die Einstellung von Forschern fließen": hiring as a plan for the money, no hire yet.
 */
const USE_OF_FUNDS =
  /\b(?:use|spend|put|invest)\s+(?:the|its|this|that|these|their|some of the|part of the)\s+(?:new\s+|fresh\s+)?(?:capital|money|funds|funding|proceeds|cash)\b|\b(?:Kapital|Geld|Mittel|Einnahmen)\s+(?:\S+\s+){0,3}(?:fließen|nutzen|verwenden|einsetzen|investieren|stecken)\b|\b(?:nutzen|verwenden|einsetzen)\s+(?:\S+\s+){0,2}(?:das|die)\s+(?:frische\s+|neue\s+)?(?:Kapital|Geld|Mittel)\b/iu;

/** "has hired Citic Securities in preparation for an IPO": a firm engaged, not people hired */
const ADVISER_HIRED =
  /\b(?:hir(?:ed|es|ing)|mandat(?:ed|es|ing)|engag(?:ed|es|ing)|beauftragt\p{L}*) (?:\S+ ){0,3}(?:[\p{Lu}][\p{L}&.-]+ )?(?:Securities|Bank|Banken|Investmentbank\p{L}*|advisers?|advisors?|Berater\p{L}*|bankers?|law firm|Kanzlei|consultants?|consultancy|Goldman Sachs|Morgan Stanley|JPMorgan|Lazard)\b/u;

/** "asked the EU to delay the implementation of the AI Act": a law put off is no release delayed */
const RULES_DELAYED =
  /\b(?:delay\w*|postpon\w*|pause|verschieb\w*|verzöger\w*|auszusetzen|aussetz\w*)\s+(?:\S+\s+){0,3}(?:implementation|enforcement|rules|law|AI Act|regulation|Umsetzung|Verordnung|Gesetz\w*|Regeln|Regulierung|AI-Act|KI-Gesetz\w*|KI-Verordnung)\b/iu;

/** a sentence opened by a condition: "Sollte OpenAI …,", "Falls die Prüfung …,", "If the deal fails," */
const CONDITION_FIRST = /^["„“»]?(?:Sollte|Sollten|Falls|Sofern|If|Unless|Should)\s[^,;:.]{3,160},/u;

/** a restrictive relative clause that supposes: "that could value", "which might reach" */
const SUPPOSING_RELATIVE = /\b(?:that|which)\s+(?:could|might|would)\b(?! not\b)/iu;
/** the supposing words of NOT_A_FACT, every one of a clause */
const MODAL = new RegExp(MODAL_SOURCE, "giu");
/** a time a release would move to: "to late 2026", "until next year", "bis mindestens Mai" */
const DELAY_TARGET =
  /\b(?:until|to|into|till|bis|auf)\s+(?:\S+\s+){0,3}?(?:(?:19|20)\d{2}\b|next year|nächste[sn]? Jahr|kommende[sn]? Jahr|Frühjahr|Herbst|Sommer|Winter|spring|summer|autumn|fall\b|winter|Q[1-4]\b|mindestens|at least)/iu;

/**
 * A clause that states no fact (NOT_A_FACT). A delay a report says "could" come, to a time it
 * names ("could be delayed to late 2026", "bis mindestens Mai verschieben könnte"), is the news
 * of that report (docs/labelling.md labels it so), not a supposition of the writer.
 */
export function statesNoFact(type: string, clause: string, sentence: string, cueEnd = 0): boolean {
  // "in discussions for a funding round that could value the company at $40bn": the supposing
  // relative clause after the cue is about the value, not about whether the round is happening
  const later = SUPPOSING_RELATIVE.exec(clause.slice(cueEnd));
  if (later) clause = clause.slice(0, cueEnd + later.index);
  if (type === "hiring" && (USE_OF_FUNDS.test(clause) || ADVISER_HIRED.test(clause))) return true;
  if (type === "delay" && RULES_DELAYED.test(clause)) return true;
  // "Sollte OpenAI sich nicht rechtzeitig umstrukturieren, darf Softbank … kürzen": a condition
  // and the clause it governs state no fact (a clause after them may: "…, reached with funds
  // raised in May 2024")
  const condition = CONDITION_FIRST.exec(sentence);
  if (condition) {
    const governedEnd = sentence.indexOf(",", condition[0].length);
    const at = sentence.indexOf(clause);
    if (governedEnd < 0 || at < governedEnd) return true;
  }
  if (!NOT_A_FACT.test(clause)) return false;
  if (type !== "delay" || !DELAY_TARGET.test(sentence)) return true;
  return NOT_A_FACT.test(clause.replace(MODAL, " "));
}
/**
 * A cue used as an adjective names a fact already known: "Verzögerte Siri-Funktionen: Klage …",
 * "the delayed model", "seine verschobene Brille". Matched on the words before and the cue itself.
 */
export const ATTRIBUTIVE_BEFORE =
  /(?:^|\b(?:the|its|their|his|her|a|an|der|die|das|den|dem|des|seine[nmrs]?|ihre[nmrs]?|eine[nmrs]?)\s+|['’]s\s+)$/iu;
export const ATTRIBUTIVE_CUE = /^(?:delayed|postponed|verzögerte[nmrs]?|verschobene[nmrs]?)\s+[\p{L}\p{N}]/iu;
/** departure cues that only say where people go: a departure when that is a company we know */
export const MOVE_TO =
  /^(?:wechsel|geh|ging|join|will join|are joining|return|go|will go|going|mov|head|defect)/iu;
export const LAYOFF_PLURAL =
  /(?:\d|Mitarbeite\p{L}*|Beschäftigte\p{L}*|Angestellte\p{L}*|Stellen|Jobs|Arbeitsplätze|Belegschaft|employees|workers|staff|jobs|positions|roles)/u;
/** a sale told by the seller (cue-holdbacks.ts): "sells its unit to", "verkauft … an", "geht … an" */
export const SOLD_CUE = /^(?:sell|sold|verkauf|geht|gehen|ging)/iu;
export const ACQUIRED_THING =
  /(?:Anteil|Beteiligung|stake|Start-?up|startup|company|firm|Firma|Unternehmen|Konzern|Hersteller|Anbieter|Spezialist|Softwarehaus|Plattform|platform|maker|provider|rival|Konkurrenten|\bunit\b|division|subsidiary|\b(?:its|the|a|their)\s+(?:\S+\s+)?business\b|Sparte|Tochter\p{L}*|Geschäftsbereich)/iu;
export const RAISING =
  /(?:investment|Investition|received|erhielt|erhält|led by|angeführt|sammel\p{L}*|eingesammelt|Finanzierungsrunde|Finanzierung|Kapitalspritze|Series [A-F]|raise[sd]?|raising|funding|round|backed|bewertet|valuation)/iu;
/** words before an investor's name in a funding sentence: "angeführt von", "led by", "investors including" */
export const INVESTOR_BEFORE =
  /(?:led by|co-led by|angeführt von|unter Führung von|Führung (?:von|des|der)|from|by|including|such as|darunter|Investoren|investors|Geldgeber\p{L}*|Kapitalgeber\p{L}*|Unterstützer\p{L}*|backers|wie|sowie|von)\s+(?:[\p{L}-]+,?\s+){0,6}$/u;

/**
 * words right after an investor's name that make it the round's lead: "SoftBank has led the
 * largest funding round", "SoftBank leads OpenAI $40bn round", "Thrive führt die Runde an", "einer
 * von Softbank angeführten Finanzierungsrunde"
 */
export const LEADS_AFTER =
  /^\s+(?:(?:has|have|had|is|are|was|will|would|also|reportedly|which|that|later|Group|(?:said|set|expected|poised|likely|in talks|planning) to)\s+){0,3}(?:co-?)?(?:led|leads|leading|lead|headed|heads|heading|spearheaded|spearheads|spearheading)\b|^\s+(?:führt|führte|führen)\s+(?:\S+\s+){0,9}an\b|^\s+angeführt\p{L}*/u;

/**
 * words right after an investor's name that put it in someone else's round: "Nvidia participated
 * in Mistral AI's $640 million round", "Nvidia beteiligte sich an der Finanzierungsrunde von
 * Mistral AI". The round is the raising company's (docs/labelling.md), the investor its other party.
 */
export const JOINS_ROUND_AFTER =
  /^\s+(?:(?:has|have|had|also|reportedly|will|would|hat|hatte)\s+){0,2}(?:participated|participates|participating|took part|takes part|joined|joins|invested|invest|put in|puts in|put up|beteiligt\p{L}*|nahm|nimmt)\s+(?:sich\s+)?(?:\S+\s+){0,8}?(?:[\p{L}-]*[Rr]ound|[\p{L}-]*[Rr]unde)\b/u;

/** words right before the company whose round it is: "die Finanzierungsrunde von Mistral AI", "a round of …" */
export const ROUND_OF_BEFORE = /(?:[Rr]unde|[Rr]ound) (?:von|of|des|der)\s+$/u;

/**
 * A habit or a known fact recalls earlier cases, not this one: "has a history of missed
 * deadlines", "wouldn't be the first time", "is no stranger to", "as you may know", "nicht zum
 * ersten Mal", "bekanntlich", "schon mehrfach verschoben", "immer wieder", "repeatedly"; an earlier
 * case named as such ("previous acquisition attempts", "frühere Übernahmeversuche") or revealed
 * after it ("It later emerged", "Später wurde bekannt").
 */
export const HABIT = latinCaseless(
  /(?:\b(?:has|had|have) (?:quite |long |such )?a (?:\S+ )?(?:history|track record|pattern) (?:of|with|when it comes to)\b|(?:\bnot|n['’]t|\bnever) (?:be )?the first time\b|\bno stranger to\b|\bas (?:you|we|readers) (?:may |might |will )?(?:know|recall|remember)\b|\bas is (?:well )?known\b|\bnicht (?:zum|das) erste(?:n)? Mal\b|\bbekanntlich\b|\bwie (?:man )?(?:weiß|bekannt ist)\b|\b(?:schon|bereits) (?:mehrfach|mehrmals|öfter|häufiger|wiederholt)\b|\bimmer wieder\b|\brepeatedly\b|\b(?:multiple|several|numerous) times\b|\btime and (?:time )?again\b|\b(?:previous|prior(?! to\b)) (?:\S+ ){0,5}(?:attempts?|deals?|rounds?|acquisitions?|bids?|efforts?|investments?|delays?|layoffs?|job cuts|lawsuits?)\b|\b(?:frühere|früheren|früherer|vorherige|vorherigen|vorige|vorigen|vergangene|vergangenen) (?!(?:Tag|Woche|Monat|Quartal|Jahr)\p{L}*\b)(?:\S+ ){0,3}(?:Versuch\p{L}*|Übernahme\p{L}*|Finanzierungsrunde\p{L}*|Verzögerung\p{L}*|Entlassung\p{L}*|Klage\p{L}*)|\b(?:later|später) (?:\S+ ){0,2}(?:revealed|emerged|turned out|came to light|bekannt|publik|heraus)\b)/iu,
);

/**
 * Words that place a fact before the news: "back in 2019", "damals", "years ago", "X, which has
 * already put …", "Schon bei der Ankündigung", "(wir berichteten)", "as we reported earlier".
 */
const EARLIER_WORDS =
  /(?:^\s*Hintergrund (?:der|des|dieser|dieses|ist|war|sind|waren)\b|^\s*Background:|\bback in\b|\bin the past\b|\bin der Vergangenheit\b|\byears? ago\b|\bpreviously\b|\bprior to\b|\bbefore that\b|\bearlier (?:this|that|last) (?:year|decade)|\bhad already\b|\bdamals\b|\beinst\b|vor (?:\S+ )?Jahren|\bNoch im\b|\bSchon (?:bei|im|vor|damals)\b|^\s*Bereits (?:im|vor|Ende|Anfang|Mitte) (?!(?:\S+ ){0,3}(?:soll|sollen|will|wollen|wird|werden)\b)|^\s*(?:Bereits|Schon) (?:die|der|das|den|dem|des) (?!(?:\S+ ){0,8}(?:soll|sollen|will|wollen|wird|werden|ist|sind)\b)|\b(?:a|one|two|three|several|a few) (?:days?|weeks?|months?) earlier\b|\breported (?:earlier this (?:week|month|year)|last (?:week|month|year))\b|\b(?:einen|eine|zwei|drei|wenige|einige) (?:Tage?|Wochen?|Monate?) (?:zuvor|davor|früher)\b|\bwir berichteten\b|\bwie (?:bereits )?berichtet\b|\bas (?:we |previously |earlier )?reported (?:earlier|previously|before)\b|\bas we (?:have )?(?:previously )?reported\b|\b(?:comes|came|come) at a time (?:when|of)\b|\b(?:comes|came|come) (?:\S+ ){0,3}after\b|\b(?:follows?|followed) (?:\S+ ){0,3}(?:departures|exits|layoffs|job cuts|delays|setbacks|controversies|scandals|several|multiple|a (?:string|series|wave) of)\b|\bfolgt(?:e|en)? (?:\S+ ){0,2}auf (?:\S+ ){0,3}(?:Abgänge|Abgängen|Weggänge|Entlassungen|Verzögerungen|Kontroversen|Skandale|Skandalen|mehrere|eine Reihe|eine Serie|eine Welle)\b)/iu;
export const BACKGROUND_WORDS = latinCaseless(new RegExp(`${EARLIER_WORDS.source}|${HABIT.source}`, "iu"));
/** "X, which has already put …", "…, das bereits … investiert hat": only tried when the word is there */
export const ALREADY_CLAUSE =
  /(?:, (?:which|who) (?:has|had) already|, (?:das|der|die) (?:\S+ ){0,4}bereits (?:\S+ ){0,6}(?:hat|hatte)\b|\bhatte(?:n)? (?:\S+ ){0,3}bereits\b)/iu;
/** more than this many days before the article, an explicitly dated fact is background */
export const BACKGROUND_DAYS = 90;

/** "investment of $2.75 billion", "Finanzierungsrunde über 500 Millionen Dollar": the noun's own amount */
export const OWN_FIGURE =
  /^\s+(?:of|worth|von|über|in Höhe von|im Wert von)\s+(?:about |around |roughly |nearly |more than |rund |etwa |knapp |insgesamt |mehr als )?(?:US\$|\$|€|\d)/u;

/**
 * A deal that failed: "the acquisition collapsed", "talks were called off", "Die Übernahme ist
 * gescheitert", "Deal geplatzt". The buyer's setback is an `other` event, not an acquisition.
 */
export const DEAL_FAILED = latinCaseless(
  /(?:\b(?:deal|acquisition|takeover|merger|talks|agreement|bid|offer|negotiations)s? (?:\S+ ){0,8}(?:collaps\p{L}*|fell apart|falls? apart|fell through|falls? through|(?:was|were|has been|had been) (?:called off|scrapped|abandoned|terminated|blocked)|is off\b|expired|failed)|\b(?:call(?:s|ed|ing)? off|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|terminat(?:es|ed|ing)|walk(?:s|ed|ing)? away from) (?:\S+ ){0,3}(?:deal|acquisition|takeover|merger|bid|talks)\b|(?:Deal|Übernahme|Kauf|Fusion|Vereinbarung|Gespräche|Verhandlungen)\p{L}* (?:\S+ ){0,8}(?:geplatzt|gescheitert|abgesagt|abgeblasen|aufgekündigt|gekippt|auf Eis(?: gelegt)?)|\b(?:platzt|scheitert)(?:e)? (?:\S+ ){0,3}(?:Deal|Übernahme|Kauf|Fusion))/iu,
);

/**
 * A clause that asks why, or leaves the fact unsaid, takes it as known from elsewhere: "why the
 * model is being delayed", "did not say that it would be delayed", "wollte … nicht bestätigen"; or
 * reports it denies: "denied reports that Rubin is delayed", "Gerüchten … wurde widersprochen".
 * The fact is context there (background), not news of this sentence (EXPLAINER keeps a headline).
 */
/** a headline that opens with "Why" ("Why Nvidia stock soared this week") explains the news it tells */
export const EXPLAINER = /^\s*(?:Why|Warum|Wieso|Weshalb)\s+(?:the\s+|die\s+|der\s+|das\s+)?[\p{Lu}\p{N}]/u;
export const PRESUPPOSED = latinCaseless(
  /(?:\b(?:why|warum|weshalb|wieso)\b|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|would not|wouldn['’]t|declined to|refused to|isn['’]t|is not) (?:\S+ ){0,2}(?:say|saying|confirm|confirming|comment|announce|disclose|specify)\b|\b(?:wollte|will|konnte|hat|habe) (?:\S+ ){0,5}nicht (?:bestätigen|sagen|äußern|kommentieren)\b|\bnicht bestätigt\b|\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?) (?:\S+ ){0,3}(?:reports?|rumou?rs?|claims?|speculation)\b|\bdementier\p{L}*|\bGerücht\p{L}* (?:\S+ ){0,8}(?:widersprochen|zurückgewiesen|dementiert)|\b(?:widerspr(?:ach|achen|icht)|wies|weist) (?:\S+ ){0,4}(?:Berichte\p{L}*|Gerücht\p{L}*|Spekulation\p{L}*))/iu,
);
