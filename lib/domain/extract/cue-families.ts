/**
 * Cue families for the facts news tells most often beyond the core types: insolvencies, regulators
 * acting, complaints, restated revenue, a turn away from open source (`other`), and backlash, bans
 * for minors, misleading demos, offensive output (`controversy`). Each family lists the common
 * synonyms in both languages, and demands a verb or a second word that makes it a fact: "the
 * bankrupt exchange" or "on the brink of insolvency" is no insolvency, "regulators" alone no probe.
 */
import { cue, W, type Cue, type CueHit } from "./cue-pattern";
import { latinCaseless } from "./latin-caseless";
import { gated } from "./literal-gate";

const WEAK_SALES_SOURCE = `(?:\\b(?:not|n['’]t|never) (?:\\S+ ){0,2}lived? up to (?:\\S+ ){0,3}(?:sales|revenue|demand) (?:expectations|targets|forecasts)\\b|\\b(?:won['’]t|will not|would not|did not|didn['’]t|fail(?:ed|s)? to) (?:even )?(?:meet|reach|achieve|hit) (?:\\S+ ){0,5}(?:sales |revenue )?(?:target|goal)s?\\b|\\bscrap(?:s|ped|ping)? (?:\\S+ ){0,3}(?:sales |revenue )?forecast\\b|\\b(?:uptake|adoption|demand|sales) (?:\\S+ ){0,4}(?:slower|weaker|lower) than (?:\\S+ ){0,2}(?:expected|anticipated|planned)\\b|\\b(?:disappointing|weak|weaker|poor|sluggish|lacklust(?:re|er)|soft) (?:\\S+ ){0,2}(?:sales|demand|adoption|uptake)\\b|\\b(?:sales|demand|adoption|uptake|revenues?) (?:\\S+ ){0,6}(?:disappointed|disappointing|fell short|(?:came in )?below (?:\\S+ ){0,2}(?:expectations|targets|forecasts)|missed (?:\\S+ ){0,2}(?:targets?|expectations|forecasts)|stalled)|(?:schwach|enttäuschend|mau|schleppend)${W} (?:\\S+ ){0,2}(?:Absatz|Verkäuf${W}|Nachfrage|Umsätze|Verkaufszahlen)|(?:Absatz|Verkäufe|Nachfrage|Verkaufszahlen|Umsatz|Umsätze|Erlöse) (?:\\S+ ){0,4}(?:enttäusch${W}|blieb${W} (?:\\S+ ){0,3}hinter (?:den |seinen |ihren )?(?:Erwartungen|Zielen|Prognosen)|verfehlt${W} (?:\\S+ ){0,2}(?:Ziele?|Erwartungen|Prognosen)))`;
/** "sales came in below expectations", "revenue fell short of targets": a weak benchmark's words, said of sales */
export const WEAK_SALES = latinCaseless(new RegExp(WEAK_SALES_SOURCE, "iu"));

export const FAMILY_CUES: Cue[] = [
  // insolvency: the filing or the state, never the risk of it
  cue(
    "other",
    `(?:\\bfil(?:ed|es|ing) for (?:\\S+ ){0,2}(?:bankruptcy|insolvency|Chapter (?:7|11)|creditor protection)|\\b(?:went|goes|gone|go) (?:into )?(?:bankrupt|bust|into (?:administration|liquidation|receivership))|\\benter(?:ed|s|ing)? (?:\\S+ ){0,2}(?:administration|liquidation|receivership|insolvency)|\\bdeclared? (?:\\S+ ){0,2}(?:bankrupt${W}|insolven${W})|\\b(?:is|was|has become|became) (?:now |officially )?(?:insolvent|bankrupt)\\b|\\bChapter 11\\b|\\b(?:bankruptcy|insolvency) (?:filing|protection|proceedings?)|Insolvenz(?!gefahr|risiko)${W}|\\binsolvent\\b|zahlungsunfähig${W}|\\bpleite\\b|\\bPleite\\b|Konkurs${W}|Gläubigerschutz)`,
    0.7,
    false,
    /bankrupt|insolven|Chapter|bust|administration|liquidation|receivership|creditor|zahlungsunf|pleite|Konkurs|Gläubiger/i,
  ),
  // complaints lodged with an authority
  cue(
    "other",
    `(?:\\b(?:filed|files|filing|lodged|lodges|submitted) (?:\\S+ ){0,4}complaints?\\b|\\bcomplaints? (?:\\S+ ){0,4}(?:filed|lodged|submitted) (?:with|in|against)\\b|\\p{L}*[Bb]eschwerde${W} (?:\\S+ ){0,6}(?:eingereicht|eingelegt|einreichen|erhoben)|\\b(?:reich|leg)(?:t|en|te|ten) (?:\\S+ ){0,6}\\p{L}*[Bb]eschwerde${W} (?:\\S+ ){0,8}ein\\b|\\b(?:sieht|sehen|sah|sahen) sich (?:\\S+ ){0,3}mit (?:\\S+ ){0,2}\\p{L}*(?:[Bb]eschwerde|[Kk]lage|[Uu]ntersuchung|[Ee]rmittlung)\\p{L}* (?:\\S+ ){0,3}konfrontiert\\b)`,
    0.65,
    false,
    /complaint|Beschwerde/i,
  ),
  // revenue told too high, results restated
  cue(
    "other",
    `(?:\\boverstat${W} (?:\\S+ ){0,3}(?:revenue|sales|earnings|figures|results)|\\b(?:inflat|exaggerat|pad)${W} (?:\\S+ ){0,2}(?:revenue|sales)\\b|\\brestat(?:e|ed|es|ing|ement)${W} (?:\\S+ ){0,3}(?:revenue|results|earnings|financials|accounts)|\\brevenue (?:\\S+ ){0,3}(?:was |were |had been )?(?:overstated|inflated|restated)|\\baccounting (?:irregularities|errors?|fraud)|Umsätze? (?:\\S+ ){0,4}(?:aufgebläht|geschönt|übertrieben|zu hoch angegeben)|aufgebläht${W} Umsätze?|(?:zweifelhaft|geschönt|falsch|überhöht)${W} (?:Umsatz|Bilanz)${W}|Bilanzfälschung|Bilanzmanipulation|Scheinumsätze)`,
    0.65,
    false,
    /overstat|inflat|exaggerat|pad|restat|revenue|accounting|Umsatz|Umsätze|aufgebläht|Bilanz|Schein/i,
  ),
  // an approval withheld or still missing: regulatory scrutiny stated as a fact
  cue(
    "other",
    `(?:\\b(?:not|never) (?:yet )?(?:received|won|secured|obtained|been granted|gotten) (?:\\S+ ){0,3}(?:approval|clearance|green light)|\\b(?:awaiting|pending|still waiting for|yet to (?:receive|win|secure|obtain|get)) (?:\\S+ ){0,3}(?:approval|clearance)|\\b(?:denied|refused|withheld|withholds|withholding|blocked) (?:\\S+ ){0,3}(?:approval|clearance)|\\b(?:keine|nicht die) (?:\\S+ ){0,2}(?:Genehmigung|Zulassung|Freigabe|Erlaubnis)${W} (?:\\S+ ){0,8}(?:erhalten|bekommen)|(?:Genehmigung|Zulassung|Freigabe)${W} (?:\\S+ ){0,4}(?:steht|stehen) (?:\\S+ ){0,2}aus\\b|(?:verweiger|versag)${W} (?:\\S+ ){0,4}(?:Genehmigung|Zulassung|Freigabe))`,
    0.6,
    false,
    /approval|clearance|green light|Genehmigung|Zulassung|Freigabe|Erlaubnis/i,
  ),
  // a product that does not sell: weak sales or demand, told of the product, not of the market
  cue(
    "other",
    WEAK_SALES_SOURCE,
    0.6,
    false,
    /sales|demand|adoption|uptake|revenue|target|goal|forecast|Absatz|Verkäuf|Nachfrage|Umsatz|Umsätze|Erlöse|Verkaufszahlen/i,
  ),
  // a turn away from open models
  cue(
    "other",
    `(?:\\b(?:abandon${W}|drop${W}|scrap${W}|(?:mov|shift|step|back|pivot|turn|walk)${W} away from|no longer|stop${W} releasing|end${W}) (?:\\S+ ){0,4}open[- ]?(?:source|weights?)\\b|\\b(?:keep|make|go|goes|going|went|switch${W} to) (?:\\S+ ){0,3}closed[- ]source\\b|(?:Abkehr|abrück${W}|abgerückt|verabschied${W}) (?:\\S+ ){0,5}(?:von )?(?:\\S+ ){0,2}Open-Source${W}|Open-Source${W} (?:\\S+ ){0,6}(?:abrück${W}|abgerückt|aufgeben|aufgegeben|beenden|aufzugeben)|nicht mehr (?:\\S+ ){0,3}(?:quelloffen|als Open Source))`,
    0.6,
    false,
    /open[- ]?(?:source|weight)|closed[- ]source|quelloffen/i,
  ),
  // a release that runs late ("dass sich die Chipreihe um drei Monate verspäten würde") or is
  // cancelled (a delay per docs/labelling.md): only with the release, never "mit Verspätung zur Keynote"
  cue(
    "delay",
    `(?:verspät(?:et|en|ete|eten) sich\\b|\\bsich (?:\\S+ ){0,8}verspät(?:en|et|ete|eten)\\b|verspätet${W} (?:Start|Marktstart|Markteinführung|Einführung|Auslieferung|Veröffentlichung)|Verspätung${W} (?:bei|beim|der|des) (?:\\S+ ){0,2}(?:Start|Marktstart|Markteinführung|Einführung|Auslieferung|Veröffentlichung)|\\b(?:cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|ax(?:e|es|ed|ing)) (?:\\S+ ){0,3}(?:release|launch|rollout|roll-out|debut)\\b|\\b(?:release|launch|rollout|debut) (?:\\S+ ){0,6}(?:was|has been|had been|is being|were) (?:cancell?ed|scrapped|shelved|axed)\\b|(?:Start|Marktstart|Markteinführung|Einführung|Veröffentlichung)\\p{L}* (?:\\S+ ){0,6}(?:abgesagt|gestrichen|auf Eis gelegt)\\b)`,
    0.7,
    false,
    /verspät|Verspätung|cancel|scrap|shelv|\bax|abgesagt|gestrichen|auf Eis/i,
  ),
  // a reorganisation of the leadership or a unit (`other`), not a product's redesign
  cue(
    "other",
    `(?:\\b(?:management|leadership|executive) (?:changes|shake-?ups?|overhaul|reshuffle)\\b|\\bshake-?ups? (?:of|at|in) (?:its |the )?(?:\\S+ ){0,2}(?:management|leadership|team|division|unit|group)\\b|\\breshuffl(?:e|ed|es|ing) (?:its |the )?(?:\\S+ ){0,2}(?:management|leadership|executives|team|division|unit)\\b|\\boverhaul(?:s|ed|ing)? (?:of )?(?:its |the )?(?:\\S+ ){0,2}(?:management|leadership|structure|division|unit|organi[sz]ation)\\b|Umbau (?:an|in) der (?:Spitze|Konzernspitze|Führung${W})|Führungsumbau|Umbesetzung${W} (?:an|in) der (?:Spitze|Führung${W})|(?:Management|Führungsebene|Führungsetage|Führung|Leitung|Sparte|Abteilung) (?:\\S+ ){0,4}neu (?:aufgestellt|geordnet|organisiert|strukturiert))`,
    0.6,
    false,
    /management|leadership|executive|shake|reshuffl|overhaul|Umbau|Umbesetzung|neu (?:aufgestellt|geordnet|organisiert|strukturiert)/i,
  ),
  // too little data to train on (`other`): said of training data, not of figures an analyst lacks
  cue(
    "other",
    `(?:\\b(?:lack${W}|not enough|insufficient|too little|scarce|scarcity of|short of|shortage of|dearth of) (?:\\S+ ){0,2}training data\\b|\\b(?:not enough|insufficient|too little) (?:\\S+ ){0,2}data to train\\b|\\bfehl(?:t|en|te|ten) es (?:\\S+ ){0,3}an (?:\\S+ ){0,2}(?:Trainings)?[Dd]aten\\b|\\b(?:nicht (?:genug|genügend|ausreichend)|zu wenig${W}) (?:\\S+ ){0,2}(?:Trainingsdaten|Daten,? um (?:\\S+ ){0,4}(?:zu )?(?:trainieren|anzulernen)))`,
    0.6,
    false,
    /training data|data to train|Daten/i,
  ),
  // backlash in its common words; "Kritik" alone stays a weak cue (cues.ts)
  cue(
    "controversy",
    `(?:\\bfirestorm\\b|\\boutrage\\b|\\bpublic anger\\b|\\b(?:drew|draws|drawn|drawing|sparked|sparks|triggered|faces|faced) (?:\\S+ ){0,2}(?:criticism|ire|outrage|anger|condemnation)|\\b(?:came|comes|coming|has come) under (?:\\S+ ){0,1}(?:fire|scrutiny|criticism)|\\bboycott${W}|Entrüstung|Boykott${W}|(?:geriet|gerät|geraten) (?:\\S+ ){0,8}in (?:die )?(?:Kritik|Schlagzeilen)|in die Kritik geraten|(?:harsche|heftige|scharfe|massive) Kritik|Welle der Kritik)`,
    0.7,
    false,
    /firestorm|outrage|anger|criticism|\bire\b|condemnation|under (?:\S+ )?(?:fire|scrutiny|criticism)|boycott|Entrüstung|Boykott|Kritik|Schlagzeilen/i,
  ),
  // a product's odd answers passed round or mocked: "screenshots of absurd answers went viral",
  // "Screenshots zu unsinnigen Antworten machten die Runde", "was widely ridiculed" (a product
  // mocked, not a critic who "mocked the claims")
  cue(
    "controversy",
    `(?:\\b(?:answers|responses|replies|results|images|outputs?|screenshots?)\\b (?:\\S+ ){0,8}(?:went viral|(?:circulated|spread) (?:widely|online|on social media))|\\b(?:was|were|been|being|is|are) (?:\\S+ ){0,2}(?:mocked|ridiculed|lampooned|derided)\\b|\\b(?:drew|draws|drawn|drawing|sparked|faced|faces|attracted) (?:\\S+ ){0,2}(?:ridicule|mockery)\\b|\\blaughing ?stock\\b|(?:machte|machten|macht|machen) (?:\\S+ ){0,14}(?:Screenshots?|Antworten|Bilder|Ergebnisse|Beispiele)\\b (?:\\S+ ){0,8}die Runde|(?:Screenshots?|Antworten|Bilder|Ergebnisse|Beispiele)\\b (?:\\S+ ){0,8}(?:machte|machten|macht|machen|gingen|ging) (?:\\S+ ){0,4}(?:die Runde|viral)|verspottet|verhöhnt|\\bHäme\\b|(?:Spott|Hohn) (?:und (?:Hohn|Spott) )?(?:im Netz|in den sozialen|ernte\\p{L}*|ausgesetzt))`,
    0.6,
    false,
    /viral|circulated|spread|mock|ridicul|lampoon|derided|laughing|Runde|verspottet|verhöhnt|Häme|Spott|Hohn/i,
  ),
  // a demo or video that showed more than the product does
  cue(
    "controversy",
    `(?:\\b(?:staged|faked|fake|edited|doctored|manipulated|misleading)${W} (?:\\S+ ){0,2}(?:demo|video|demonstration|presentation)s?\\b|\\b(?:demo|video|demonstration)s? (?:\\S+ ){0,4}(?:was|were|had been|is) (?:\\S+ ){0,1}(?:staged|faked|edited|sped up|misleading)|(?:gefälscht|inszeniert|geschönt|manipuliert|geschnitten|irreführend)${W} (?:\\S+ ){0,2}(?:Demo|Video|Präsentation|Vorführung)${W}|(?:Demo|Video|Vorführung)${W} (?:\\S+ ){0,4}(?:gefälscht|inszeniert|geschönt|manipuliert|nachbearbeitet|geschnitten))`,
    0.7,
    false,
    /demo|video|presentation|Demo|Video|Präsentation|Vorführung/,
  ),
  // offensive output of a named model
  cue(
    "controversy",
    `(?:\\bantisemit${W}|\\bsexist\\b|\\bhate speech\\b|\\bhateful\\b|\\bexplicit (?:images|content|deepfakes?)|\\bdeepfakes?\\b|\\bnon-?consensual\\b|\\bpraised Hitler\\b|rassistisch${W}|antisemitisch${W}|sexistisch${W}|beleidigend${W}|Hassrede|\\bHetze\\b|anstößig${W}|sexualisiert${W}|Nacktbilder|Deepfake${W})`,
    0.6,
    true,
    /antisemit|sexis|hate|explicit|deepfake|consensual|Hitler|rassist|beleidig|Hassrede|Hetze|anstößig|sexualis|Nacktbild/i,
  ),
];

const REGULATOR =
  /(?:\bregulators?\b|\bwatchdogs?\b|(?:^|[:–]\s*|(?<!\b(?:in|into|across|within|outside|to|from|für|aus|nach)\s)\b(?:[Dd]ie|[Tt]he)\s+)EU\b(?![- ](?:Markt|market|Länder|Staaten|countries|states|citizens|Bürger|users|Nutzer))|\bBrüssel\b|\bBrussels\b|\bauthorit(?:y|ies)\b|\b[Cc]ommission\b|\bGarante\b|\b(?:FTC|SEC|CMA|DPC|DOJ|CNIL|BaFin|NHTSA|NTSB|FAA|FCC|FDA|Ofcom|ICO)\b|Justice Department|\bprosecutors?\b|\bcourt\b|\bjudge\b|Datenschutzbehörde\p{L}*|Datenschützer\p{L}*|\p{L}*(?:[Aa]ufsicht|[Bb]ehörde)\p{L}*|Kartellamt\p{L}*|\p{L}*[Kk]ommission\b|Wettbewerbshüter\p{L}*|Staatsanwalt\p{L}*|\p{L}*[Gg]ericht\b|Richter\p{L}*)/u;
const REGULATOR_ACTION =
  /(?:\bUntersuchung\p{L}* (?:\S+ ){0,8}eingeleitet\b|\bleite(?:t|te|ten) (?:\S+ ){0,4}(?:Untersuchung|Ermittlung|Prüfung)\p{L}* (?:\S+ ){0,8}ein\b|\buntersuch(?:t|te|ten)\b|\bruled\b(?! out)|\burteil(?:t|te|ten)\b|\bUrteil\b|\bentschied(?:en)?\b|\bentschieden\b|\bblock(?:ed|s|ing)?\b|\bbann?(?:ed|s|ing)?\b|\bbarred\b|\bprohibit\p{L}*|\bprob(?:e|es|ed|ing)\b|\binvestigat\p{L}*|\bfine[ds]?\b|\bsuspend\p{L}*|\bopen(?:ed|s)? (?:\S+ ){0,2}(?:investigation|inquiry|probe|case|proceedings)|\bdemand(?:s|ed)?\b|\border(?:s|ed)\b|Forderung|\bforder(?:t|te|ten)\b|\bverlang(?:t|te|ten)\b|\baufgefordert\b|\bangewiesen\b|\bscrutin\p{L}*|\bexamin(?:es|ed|ing)\b|\blook(?:s|ed|ing)? into\b|\breview(?:s|ed|ing)\b|\b(?:über)?prüf(?:t|en|te|ten|e)\b|\bhand(?:ed|s|ing) (?:\S+ ){0,2}(?:a |an )?(?:\S+ )?(?:victory|win|defeat|loss|setback)\b|\bsided with\b|\bruled in (?:\S+ )?favou?r\b|\bdismiss(?:ed|es)\b|\bthrew out\b|\btossed out\b|\bgab (?:\S+ ){0,3}Recht\b|\babgewiesen\b|unter die Lupe|(?:ins|im) Visier|\binteressier(?:t|te|ten|en) sich\b|\b(?:über)?geprüft\b|\buntersag\p{L}*|\bsperr(?:t|te|ten|en)\b|\bgesperrt\b|\bblockier\p{L}*|\bverbiet\p{L}*|\bverboten\b|Bußgeld\p{L}*|Geldstrafe|\bverhängt\p{L}*|\bermittel\p{L}*|Ermittlung\p{L}*|Verfahren (?:\S+ ){0,4}(?:eingeleitet|eröffnet)|\bleit(?:et|ete|eten|en) (?:\S+ ){0,3}(?:Verfahren|Ermittlungen|Untersuchung)|\buntersuch(?:t|te|ten|en)\b|\bangeordnet\b|\bordnete\b)/iu;
/** who is banned: young users */
const MINORS =
  /(?:\bminors\b|\bteens?\b|\bteenagers?\b|\bchildren\b|\bkids\b|\bunder-?18s?\b|\busers under\b|\bunder (?:the age of )?1[3-8]\b|Minderjährig\p{L}*|Jugendlich\p{L}*|Teenager\p{L}*|unter 1[3-8]\b)/iu;
const SHUT_OUT =
  /(?:\bban(?:s|ned|ning)?\b|\bbar(?:s|red|ring)?\b|\bblock(?:s|ed|ing)?\b|\block(?:s|ed|ing)? (?:\S+ ){0,3}out\b|\bshut(?:s|ting)? (?:\S+ ){0,3}out\b|\bcut(?:s|ting)? off\b|aussperr\p{L}*|auszusperren|\bsperr(?:t|te|ten|en)\b|\bverbiet\p{L}*|\bverbannt\p{L}*|\bausgeschlossen\b|\bausschließ\p{L}*|\bschließt (?:\S+ ){0,4}aus\b)/iu;

// cheap tests before the costly patterns: most sentences name neither a regulator nor minors
const REGULATOR_HINT =
  /regulat|watchdog|uthorit|ommission|Garante|\bEU\b|Brüssel|Brussels|FTC|SEC|CMA|DPC|DOJ|CNIL|BaFin|NHTSA|NTSB|FAA|FCC|FDA|Ofcom|ICO|Justice|rosecut|court|judge|Datensch|Aufsicht|Behörde|Kartell|Wettbewerbsh|Staatsanw|Gericht|Richter/i;
const MINORS_HINT = /minor|teen|child|kids|under.?1|under the age|users under|unter 1|Minderj|Jugendl/i;

/** words far apart in a long sentence are rarely about each other (German puts the verb last: "dass die US-Handelskommission die … Partnerschaft zwischen den beiden Unternehmen untersucht") */
const NEAR = 120;

/** one cheap scan for every family's hint: most sentences have none, and skip all the families */
const ANY_FAMILY = new RegExp(
  [...FAMILY_CUES.map((c) => c.hint?.source ?? "."), REGULATOR_HINT.source, MINORS_HINT.source].join("|"),
  "i",
);

const anyFamily = gated(ANY_FAMILY);

export function mayHaveFamilyCue(sentence: string): boolean {
  return anyFamily(sentence);
}

/**
 * Cues that need two words together: a regulator and what it does ("Die Datenschutzbehörde
 * sperrt …", "the watchdog fined …"), a ban and the young users it shuts out.
 */
export function familyHits(sentence: string): CueHit[] {
  const out: CueHit[] = [];
  const regulator = REGULATOR_HINT.test(sentence) ? REGULATOR.exec(sentence) : null;
  const action = regulator ? REGULATOR_ACTION.exec(sentence) : null;
  if (regulator && action && Math.abs(action.index - regulator.index) <= NEAR) {
    out.push({ type: "other", confidence: 0.65, index: action.index, length: action[0].length });
  }
  const minors = MINORS_HINT.test(sentence) ? MINORS.exec(sentence) : null;
  const shut = minors ? SHUT_OUT.exec(sentence) : null;
  if (minors && shut && Math.abs(shut.index - minors.index) <= NEAR) {
    out.push({ type: "controversy", confidence: 0.7, index: shut.index, length: shut[0].length });
  }
  return out;
}
