/**
 * More of the common words news uses for each event type, in both languages, beyond cues.ts and
 * cue-families.ts: on articles the extractor had never seen, fewer than half of the sentences that
 * state an event held a cue of its type (stop 20). Each pattern keeps the guard its word needs: a
 * job word after "slash", a time after "kommt erst", a person in the sentence for "retires".
 */
import { BUSINESS_CUES } from "./cue-business";
import { HOLDBACK_CUES } from "./cue-holdbacks";
import { PRODUCT_NOUN } from "./product-noun";
import { QUALITY_CUES } from "./cue-quality";
import { cue, W, type Cue } from "./cue-pattern";
import { latinCaseless } from "./latin-caseless";

/** the end of a German company noun: "Sicherheitsfirma", "KI-Start-up", "Chipkonzern" */
const COMPANY_NOUN_DE =
  "(?:[Ff]irma|[Ss]tart-?up|[Uu]nternehmen|[Kk]onzern|[Hh]ersteller|[Ee]ntwickler|[Aa]nbieter)\\b";

const PERSON =
  /(?:CEO|Chef|chief|head of|Leiter|founder|[Gg]ründer|executive|Manager|researcher|Forscher|engineer|scientist|president|Präsident|officer|director|Vorstand|\b(?:he|she|er|sie)\b)/u;

const SHUTDOWN_SOURCE = `(?:\\b(?:is|are|was|were|will be|has been|have been) (?:\\S+ ){0,2}(?:shutting down|winding down|discontinued|shut down)\\b|\\b(?:shut(?:s|ting)?|wind(?:s|ing)?) down (?:\\S+ ){0,4}(?:company|startup|service|product|app|device|pins?|team|project|unit|division|program(?:me)?|operations|business)\\b|\\b(?:(?:will|to) )?(?:cease|ceases|ceased) to (?:work|function|operate)\\b|\\bstop(?:s|ped)? working\\b|\\bdiscontinu(?:e|es|ed|ing) (?:\\S+ ){0,3}(?:product|device|service|app|model|line)\\b|\\b(?:wird|werden|wurde|wurden) (?:\\S+ ){0,4}eingestellt\\b(?<!(?:Mitarbeite\\p{L}*|Personal|Leute|Beschäftigte\\p{L}*|Forscher\\p{L}*|Entwickler\\p{L}*|Ingenieur\\p{L}*) (?:\\S+ ){0,5}eingestellt\\b)|\\bmacht (?:\\S+ ){0,2}dicht\\b|\\bdichtgemacht\\b|\\beinzustampfen\\b|\\beingestampft\\b|\\bstampf(?:t|te|en) (?:\\S+ ){0,4}ein\\b)`;
/** "shut down its Dojo team", "Entwicklung eingestellt": a release given up, not a product ended */
export const SHUTDOWN_OF_WORK =
  /(?:\b(?:team|project|development|program(?:me)?|effort|plans?)\b|Team|[\p{L}-]*[Pp]rojekt\p{L}*|Entwicklung|Pläne)/u;
export const SHUTDOWN = latinCaseless(new RegExp(SHUTDOWN_SOURCE, "iu"));

/** a weak product's words: said of a named model or a determined product noun */
function quality(source: string, hint: RegExp): Cue {
  return cue("benchmark_underperformance", source, 0.65, true, hint, undefined, PRODUCT_NOUN);
}

/** an order of a number of things: "bestellte 300.000 …", "ordered 100,000 …" (also propose.ts's gate) */
export const ORDER_OF_A_COUNT = String.raw`\b(?:bestellt\p{L}*|ordered|orders) (?:\S+ ){0,3}\d`;
/** an order of chips, a big order without a sum: "bestellte 300.000 H20-Chipsätze" (the order cue's start) */
export const PLACED_ORDER = new RegExp(ORDER_OF_A_COUNT, "iu");

export const VOCABULARY_CUES: Cue[] = [
  // accuracy and reliability as the trouble: "Probleme mit der Genauigkeit", "Schwächen bei
  // Zuverlässigkeit und Genauigkeit", "issues with Siri accuracy", "concerns over hallucinations"
  quality(
    `(?:\\b(?:Probleme?|Schwäche[n]?|Mängel) (?:\\S+ ){0,3}(?:mit|bei) (?:der |den )?(?:\\S+ ){0,2}(?:Genauigkeit|Zuverlässigkeit|Verarbeitungsgeschwindigkeit|Korrektheit)\\b|\\b(?:Problem|Schwachpunkt) (?:\\S+ ){0,3}(?:die|der) (?:Genauigkeit|Zuverlässigkeit)\\b|\\b(?:issues|problems|concerns|troubles?) (?:with|over|about) (?:\\S+ ){0,2}(?:accuracy|reliability|hallucinations)\\b)`,
    /Genauigkeit|Zuverlässigkeit|Verarbeitungsgeschwindigkeit|Korrektheit|accuracy|reliability|hallucinations/,
  ),
  // a model that got worse or fails often, said of a named model or product: "ist zwischen März
  // und Juni schlechter geworden", "„fauler“ wird", "keine gute Figur", "Die Genauigkeit von GPT-4
  // sank", "Fehlerraten von bis zu 80 Prozent", "got worse at math", "accuracy dropped"
  quality(
    `(?:\\bschlechter geworden\\b|\\bverschlechter(?:t|te|ten)\\b|\\b(?:wird|werde|wurde|sei|ist|werden) (?:\\S+ ){0,3}[„"»“]?fauler\\b|\\bfauler[“"«]? (?:\\S+ ){0,2}(?:wird|werde|wurde|geworden|sei)\\b|\\bkeine gute Figur\\b|\\b(?:Genauigkeit|Trefferquote|Leistung|Qualität|Leistungsfähigkeit) (?:\\S+ ){0,6}(?:sank|sinkt|gesunken|nachgelassen|lässt (?:\\S+ ){0,2}nach|ließ (?:\\S+ ){0,2}nach|abgenommen|eingebrochen)\\b|\\bFehlerrate\\p{L}* (?:\\S+ ){0,3}\\d|\\b(?:got|gotten|getting|grown|become|became|has become) (?:\\S+ )?(?:worse|lazier)\\b|\\b(?:accuracy|performance|quality) (?:\\S+ ){0,4}(?:dropped|fell|declined|deteriorated|degraded|plummeted|plunged)\\b|\\berror rates? (?:of|as high as|up to|reached) (?:\\S+ ){0,2}\\d)`,
    /schlechter|verschlechter|fauler|Figur|Genauigkeit|Trefferquote|Leistung|Qualität|Fehlerrate|worse|lazier|accuracy|performance|quality|error rate/,
  ),
  // a product that does its job badly, in the words of testers and users: "gets basic arithmetic
  // wrong", "invents sources", "worse answers than", "struggles to understand", "falsche Ergebnisse",
  // "macht viele Fehler", "versteht … nicht", "kann nicht mithalten", "verarbeitet … nicht korrekt";
  // one pattern per wording, each behind the cheap test of its own words
  quality(`(?:\\bget(?:s|ting)? (?:\\S+ ){1,4}wrong\\b)`, /wrong/),
  quality(
    `(?:\\b(?:invent${W}|fabricat${W}|mak(?:es|ing) up|made up) (?:\\S+ ){0,2}(?:sources|facts|quotes|citations|answers|references|studies)\\b)`,
    /invent|fabricat|ma(?:kes|king|de) up/i,
  ),
  quality(`(?:\\bworse (?:\\S+ ){1,2}than\\b)`, /worse/i),
  // a demo or launch that does not work: "failed to work as planned", "ging einiges schief"
  quality(
    `(?:\\b(?:failed|fails|failing) to work\\b|\\bdid(?:n['’]t| not) work as (?:planned|intended|expected)\\b)`,
    /fail|work as/i,
  ),
  quality(
    `(?:\\b(?:ging|geht|gingen|gehen) (?:\\S+ ){0,3}schief\\b|\\bschief(?:gegangen|ging|geht)\\b)`,
    /schief/i,
  ),
  quality(
    `(?:\\bstruggl${W} to (?:understand|answer|follow|handle|process|recogni[sz]e|keep up)\\b)`,
    /struggl/i,
  ),
  quality(
    `(?:\\bfail(?:s|ed|ing)? to live up to\\b|\\bperform(?:s|ed|ing)? (?:\\S+ ){0,1}(?:poorly|badly|worse)\\b|\\b(?:did|does|do)(?:n['’]t| not) perform as well\\b)`,
    /live up|perform/i,
  ),
  quality(
    `(?:\\b(?:incorrect|inaccurate|wrong|false|misleading|nonsensical|erroneous)(?: \\S+)? (?:answers|responses|results|summaries|headlines|information|outputs?|alerts|notifications|advice|recommendations)\\b|\\bfactually (?:incorrect|wrong|inaccurate)\\b)`,
    /incorrect|inaccurate|wrong|false|misleading|nonsensical|erroneous/i,
  ),
  quality(
    `(?:\\b(?:falsch|fehlerhaft|ungenau|unsinnig|irreführend)${W} (?:Ergebniss${W}|Antworten|Angaben|Informationen|Aussagen|Ratschläge|Zusammenfassung${W}|Fakten|Meldungen|Schlagzeilen|Resultate)|\\b(?:sind|ist|war|waren) (?:\\S+ ){0,2}(?:fehlerhaft|ungenau|unzuverlässig|unbrauchbar)\\b|\\bFalschinformation${W})`,
    /falsch|fehlerhaft|ungenau|unsinnig|irreführend|unzuverlässig|unbrauchbar/i,
  ),
  quality(`(?:\\b(?:macht|machte|machen|machten) (?:\\S+ ){0,6}Fehler\\b)`, /Fehler/),
  quality(`(?:\\bverst(?:eht|and|ehen|anden) (?:\\S+ ){0,4}nicht\\b)`, /verst(?:eh|and)/),
  quality(`(?:\\bnicht (?:\\S+ ){0,4}mit(?:halten|zuhalten)\\b)`, /mit(?:halten|zuhalten)/),
  quality(
    `(?:\\bnicht (?:\\S+ ){0,2}(?:korrekt|richtig) (?:\\S+ ){0,2}(?:verarbeit${W}|beantwort${W}|erkann${W}|erkenn${W}|funktionier${W})|\\bfunktionier${W} (?:\\S+ ){0,3}nicht (?:zuverlässig|richtig|korrekt|wie (?:geplant|erhofft|versprochen)))`,
    /korrekt|richtig|zuverlässig|wie (?:geplant|erhofft|versprochen)/,
  ),
  quality(`(?:\\bzu langsam\\b|\\bLatenzprobleme${W})`, /zu langsam|Latenzprobleme/),
  quality(
    `(?:\\bnicht (?:die |das )?(?:versprochenen?|erhofften?|angekündigten?|erwarteten?) (?:Werte|Ergebnisse|Leistung|Niveau)\\b|\\b(?:did|does|do)(?:n['’]t| not) (?:reach|achieve|hit|meet|match) (?:the |its )?(?:promised|expected|claimed|advertised) )`,
    /versprochen|erhofft|angekündigt|erwartet|promised|expected|claimed|advertised/,
  ),
  // a rebuild in other words: "had to rework the pipeline", "started over", failed training runs,
  // "grundlegend überarbeiten", "Trainingsläufe scheiterten"
  cue(
    "architecture_problem",
    `(?:\\brework${W} (?:\\S+ ){0,4}(?:architecture|pipeline|model|software|system|code|design|stack)\\b|\\b(?:had|has|have|needs?|needed) to retrain\\b|\\bstart(?:ed|s|ing)? over\\b|\\b(?:failed|failing|unsuccessful|botched) (?:\\S+ ){0,2}training runs?\\b|\\btraining runs? (?:\\S+ ){0,6}(?:failed|failures?|went wrong|collapsed)\\b|\\bfailures? (?:\\S+ ){0,4}training runs?\\b|(?:grundlegend|komplett|vollständig|von Grund auf) (?:\\S+ ){0,2}überarbeiten\\b|(?:grundlegende|komplette|vollständige) Überarbeitung|Trainingsl(?:auf|äufe)${W} (?:\\S+ ){0,6}(?:scheiter${W}|gescheitert|fehlgeschlagen|abgebrochen)|\\bTraining${W} (?:\\S+ ){0,8}(?:scheiter(?:t|te|ten)|gescheitert|fehlgeschlagen))`,
    0.7,
    false,
    /rework|retrain|start(?:ed|s|ing)? over|training runs?|überarbeit|Überarbeit|scheiter|gescheitert|fehlgeschlagen|abgebrochen/i,
  ),
  // technical trouble with a named product: an architecture problem in the labels' sense
  cue(
    "architecture_problem",
    `(?:\\btechnical (?:problems|issues|difficulties|failures|hurdles)\\b|\\btechnische${W} (?:Probleme${W}|Schwierigkeiten|Hürden))`,
    0.55,
    true,
    /technical|technische/i,
  ),
  // too little compute to build or run a product (`other`, like a data shortage): said of the
  // lab's own capacity, "struggling to get enough compute", "Mangel an Rechenleistung"
  cue(
    "other",
    `(?:\\b(?:lack${W}|not enough|insufficient|too little|scarce|scarcity of|short of|shortage${W} of|dearth of|dwindling supply of) (?:\\S+ ){0,4}(?:compute|computing (?:power|capacity)|GPUs)\\b|\\bdwindling (?:supply|pool|stock) of (?:\\S+ ){0,5}data\\b|\\bstruggl${W} to (?:get|secure|find|obtain) (?:\\S+ ){0,2}(?:compute|computing (?:power|capacity)|GPUs|chips)\\b|\\b(?:compute|computing (?:power|capacity)) (?:\\S+ ){0,6}(?:shortage|bottleneck|constraints?)\\b|\\b(?:Mangel|Knappheit) an (?:\\S+ ){0,2}(?:Rechenleistung|Rechenkapazität${W}|Chips|GPUs)|(?:Rechenleistung|Rechenkapazität${W}|Chips) (?:\\S+ ){0,4}(?:knapp|fehl(?:t|en))\\b)`,
    0.6,
    false,
    /compute|computing|GPUs|chips|data|Rechen|Chips/i,
  ),
  // a product or company that ends (`other`): "Humane is shutting down", "the pins will cease to
  // work", "wird eingestellt". A team or project shut down before its release is a cancelled
  // release, a delay (docs/labelling.md); shutdownOfWork (cues.ts) tells the two apart.
  cue(
    "other",
    SHUTDOWN_SOURCE,
    0.6,
    false,
    /shut|wind|ceas|stop(?:s|ped)? working|discontinu|eingestellt|einstellen|macht dicht|dichtgemacht|stampf/i,
  ),

  // a release withheld without a new date, said of a model or product: "OpenAI holds back Voice
  // Engine", "put its shopping agents on hold", "decided not to release it for now", "wird sie
  // vorerst nicht veröffentlicht", "hält das Modell zurück"
  cue(
    "delay",
    `(?:\\b(?:held|holds|holding|hold) back (?!by\\b)(?:\\S+ ){0,3}?(?:release|launch|model|tool|feature|product|version|engine|\\p{Lu}[\\p{L}\\p{N}-]*)|\\b(?:put|puts|putting|placed) (?:\\S+ ){1,8}on hold\\b|\\b(?:decided|decides|chose|opted) (?:not to|against) (?:releas|launch|ship)\\p{L}*|\\b(?:will|would|won['’]t|does|did)(?: not|n['’]t)? (?:\\S+ ){0,2}(?:release|launch|ship) (?:\\S+ ){0,6}(?:for now|yet|at this time|for the time being)\\b|\\b(?:vorerst|vorläufig|zunächst|noch) nicht (?:\\S+ ){0,3}(?:veröffentlich\\p{L}*|freigegeben|freigeben|eingeführt|einführen|auf den Markt)|\\b(?:hält|hielt|halten|hielten) (?!sich\\b)(?:\\S+ ){1,6}zurück\\b)`,
    0.7,
    true,
    /hold|held|decide|chose|opted|release|launch|ship|nicht|zurück/i,
  ),
  // a release moved: held back, on hold, not before a time, a missed date
  cue(
    "delay",
    `\\b(?:put on hold|(?:launch|release|rollout|roll-out|debut)\\p{L}* (?:\\S+ ){0,3}(?:held back|on hold)|(?:held|holds|holding) back (?:\\S+ ){0,2}(?:launch|release|rollout|debut)|(?:push(?:ed|es|ing)?) (?:\\S+ ){0,3}(?:out|into|to) (?:\\S+ ){0,2}(?:20\\d\\d|next (?:year|month|quarter)|early|late|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\\b|won['’]t (?:ship|launch|arrive|be (?:available|released|ready)|come|debut) (?:\\S+ ){0,3}until|(?:not|isn['’]t|aren['’]t) (?:expected|coming|arriving|launching|shipping) (?:\\S+ ){0,3}until|rescheduled|miss(?:ed|es)? (?:its|the|a) (?:\\S+ ){0,2}(?:deadline|launch window|target date|release window)|timeline (?:\\S+ ){0,3}(?:slipped|shifted|pushed)|delayed indefinitely)`,
    0.75,
    false,
    /hold|held|push|won|until|reschedul|miss|timeline|indefinitely/i,
  ),
  cue(
    "delay",
    `(?:zurückgestellt|\\bvertagt|hinausgeschoben|\\bkommt (?:\\S+ ){0,3}erst (?:\\S+ ){0,2}(?:20\\d\\d|im|Ende|Anfang|Mitte|nächst|kommend|später|in)|\\berst (?:\\S+ ){0,2}(?:20\\d\\d|nächstes Jahr|im nächsten Jahr|im kommenden Jahr) (?:\\S+ ){0,2}(?:kommen|erscheinen|starten|verfügbar|auf den Markt|ausgeliefert|ausliefern|liefern|veröffentlichen|vorstellen|einführen|bringen)|\\bnicht vor (?:Ende |Anfang |Mitte )?(?:20\\d\\d|nächstem Jahr)|Zeitplan (?:\\S+ ){0,4}(?:ins Rutschen|ins Wanken|nicht (?:zu )?halten|geplatzt)|Termin${W} (?:\\S+ ){0,3}(?:geplatzt|nicht (?:zu )?halten|verpasst)|verpass(?:t|te|en) (?:\\S+ ){0,3}(?:Termin|Starttermin|Zeitplan|Zieltermin))`,
    0.75,
    false,
    /zurückgestellt|vertagt|hinausgeschoben|erst|nicht vor|Zeitplan|Termin|verpass/i,
  ),
  // a release that takes longer: "will take longer to deliver than anticipated", "dauert länger als
  // geplant" ("needs more time" mostly explains a delay already told, so it is left out)
  cue(
    "delay",
    `(?:\\btak(?:e|es|ing|en) (?:\\S+ ){0,2}longer (?:\\S+ ){0,4}than (?:we |it |they )?(?:expected|anticipated|planned|hoped|originally)|\\b(?:dauer(?:t|n|te|ten)|brauch(?:t|en|te|ten)) (?:\\S+ ){0,3}länger (?:\\S+ ){0,3}als (?:geplant|erwartet|angekündigt|gedacht|erhofft))`,
    0.75,
    false,
    /longer|länger/i,
  ),
  // a product given up before release: "has cancelled its Falcon Shores AI chip" (a delay, docs/labelling.md)
  cue(
    "delay",
    `\\b(?:cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|kill(?:s|ed|ing)?) (?:its|the|their|plans for|work on) (?:\\S+ ){0,4}(?:chip|model|device|product|project|glasses|headset|car|phone|assistant|accelerator|GPU|processor)s?\\b`,
    0.7,
    false,
    /cancel|scrap|shelv|ax|kill/i,
  ),
  // jobs cut in other verbs
  cue(
    "layoff",
    `(?:\\b(?:slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|trim(?:s|med|ming)?|shed(?:s|ding)?) (?:\\S+ ){0,6}(?:jobs|positions|roles|staff|workers|employees|workforce|headcount)\\b|\\bjob losses\\b|\\bworkforce reductions?\\b|\\breduction in force\\b|\\b(?:jobs|positions|roles) (?:\\S+ ){0,2}(?:will be|were|are being|have been|to be) (?:cut|eliminated|axed|slashed)\\b)`,
    0.8,
    false,
    /slash|ax|trim|shed|job losses|workforce|reduction in force|jobs|positions|roles/i,
  ),
  cue(
    "layoff",
    `(?:\\bAbbau (?:von )?(?:\\S+ ){0,3}(?:Stellen|Jobs|Arbeitsplätze\\p{L}*)|(?<![\\p{L}-])Kündigungen\\b|(?:Stellen|Jobs|Arbeitsplätze) (?:\\S+ ){0,3}(?:kosten|kostet|kostete)\\b|\\bkostet(?:e)? (?:\\S+ ){0,3}(?:Stellen|Jobs|Arbeitsplätze))`,
    0.8,
    false,
    /Abbau|Kündigungen|Stellen|Jobs|Arbeitsplätze/,
  ),
  // cuts by departures offered: "a voluntary exit program", "buyouts", "Abfindungsprogramm"
  cue(
    "layoff",
    `(?:\\bvoluntary (?:exit|separation|departure|redundancy) (?:program(?:me)?s?|schemes?|offers?)\\b|\\bbuyouts? (?:to|for) (?:\\S+ ){0,3}(?:employees|staff|workers)\\b|\\b(?:Freiwilligen|Abfindungs|Abgangs)programm\\p{L}*)`,
    0.85,
    false,
    /voluntary|buyout|programm/,
  ),
  // jobs handed to software: "4.000 der 9.000 Arbeitsplätze werden durch KI ersetzt", "roles
  // that will be replaced by AI agents"
  cue(
    "layoff",
    `(?:\\b(?:Stellen|Jobs|Arbeitsplätze|Mitarbeiter\\p{L}*|Beschäftigte\\p{L}*) (?:\\S+ ){0,8}durch (?:\\S+ ){0,2}(?:KI|Künstliche Intelligenz|künstliche Intelligenz|Software|Roboter|KI-\\p{L}+) ersetzt\\b|\\b(?:jobs|roles|positions|workers|staff|employees) (?:\\S+ ){0,6}replaced (?:\\S+ ){0,2}(?:by|with) (?:AI|artificial intelligence|automation|AI agents)\\b)`,
    0.75,
    false,
    /ersetzt|replaced/,
  ),
  // money in, as startup news says it; weaker than "investiert", whose subject is the investor
  cue(
    "investment",
    `(?:Finanzspritze|\\bfrische[sn]? (?:Kapital|Geld)|(?:nimmt|nahm|nehmen|nahmen) (?:\\S+ ){0,4}(?:Kapital|Geld) auf\\b|Kapital (?:aufnehmen|aufzunehmen)|\\b(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:US-)?(?:Dollar|Euro) (?:\\S+ ){0,4}(?:aufnehmen|aufzunehmen)\\b|\\bAufnahme von (?:\\S+ ){0,4}(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:US-)?(?:Dollar|Euro)\\b|Kapitalerhöhung|\\b(?:secur(?:es|ed|ing)|land(?:s|ed)|bag(?:s|ged)|nab(?:s|bed)?|clos(?:es|ed|ing)) (?:\\S+ ){0,3}(?:US)?\\$\\s?\\d|\\b(?:cash|capital) (?:injection|infusion)|\\bwar chest\\b|\\b(?:commit(?:s|ted)?|pledg(?:e|es|ed)) (?:\\S+ ){0,2}(?:US)?\\$\\s?\\d)`,
    0.65,
    false,
    /Finanzspritze|frisch|Kapital|Geld|aufnehmen|Aufnahme|\$|injection|infusion|war chest/i,
  ),
  // a stake taken in German: "steigt beim Chipkonzern Intel mit einem Aktienpaket ein", "war 2021
  // bei Helsing eingestiegen", "Einstieg bei"; entering a market ("in den Markt eingestiegen") is not
  cue(
    "investment",
    `(?:\\b(?:steigt|steigen|stieg|stiegen) (?:\\S+ ){0,2}(?:bei|beim) (?:\\S+ ){0,14}?ein\\b|\\b(?:bei|beim) (?:\\S+ ){1,6}(?:eingestiegen|einsteigen|einsteigt|einstiegen|einstieg)\\b|\\bEinstieg (?:bei|beim)\\b)`,
    0.7,
    false,
    /steig|stieg|Einstieg/,
  ),
  // money raised as debt: "a $5 billion debt sale for xAI", "Oracle hat eine Anleihe über 18
  // Milliarden Dollar platziert"
  cue(
    "investment",
    `(?:\\b(?:debt|bond|loan) (?:sale|offering|financing|raise|deal|package)s?\\b|\\b(?:Milliarden-|Millionen-)?Anleihe\\p{L}*\\b|\\bSchuldenaufnahme\\b)`,
    0.65,
    false,
    /debt|bond|loan|Anleihe|Schulden/,
  ),
  // a big order of computing (docs/labelling.md: big orders are investments): "agreed to purchase
  // $30 billion in cloud computing capacity from Microsoft's Azure", "Rechenleistung im Wert von …"
  cue(
    "investment",
    `(?:\\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|spend(?:s|ing)?|commit(?:s|ted)? to) (?:up to |about |roughly |more than |some )?(?:US)?\\$\\s?[\\d.,]+\\s*(?:billion|bn|million|m|B)\\b (?:\\S+ ){0,2}(?:in|of|on|worth of) (?:\\S+ ){0,3}(?:computing|compute|cloud|capacity|chips|GPUs|TPUs|servers)\\b|\\bRechenleistung (?:\\S+ ){0,3}im Wert von\\b)`,
    0.7,
    false,
    /purchas|buy|bought|spend|commit|Rechenleistung/,
  ),
  // a computing deal with its sum: "a $38 billion cloud computing deal", "Der 38 Milliarden Dollar
  // schwere Deal gewährt OpenAI Zugriff auf … Chips", "Cloud-Abkommen um zusätzliche 250 Milliarden"
  cue(
    "investment",
    `(?:\\b(?:cloud|computing|compute|infrastructure|data ?cent(?:er|re)|chip|GPU)s? (?:\\S+ ){0,2}(?:deal|agreement|contract|pact)s?\\b|(?:Cloud|Rechenzentrums?|Rechenleistungs?|Infrastruktur|Chip|GPU)-?(?:Deal|Abkommen|Vertrag|Vereinbarung|Auftrag)\\p{L}*|\\b(?:Deal|Vereinbarung|Abkommen|Vertrag)\\b(?=.*\\b(?:Chips|GPUs?|Grafikprozessoren|Rechenleistung|Rechenkapazität\\p{L}*|Rechenzentr\\p{L}*|Cloud\\p{L}*|Server\\p{L}*)\\b))`,
    0.6,
    false,
    /deal|agreement|contract|pact|Deal|Abkommen|Vertrag|Vereinbarung|Auftrag/,
    /(?:\$|Dollar|USD)/u,
  ),
  // a round being raised: "is in talks to raise about $1 billion"
  cue("investment", `\\bto raise (?:\\S+ ){0,3}(?:US)?\\$\\s?\\d`, 0.7, false, /to raise/i),
  // two companies made one: "merged X with xAI", "fusionierte X mit Y" (not "merging it / its unit
  // into …", a reorganisation)
  cue(
    "acquisition",
    `(?:\\bmerg(?:ed|es|ing) (?:\\S+ ){1,6}with\\b|\\bmerg(?:ed|es|ing) (?!(?:it|them|its|their)\\s)(?:\\S+ ){1,6}into\\b|\\bfusionier\\p{L}* (?:\\S+ ){1,6}mit\\b)`,
    0.7,
    false,
    /merg|fusionier/,
  ),
  // a company bought in other verbs
  cue(
    "acquisition",
    `(?:\\b(?:snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?) up\\b|\\bschluck(?:t|te|en)\\b|einverleib\\p{L}*|\\bZukauf\\p{L}*)`,
    0.75,
    false,
    /snap|scoop|schluck|einverleib|Zukauf/i,
  ),
  // people leaving in other words: only with a person in the sentence
  cue(
    "departure",
    `\\b(?:part(?:s|ed|ing)? ways|bow(?:s|ed|ing)? out|step(?:s|ped|ping)? back|retir(?:e|es|ed|ing|ement))\\b`,
    0.7,
    false,
    /part|bow|step|retir/i,
    PERSON,
  ),
  cue(
    "departure",
    `(?:in den Ruhestand|\\bwirft (?:\\S+ ){0,2}hin\\b|hingeworfen|\\bleg(?:t|te) (?:\\S+ ){0,3}(?:Amt|Posten|Mandat)\\p{L}* nieder\\b|niedergelegt|\\b(?:hat|habe|haben) gekündigt\\b|\\b(?:trenn(?:t|te|en) sich|(?:hat|haben) sich) (?:\\S+ ){0,3}von (?:seinem|ihrem|seiner|ihrer|dem|der) (?:\\S+ ){0,2}\\p{L}*(?:CEO|[Cc]hef|[Gg]ründer|[Vv]orstand|[Mm]anager|[Ll]eiter|[Pp]räsident)\\p{L}*(?:[^.]{0,80}\\bgetrennt\\b)?)`,
    0.8,
    false,
    /Ruhestand|hin|nieder|gekündigt|trenn/,
  ),
  // German idioms of leaving, with a person in the sentence: "müssen … den Hut nehmen",
  // "verabschiedete sich Musk aus dem Vorstand"
  cue(
    "departure",
    `(?:\\b(?:nimmt|nahm|nehmen|genommen) (?:\\S+ ){0,3}(?:den|seinen|ihren) Hut\\b|\\bden Hut (?:\\S+ ){0,2}nehmen\\b|\\bverabschiede(?:t|te|ten) sich (?:\\S+ ){0,4}(?:von|aus)\\b)`,
    0.7,
    false,
    /Hut|verabschiede/,
    PERSON,
  ),
  // a change at the top (`other`, like a reorganisation of the leadership): a new or returning
  // chief, a leave of absence
  cue(
    "other",
    `(?:\\b(?:has been|was|is|were|have been) (?:\\S+ ){0,2}(?:named|appointed|reinstated) (?:as )?(?:the )?(?:company's |its |new |interim |acting )*(?:CEO|chief executive|president|chair(?:man|woman)?)\\b|\\bleave of absence\\b|\\bsabbatical\\b|\\b(?:wird|wurde) (?:\\S+ ){0,3}(?:neuer |neue |wieder |erneut )(?:Firmenchef|Konzernchef|Chef|CEO|Vorstandschef|Vorstandsvorsitzender|Vorsitzender)\\b|\\bzum (?:neuen )?(?:CEO|Chef|Firmenchef|Vorstandschef|Vorstandsvorsitzenden) ernannt|\\bAuszeit\\b|\\bbeurlaubt\\b)`,
    0.6,
    false,
    /named|appointed|reinstated|leave of absence|sabbatical|chef|CEO|Vorsitz|ernannt|Auszeit|beurlaubt/i,
  ),
  // a model behind its rivals in other words
  cue(
    "benchmark_underperformance",
    `(?:\\b(?:falls?|fell|falling) behind (?!schedule)|\\boutperformed by\\b|\\b(?:scored|scores|scoring) (?:\\S+ ){0,2}(?:lower|worse|poorly)\\b|\\blower scores\\b|\\bhink(?:t|en|te|ten) (?:\\S+ ){0,4}hinterher|\\bbl(?:eib(?:t|en)|ieb(?:en)?) (?:\\S+ ){0,6}hinter (?:\\S+ ){0,4}zurück\\b|\\bunterlegen\\b)`,
    0.7,
    false,
    /behind|outperformed|scor|hink|hinter|unterlegen/i,
  ),
  // a model received badly: "a poor reception for its Llama 4 model", "poorly received",
  // "schlecht aufgenommen", "enttäuschend aufgenommen"
  quality(
    `(?:\\b(?:poor|lukewarm|cool|tepid|mixed|muted|underwhelming) reception\\b|\\b(?:poorly|badly) received\\b|\\b(?:schlecht|enttäuschend|verhalten|kühl|durchwachsen) aufgenommen\\b)`,
    /reception|received|aufgenommen/,
  ),
  // a low place in a ranking: "ranks 13th on LMArena …, behind models from", "liegt aktuell auf
  // Platz 13", "belegt Platz 3 hinter GPT-5" (a first place, or a second one alone, is no setback)
  cue(
    "benchmark_underperformance",
    `(?:\\brank(?:s|ed|ing)? (?:\\S+ ){0,2}(?:\\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:\\S+ ){0,10}behind\\b|\\b(?:liegt|lag|landet|landete|belegt|belegte|kommt|kam|steht|stand) (?:\\S+ ){0,5}(?:auf )?(?:Platz|Rang) (?:\\d{2,3}\\b|(?:[2-9]|zwei|drei|vier|fünf|sechs|sieben|acht|neun) (?:\\S+ ){0,6}hinter\\b))`,
    0.65,
    true,
    /rank|Platz|Rang/i,
  ),
  cue("benchmark_underperformance", `(?:\\bmediocre\\b|mittelmäßig${W})`, 0.5, true, /mediocre|mittelmäßig/i),
  // the separable verb: "schneidet in Tests schlechter ab"
  cue(
    "benchmark_underperformance",
    `\\bschn(?:eid(?:et|en)|itt(?:en)?) (?:\\S+ ){0,5}(?:schlechter|schwächer|schlecht|schwach|enttäuschend) (?:\\S+ ){0,3}ab\\b`,
    0.75,
    false,
    /schn(?:eid|itt)/,
  ),
  // people brought in: "holt den Mitgründer an Bord", "brings … on board"
  cue(
    "hiring",
    `(?:\\bhol(?:t|te|en|ten) (?:\\S+ ){0,6}(?:an Bord|ins Team|ins Boot|zu sich)\\b|\\bbr(?:ings|ought|inging) (?:\\S+ ){0,6}on board\\b)`,
    0.7,
    false,
    /Bord|Team|Boot|zu sich|on board/,
  ),
  // people coming back: "rejoin OpenAI from Murati's startup", "OpenAI has welcomed back three
  // researchers", "kehrt zu OpenAI zurück"
  cue(
    "hiring",
    `(?:\\brejoin(?:s|ed|ing)?\\b|\\bwelcom(?:es|ed|ing) back\\b|\\bkehr(?:t|te|en|ten) (?:\\S+ ){0,4}zu [\\p{Lu}][\\p{L}\\p{N}-]+ zurück\\b)`,
    0.7,
    false,
    /rejoin|welcom|kehr/,
  ),
  // "We have parted ways with Barret Zoph", "trennt sich von John Giannandrea": a person let go
  cue(
    "departure",
    `(?:\\bpart(?:s|ed|ing)? ways with\\b|\\btrenn(?:t|te|en|ten) sich (?:\\S+ ){0,4}von (?:(?:seinem|ihrem|dem) (?:\\S+ ){0,3})?[\\p{Lu}][\\p{Ll}]+ [\\p{Lu}][\\p{Ll}]+)`,
    0.7,
    false,
    /ways with|trenn/,
  ),
  // a stir in the German and English press's words
  cue(
    "controversy",
    `(?:\\bsorg(?:t|te|en|ten) (?:\\S+ ){0,4}für (?:\\S+ ){0,2}(?:Ärger|Aufregung|Wirbel|Empörung|Unmut|Spott)|(?:Ärger|Wirbel|Aufregung|Unmut) um\\b|\\bsteh(?:t|en) (?:\\S+ ){0,3}in der Kritik|\\bunter Beschuss\\b|\\bin die Schusslinie\\b|\\b(?:slammed|blasted|lambasted)\\b(?! (?:the|on the) brakes| (?:higher|off|through|past|up|into))|\\bsparked (?:\\S+ ){0,2}(?:anger|debate|controversy|fury))`,
    0.65,
    false,
    /sorg|Ärger|Wirbel|Aufregung|Unmut|Kritik|slammed|blasted|lambasted|sparked|Beschuss|Schusslinie/i,
  ),
  // a service down: "a major outage", "was down for hours", "legte ChatGPT lahm"
  cue(
    "other",
    `(?:\\boutages?\\b|\\b(?:was|were|went) (?:\\S+ ){0,2}down for\\b|\\bservice disruptions?\\b|(?:stundenlang|weltweit|massiv|groß|technisch)${W} (?:Ausfall|Ausfälle|Störung${W})|\\blahm(?:gelegt|legte|legten|legt)\\b)`,
    0.6,
    false,
    /outage|down for|disruption|Ausf|Störung|lahm/i,
  ),
  // the law broken, a country or state shutting a product out, exports or imports curbed
  // ("China will den Import von Nvidias KI-Chip H200 begrenzen"), spending cut back
  cue(
    "other",
    `(?:\\bviolat${W} (?:\\S+ ){0,3}(?:laws?|rules|regulations|act)\\b|\\bbreach${W} (?:of )?(?:\\S+ ){0,3}(?:laws?|rules|regulations)\\b|\\bverst(?:ößt|ieß|ießen|oßen) (?:\\S+ ){0,5}gegen\\b|\\bVerst(?:oß|öße${W}) gegen\\b|\\b(?:suspend|ban|block|prohibit)${W} (?:\\S+ ){0,3}(?:downloads?|use|usage|access)\\b|\\b(?:Nutzung|Downloads?|Zugang|Zugriff) (?:\\S+ ){0,8}(?:untersagt|verboten|gesperrt|blockiert)\\b|\\b(?:untersag|verbiet|sperr|blockier)${W} (?:\\S+ ){0,4}(?:die Nutzung|den Download|den Zugang|den Zugriff)\\b|\\bexport (?:controls?|restrictions?|bans?|curbs|licen[cs]es?)\\b|Export(?:beschränkung|kontrolle|verbot|stopp|regel|lizenz|bestimmung)${W}|Import(?:beschränkung|verbot|stopp)${W}|\\b(?:den |die )?(?:Import|Export|Einfuhr|Ausfuhr) (?:\\S+ ){0,6}(?:begrenzen|beschränken|verbieten|untersagen|stoppen|einschränken)\\b|\\b(?:restrict|curb|limit|ban)(?:s|ed|ing)? imports\\b|\\b(?:cut(?:s|ting)?|scal(?:e|es|ed|ing)|pull(?:s|ed|ing)?) back on\\b)`,
    0.6,
    false,
    /violat|breach|verst(?:ößt|oß|ieß)|Verst(?:oß|öße)|suspend|\bban|block|restrict|prohibit|Nutzung|Download|Zugang|Zugriff|untersag|verbiet|sperr|export|import|einfuhr|ausfuhr|back on/i,
  ),
  // the leadership or a unit to be reorganised: "will die Leitung … neu ordnen"
  cue(
    "other",
    `(?:Management|Führungsebene|Führung|Leitung|Sparte|Abteilung|Konzernspitze)${W} (?:\\S+ ){0,4}neu (?:aufstellen|ordnen|organisieren|strukturieren)\\b`,
    0.6,
    false,
    /neu (?:aufstellen|ordnen|organisieren|strukturieren)/i,
  ),
  // backlash set off: "löste heftige Bedenken aus", "faced a backlash"
  cue(
    "controversy",
    `(?:\\blöst(?:e|en)? (?:\\S+ ){0,5}(?:Bedenken|Kritik|Empörung|Proteste?|Debatten?|Entrüstung|Sorgen|Ärger|Unmut|Wirbel|Shitstorm) aus\\b|\\b(?:faced|faces|facing|sparked|drew|triggered|prompted) (?:a |an )?(?:\\S+ ){0,2}backlash\\b|\\bbacklash (?:over|against|after|from)\\b)`,
    0.6,
    false,
    /löst|backlash/i,
  ),
  // a release held: "pushed the launch of its model to later this summer", "holding off on
  // releasing", "frühestens im Frühjahr ausliefern"
  cue(
    "delay",
    `(?:\\b(?:push|mov)(?:ed|es|ing)? (?:back )?(?:the |its |their )(?:\\S+ ){0,1}(?:launch|release|rollout|roll-out|debut|unveiling|introduction)\\b(?! (?:\\S+ ){0,6}(?:forward|earlier|up)\\b)|\\bhold(?:s|ing)? off (?:on )?(?:releasing|launching|shipping|the (?:release|launch|rollout))\\b|\\bheld off (?:on )?(?:releasing|launching|shipping|the (?:release|launch|rollout))\\b|\\b(?:hold(?:s|ing)?|held) back (?:the |its |their )(?:\\S+ ){0,2}(?:model|release|launch|rollout|product|version|feature)s?\\b|\\bfrühestens\\b (?:\\S+ ){0,5}(?:ausliefern|ausgeliefert|erscheinen|kommen|starten|verfügbar|veröffentlich${W}|auf den Markt))`,
    0.7,
    false,
    /push|moved|moves|moving|hold|held|frühestens/i,
  ),
  // people brought back: "holt die Gründer … zurück ins Unternehmen"
  cue(
    "hiring",
    `\\bhol(?:t|te|en|ten) (?:\\S+ ){0,8}(?:zurück (?:ins|in den|in die|zu)|ins Unternehmen)\\b`,
    0.7,
    false,
    /zurück (?:ins|in den|in die|zu)|ins Unternehmen/,
  ),
  // a flawed design: "issues with their hand design", "design flaws", "Konstruktionsfehler"
  cue(
    "architecture_problem",
    `(?:\\b(?:issues|problems|flaws?|defects?) (?:with|in) (?:\\S+ ){0,3}(?:design|hardware design|architecture)\\b|\\bdesign (?:flaws?|issues|problems|defects?)\\b|(?:Design|Konstruktions)(?:fehler|problem|mängel)${W})`,
    0.7,
    false,
    /design|Design|Konstruktion/,
  ),
  // not ready for its date, or never brought to market (a cancelled release is a delay)
  cue(
    "delay",
    `(?:\\bnicht rechtzeitig\\b|\\b(?:won['’]t|will not|would not|wouldn['’]t|not) be ready (?:\\S+ ){0,1}in time\\b|\\b(?:nicht|nie|niemals) (?:\\S+ ){0,2}auf den Markt (?:kommen|kommt|bringen|gebracht)|\\bwithout bringing (?:\\S+ ){0,2}to market\\b|\\b(?:not|never) (?:\\S+ ){0,2}(?:bring|bringing|brought|come|coming) to market\\b|\\bwon['’]t (?:\\S+ ){0,2}(?:come|go|be brought) to market\\b)`,
    0.7,
    false,
    /rechtzeitig|in time|auf den Markt|to market/i,
  ),
  // sales cut off or frozen: "restricted sales of AMD's MI308 to China", a hiring freeze
  cue(
    "other",
    `(?:\\brestrict${W} (?:\\S+ ){0,2}(?:sales|exports|shipments)\\b|\\b(?:sales|exports|shipments) (?:\\S+ ){0,6}(?:were|was|have been|has been) (?:restricted|halted|blocked|banned)\\b|\\bhiring freeze\\b|\\bfr(?:eeze|oze|ozen|eezes) (?:\\S+ ){0,2}hiring\\b|Einstellungsstop{1,2}|\\bLieferungen (?:\\S+ ){0,6}(?:untersagt|verboten|gestoppt|eingeschränkt))`,
    0.6,
    false,
    /restrict|halted|blocked|banned|hiring|freez|froze|Einstellungsstop|Lieferungen/i,
  ),
  // the German verb last: "dass ChatGPT gegen das deutsche Urheberrecht verstößt"
  cue(
    "other",
    `\\bgegen (?:\\S+ ){0,4}(?:Urheberrecht|Recht|Gesetz|Datenschutz|Kartellrecht|Wettbewerbsrecht|DSGVO|Regeln|Vorschriften)${W} (?:\\S+ ){0,2}verst(?:ößt|oßen|ieß|ießen|oße)\\b`,
    0.65,
    false,
    /verst(?:ößt|oßen|ieß|oße)/,
  ),
  // a named product shut out: "Indonesien und Malaysia haben Grok gesperrt", "Italy blocked ChatGPT",
  // "the app was pulled from app stores", "announced a ban on DeepSeek", "untersagte den Verkauf des H20"
  cue(
    "other",
    `(?:\\b(?:gesperrt|blockiert|blocked|banned)\\b|\\b(?:a|the|its) ban on\\b|\\buntersag(?:t|te|ten|en) (?:\\S+ ){0,3}(?:den Verkauf|den Export|die Nutzung|den Einsatz|den Kauf)\\b|\\b(?:pulled|removed|taken down) from (?:\\S+ ){0,2}(?:app stores?|App Store|Play Store|Google Play)\\b|\\baus (?:\\S+ ){0,2}(?:App-?Stores?|Play Store)\\p{L}* (?:zu )?(?:entfernt|entfernen|verschwunden|genommen|verbannt|verbannen)\\b|\\b(?:banned|barred) from (?:\\S+ ){0,2}(?:app stores?|App Store|Play Store|Google Play)\\b)`,
    0.55,
    true,
    /gesperrt|blockiert|blocked|banned|barred|store|google play|ban on|untersag/i,
    undefined,
    PRODUCT_NOUN,
  ),
  // people added to a team: "surge our Specialist AI tutor team by 10x", "das Team vergrößern"
  cue(
    "hiring",
    `(?:\\b(?:expand${W}|grow${W}|surge|doubl${W}|tripl${W}) (?:\\S+ ){0,5}(?:team|teams|workforce|headcount)\\b(?! (?:\\S+ ){0,3}(?:in|to) (?:China|India|Europe|London|Paris))|\\b(?:Team|Belegschaft)${W} (?:\\S+ ){0,4}(?:vergrößer${W}|aufstock${W}|ausbau${W}|verdoppel${W}))`,
    0.6,
    false,
    /expand|grow|surge|doubl|tripl|vergrößer|aufstock|ausbau|verdoppel/i,
  ),
  // a model that will not get better: "tun sich schwer damit, das Modell … zu verbessern"
  cue(
    "benchmark_underperformance",
    `(?:\\bt(?:un|ut|at|aten) sich (?:\\S+ ){0,3}schwer (?:\\S+ ){0,8}(?:zu )?verbessern\\b|\\bstruggl${W} to (?:\\S+ ){0,3}improve\\b)`,
    0.7,
    false,
    /schwer|struggl/i,
  ),
  // a building project given up or stopped (data centres, chip plants: `other`, docs/labelling.md):
  // "scrapped plans to expand a data center", "Pläne zur Erweiterung eines Rechenzentrums aufgegeben"
  cue(
    "other",
    `(?:\\b(?:scrap${W}|abandon${W}|shelv${W}|cancel${W}|paus${W}|halt${W}|freez${W}|froze|stop${W}|put on hold) (?:\\S+ ){0,5}(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|chip (?:plant|factory|factories)|factor(?:y|ies)|fabs?|campus(?:es)?|construction|build-?outs?)\\b|\\b(?:data ?cent(?:er|re)|datacent(?:er|re)|factory|fab|campus|construction)s? (?:\\S+ ){0,6}(?:(?:(?:was|were|has been|have been|is|are|had been) )?(?:scrapped|abandoned|shelved|cancell?ed|paused|halted|put on hold)|(?:was|were|has been|have been|is|are|had been|would be|will be|is being) (?:postponed|delayed|pushed back))\\b|(?:[\\p{L}]+-)?(?:Rechenzentr|Chipfabrik|Fabrik|Werk(?:s|es)?\\b|Erweiterung|Ausbau|Campus|Fertigungsanlage|Produktionsanlage|Produktionsstätte|Fertigungsstätte)\\p{L}* (?:\\S+ ){0,8}(?:aufgegeben|aufgeben|gestoppt|stoppen|auf Eis gelegt|auf Eis|eingestellt|abgesagt|gestrichen|pausiert|verschoben|verzögert)\\b|\\b(?:stopp(?:t|te|ten|en)|leg(?:t|te|ten|en) (?:\\S+ ){0,6}auf Eis|verschieb(?:t|en)|verschob(?:en)?) (?:\\S+ ){0,6}(?:Rechenzentr|Chipfabrik|Fabrik|Ausbau|Bau)\\p{L}*|\\b(?:delay|delays|delayed|postpone|postpones|postponed) (?:the )?construction of (?:\\S+ ){0,3}(?:factor(?:y|ies)|fabs?|plants?|data cent(?:er|re)s?)\\b)`,
    0.6,
    false,
    /data ?cent|datacent|plant|factor|\bfabs?\b|campus|construction|build-?out|Rechenzentr|Fabrik|Werk|Erweiterung|Ausbau|\bBau|anlage|stätte/i,
  ),
  // a product that fails a customer's or a regulator's tests: "bei Tests von Nvidia durchgefallen",
  // "hätten den Test nicht bestanden", "failed Nvidia's qualification tests"
  cue(
    "benchmark_underperformance",
    `(?:\\b(?:bei|in|an) (?!kein\\p{L}* )(?:\\S+ ){0,6}[\\p{L}-]*(?:Test|Tests|Prüfung|Prüfungen)\\b (?:\\S+ ){0,20}durchgefallen\\b|\\b(?:Test|Tests|Prüfung|Prüfungen)${W} (?:\\S+ ){0,8}nicht bestanden\\b|\\b(?:Test|Tests|Verifizierungstest\\p{L}*|Qualifizierungstest\\p{L}*)\\b (?:\\S+ ){0,12}gescheitert\\b|\\bscheitert\\p{L}* (?:\\S+ ){0,3}an (?:\\S+ ){0,3}Tests?\\b|\\bfail(?:s|ed|ing)? (?:to pass )?(?:\\S+ ){0,5}(?:qualification|verification|validation|certification|safety|quality) tests?\\b|\\bflunk(?:s|ed|ing)? (?:\\S+ ){0,4}tests?\\b)`,
    0.65,
    false,
    /durchgefallen|bestanden|test|prüfung/i,
  ),
  // hardware that runs too hot or draws too much power, and the redesign it forces: "overheating
  // issues in server racks", "zu heiß laufen", "had to rethink the design of its server racks"
  cue(
    "architecture_problem",
    `(?:\\boverheat${W}|\\b(?:getting|runs?|running|ran|gets) too hot\\b|\\bÜberhitzung${W}|\\büberhitz${W}|\\bzu hei(?:ß|ss) (?:werden|wurden|wird|laufen|liefen|läuft)\\b|\\b(?:werden|wurden|wird|laufen|liefen|läuft) (?:\\S+ ){0,3}zu hei(?:ß|ss)(?![\\p{L}])|\\b(?:rethink|rework|redesign|revise|change)${W} (?:\\S+ ){0,4}(?:design|layout) of (?:\\S+ ){0,3}(?:racks?|chips?|servers?|boards?|systems?)\\b)`,
    0.7,
    false,
    /overheat|too hot|berhitz|zu hei|design of|layout of/i,
  ),
  // someone replaced in a post leaves it: "Er löst Mikhail Parakhin ab", "löst den bisherigen Chef
  // Jan Müller ab" (a name and a person in the sentence: "Gemini löst den Google Assistant ab" is no
  // one leaving)
  cue(
    "departure",
    `\\bl(?:öst|östen|öste|östen) (?:(?:den|die|seinen|ihren|seine|ihre) )?(?:(?:bisherigen|langjährigen|scheidenden|amtierenden) )?(?:[\\p{L}-]*(?:[Cc]hef|CEO|Leiter|Vorstand|Präsident)\\p{L}* )?\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}-]+ (?:\\S+ ){0,4}ab\\b`,
    0.6,
    false,
    /lös/i,
    /(?:Chef|CEO|Leiter|Vorstand|Präsident|Manager|\b[Ee]r\b|\b[Ss]ie\b)/u,
  ),
  // a post lost: "ist seinen Posten als CEO los", "verliert ihren Job", "lost his job as CEO"
  // ("out of concern of losing their job" is no departure)
  cue(
    "departure",
    `(?:\\b(?:ist|sind|war|waren) (?:\\S+ ){0,2}(?:seinen|ihren|den) (?:Posten|Job|Chefposten|Vorstandsposten|Sitz)(?: \\S+){0,5} los\\b|\\bverl(?:iert|ieren|or|oren) (?:\\S+ ){0,2}(?:seinen|ihren|den) (?:Posten|Job|Chefposten|Vorstandsposten)\\b|\\blost (?:his|her) (?:job|post|position|seat) (?:as|at)\\b)`,
    0.7,
    false,
    /Posten|Job|Sitz|lost (?:his|her)/,
  ),
  // German puts the verb last: "dass Altman und weitere Forscher zu Microsoft wechseln"
  cue(
    "departure",
    `\\b(?:zu|zum|zur) (?:(?!zu )\\S+ ){1,3}(?:wechseln|wechselt|wechselte|wechselten|gewechselt)\\b`,
    0.7,
    false,
    /wechsel/i,
  ),
  // a court case in other words: "has taken Microsoft to the Federal Court", "zieht gegen X vor Gericht"
  cue(
    "other",
    `(?:\\b(?:took|taken|takes|taking|take) (?:\\S+ ){1,4}to (?:the )?(?:\\S+ )?court\\b|\\bvor (?:\\S+ )?Gericht (?:ziehen|gezogen|zieht|zog|gebracht|bringen)\\b|\\b(?:zieht|zog|ziehen) (?:\\S+ ){0,4}vor (?:\\S+ )?Gericht\\b)`,
    0.7,
    false,
    /[Cc]ourt|Gericht/,
  ),
  // a regulator's code refused: "will not sign the EU's code of practice", "verweigert die
  // Unterschrift unter dem KI-Verhaltenskodex der EU"
  cue(
    "other",
    `(?:\\b(?:will not|won['’]t|refus(?:es|ed|ing)? to|declin(?:es|ed|ing)? to|does not|did not|not to) sign (?:\\S+ ){0,6}(?:code|pact|pledge|commitments?)\\b|\\bverweiger\\p{L}* (?:\\S+ ){0,3}(?:Unterschrift|Unterzeichnung) (?:\\S+ ){0,6}(?:Kodex|Verhaltenskodex|Pakt|Selbstverpflichtung|KI-Verhaltenskodex)\\p{L}*|\\b(?:nicht|keine?) (?:\\S+ ){0,4}(?:Kodex|Verhaltenskodex|KI-Verhaltenskodex|Pakt)\\p{L}* (?:\\S+ ){0,3}unterzeichnen\\b)`,
    0.7,
    false,
    /sign|Unterschrift|Unterzeichnung|unterzeichnen/,
  ),
  // a recall of what a lab shipped: "is recalling all 950 of its cars to update its software",
  // "voluntary software recall", "ruft 50.000 Fahrzeuge wegen eines Softwarefehlers zurück"
  cue(
    "architecture_problem",
    `(?:\\brecall(?:s|ed|ing)\\b (?:\\S+ ){0,6}(?:vehicles|cars|robotaxis|trucks|software|devices|units|products|chips|servers|pins?)\\b|\\b(?:voluntary|software|safety) recall\\b|\\bRückruf\\p{L}*|\\bruf(?:t|en) (?:\\S+ ){0,8}(?:Fahrzeug|Auto|Wagen|Gerät|Produkt|Robotaxi|Software|Chip)\\p{L}* (?:\\S+ ){0,6}zurück\\b|\\bzurückgerufen\\b)`,
    0.75,
    false,
    /recall|Rückruf|zurück/,
  ),
  // a product held back from a region: "stops EU roll-out of AI model", "will release … but not in
  // the EU", "nicht in der EU einführen"
  cue(
    "delay",
    `(?:\\b(?:stop|halt|paus|suspend|freez)${W} (?:\\S+ ){0,3}roll-?outs?\\b|\\b(?:will|would|won['’]t|does|do|did)(?: not|n['’]t)? (?:\\S+ ){0,2}(?:roll[- ]?out|release|launch|offer) (?:\\S+ ){0,8}in (?:Europe|the EU|the European Union)\\b|\\bbut not in (?:Europe|the EU|the European Union)\\b|\\bnicht aber in (?:den |der )?(?:EU|Europa|EU-Ländern|EU-Staaten)\\b|\\bnicht in (?:der EU|Europa) (?:\\S+ ){0,3}(?:veröffentlich|einführ|start|anbiet)${W}|(?:Einführung|Start|Marktstart) (?:\\S+ ){0,4}in (?:der EU|Europa) (?:\\S+ ){0,3}(?:gestoppt|ausgesetzt|verschoben|auf Eis))`,
    0.65,
    false,
    /roll-?outs?\b|Europe|\bEU\b|Europa/,
  ),
  // a chatbot that misbehaves: "aus dem Ruder gelaufen", "beleidigte die KI sie", "odd, even
  // disturbing behavior by the chatbot", "went off the rails" — said of a named or determined product
  quality(
    `(?:\\baus dem Ruder (?:gelaufen|gerät|geriet|laufen|läuft|lief)\\b|\\bbeleidigt${W} (?:\\S+ ){0,3}(?:Nutzer|User|Anwender)\\p{L}*|\\b(?:insult${W}|berat${W}|threaten${W}) (?:\\S+ ){0,2}users\\b|\\boff the rails\\b|\\bunhinged\\b|\\b(?:odd|strange|bizarre|disturbing|erratic|unsettling|creepy)(?:,? (?:\\S+ ){0,2}(?:odd|strange|bizarre|disturbing|erratic|unsettling|creepy))? (?:\\S+ ){0,2}(?:behaviou?r|responses|answers|replies|conversations)\\b|\\b(?:seltsam|merkwürdig|verstörend|bizarr|übergriffig|unangemessen)\\p{L}* (?:\\S+ ){0,2}(?:Verhalten|Antworten|Aussagen|Äußerungen)\\b|\\bAntworten (?:\\S+ ){0,6}(?:übergriffig|unangemessen|verstörend|beleidigend)\\b)`,
    /Ruder|beleidigt|insult|berat|threaten|rails|unhinged|odd|strange|bizarre|disturbing|erratic|unsettling|creepy|seltsam|merkwürdig|verstörend|bizarr|übergriffig|unangemessen|Antworten/i,
  ),
  // a model that loses its thread in long sessions, a limit of its design: "lengthy chat sessions
  // tend to confuse the underlying chat model", "durch sehr lange Konversationen verwirrt wird"
  cue(
    "architecture_problem",
    `(?:\\bconfus${W} (?:\\S+ ){0,3}(?:model|chatbot|bot|system|AI)\\b|\\b(?:lange|längere|lengthy|long|longer) (?:\\S+ ){0,3}(?:Konversationen|Unterhaltungen|Chats|Sitzungen|conversations|chats|sessions)\\b (?:\\S+ ){0,4}["„“»]?(?:verwirrt|durcheinander|confus${W}))`,
    0.65,
    false,
    /confus|verwirrt|durcheinander/i,
  ),
  // a security incident (`other`, a setback of the lab's own): "inadvertently exposed 38TB of
  // personal data", "Hackers infiltrated OpenAI", "a security breach", "Datenleck", "gehackt", "die
  // Datenbank stand offen im Netz", "64 Millionen Datensätze preisgab" (stop 28, b33)
  cue(
    "other",
    `(?:\\b(?:leak(?:ed|s|ing)?|expos(?:ed|es|ing)) (?:\\S+ ){0,4}(?:data|records|documents|source code|code|information|files|credentials|passwords|Daten|Dokumente)\\b|\\b(?:security|data) breach(?:es)?\\b|\\b(?:was|were|been|got|get|gets|being) hacked\\b|\\bhackers? (?:\\S+ ){0,2}(?:gained|got|stole|broke|infiltrated|accessed|breached|compromised)\\b|\\bcyber-?attacks? (?:on|against)\\b|\\binfiltrat(?:ed|es|ing)\\b|\\bDaten(?:leck|panne|diebstahl|schutzpanne)\\p{L}*|\\bSicherheits(?:lücke|panne|vorfall)\\p{L}*|\\bgehackt\\b|\\bHackerangriff\\p{L}*|\\bCyberangriff\\p{L}*|\\b(?:stand|standen|steht|stehen|lag|lagen) (?:\\S+ ){0,3}(?:offen|ungeschützt) im (?:Netz|Internet)\\b|\\b(?:ungeschützt|frei zugänglich|öffentlich zugänglich) (?:im (?:Netz|Internet) )?(?:\\S+ ){0,2}(?:veröffentlicht|abrufbar|einsehbar)\\b|\\bDatensätze (?:\\S+ ){0,3}(?:preisgab|preisgegeben|offengelegt|geleakt)\\b|\\bpreis(?:gab|gegeben) (?:\\S+ ){0,4}Datensätze\\b)`,
    0.6,
    false,
    /leak|expos|breach|hack|cyber|infiltrat|Daten|Sicherheits|Hacker|Cyberangriff|offen im|ungeschützt|zugänglich|preis/i,
  ),
  // chats or data shown to others by a bug, a data breach in German, a service down (`other`):
  // "die Konversationsverläufe einiger Nutzer für Dritte offengelegt", "a bug exposed users' chat
  // histories", "Datenverletzung", "Datenpanne", "took ChatGPT offline after a bug", "outage"
  cue(
    "other",
    `(?:\\b(?:Daten|Konversationsverläufe|Chatverläufe|Verläufe|Gespräche|Zahlungsdaten|Nachrichten|Chats)\\b (?:\\S+ ){0,6}(?:offengelegt|einsehbar|sichtbar|zugänglich)\\b|\\bexpos(?:ed|es|ing) (?:\\S+ ){0,4}(?:chat histories|histories|conversations|chats|messages|e-?mails|payment)\\b|\\bDaten(?:verletzung|panne|schutzverletzung)\\p{L}*|\\b(?:outages?|Störung|Ausfall|Ausfälle)\\b|\\b(?:System|Server|Dienst|Netz)(?:ausfall|ausfälle|ausfällen|störung|störungen)\\b|\\b(?:went|was|were) down\\b (?:\\S+ ){0,3}(?:for|hours|users|worldwide|weltweit)|\\b(?:bug|glitch|Fehler|Panne)\\b (?:\\S+ ){0,8}(?:offline|vom Netz)\\b|\\b(?:offline|vom Netz)\\b (?:\\S+ ){0,8}(?:bug|glitch|Fehler|Panne)\\b)`,
    0.6,
    false,
    /Daten|Verläufe|Gespräche|Nachrichten|Chats|expos|outage|Störung|Ausfall|Ausfälle|ausfäll|ausfall|down|bug|glitch|Fehler|Panne|offline|Netz/i,
  ),
  // private data found in search results: "private ChatGPT conversations showed up in Google
  // search results", "Private Gespräche … tauchten in den Suchergebnissen … auf"
  cue(
    "other",
    `(?:\\b(?:showed up|show up|shows up|appeared|appear|surfaced|were indexed|became searchable) (?:\\S+ ){0,4}(?:search results|search engines?)\\b|\\b(?:tauchten|tauchen|taucht) (?:\\S+ ){0,6}(?:Suchergebnissen|Suchmaschinen?) (?:\\S+ ){0,2}auf\\b|\\bin (?:den )?Suchergebnissen (?:\\S+ ){0,4}aufgetaucht\\b)`,
    0.6,
    false,
    /search|Suchergebnissen|Suchmaschine/i,
  ),
  // jobs that go without a cutting verb: "7800 Stellen nicht mehr neu besetzen", "Positionen
  // entfallen", "Jobs einsparen" (a hiring freeze cuts no job: "Einstellungsstopp" is none)
  cue(
    "layoff",
    `(?:\\b(?:Stellen|Jobs|Positionen|Arbeitsplätze)\\b (?:\\S+ ){0,4}(?:nicht (?:mehr )?(?:neu |nach)?besetz\\p{L}*|entfallen|entfielen|wegfallen|weggefallen|eingespart|einsparen|einzusparen)\\b|\\b(?:einsparen|einsparen will|spart) (?:\\S+ ){0,3}(?:Stellen|Jobs|Positionen|Arbeitsplätze)\\b)`,
    0.7,
    false,
    /Stellen|Jobs|Positionen|Arbeitsplätze|einspar|spart/,
  ),
  // a company bought by what is paid for it: "Google zahlt 32 Milliarden Dollar für israelische
  // Sicherheitsfirma Wiz", "legt für die Cybersicherheitsfirma Wiz 32 Milliarden … auf den Tisch",
  // "is paying $32 billion for the cloud security startup" (a licence or a fee names no company)
  cue(
    "acquisition",
    `(?:\\bzahl(?:t|te|ten|en) (?:\\S+ ){0,3}(?:Milliarden|Millionen|Mrd\\.|Mio\\.)\\s*(?:US-)?(?:Dollar|Euro)? (?:\\S+ ){0,2}für (?:die |den |das )?(?:\\S+ ){0,2}[\\p{L}-]*${COMPANY_NOUN_DE}|\\blegt (?:\\S+ ){0,2}für (?:die |den |das )?(?:\\S+ ){0,2}[\\p{L}-]*${COMPANY_NOUN_DE} (?:\\S+ ){1,10}auf den Tisch\\b|\\bpa(?:ys|id|ying|y) (?:\\S+ ){0,2}(?:US)?\\$\\s?[\\d.,]+\\s*(?:billion|bn|million|m|B)?\\b (?:\\S+ ){0,1}for (?:the |a )?(?:\\S+ ){0,3}(?:startup|start-up|company|firm|maker|developer|provider)\\b)`,
    0.7,
    false,
    /zahl|legt|pay|paid/i,
  ),
  // a takeover offer: "bietet 97,4 Milliarden Dollar für OpenAI", "offered $97.4 billion to buy OpenAI"
  cue(
    "acquisition",
    `(?:\\b(?:bietet|bot|boten|bieten) (?:\\S+ ){0,4}(?:Milliarden|Millionen|Mrd\\.|Mio\\.)\\s*(?:US-)?(?:Dollar|Euro)? (?:\\S+ ){0,2}für\\b|\\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?) (?:\\S+ ){0,3}(?:US)?\\$\\s?[\\d.,]+\\s*(?:billion|bn|million|m|B)?\\b (?:\\S+ ){0,2}(?:to (?:buy|acquire|take over)|for (?:control of )?(?:the )?\\p{Lu})|\\b(?:Übernahmeangebot|Kaufangebot|takeover (?:bid|offer)|unsolicited (?:bid|offer))\\b)`,
    0.65,
    false,
    /biete|bot|offer|bid|angebot|takeover|unsolicited/i,
  ),
  // a share of revenue handed over (a licence or export fee, `other`): "have agreed to pay the
  // United States government 15 percent of their revenue", "15 Prozent ihrer Umsätze abführen"
  cue(
    "other",
    `(?:\\b(?:agree[sd]? to (?:pay|hand over|give)|will pay|must pay|to pay) (?:\\S+ ){0,6}\\d+(?:[.,]\\d+)? ?(?:%|percent|per cent) of (?:\\S+ ){0,2}(?:revenue|revenues|sales|proceeds)\\b|\\b\\d+(?:[.,]\\d+)? ?(?:%|Prozent) (?:ihrer|seiner|der|ihres|seines) (?:\\S+ ){0,2}(?:Umsätze|Umsatzes|Einnahmen|Erlöse)\\b (?:\\S+ ){0,6}(?:abführen|abgeben|zahlen|überweisen|abzuführen|abzugeben|zu zahlen))`,
    0.6,
    false,
    /pay|hand over|give|Umsätze|Umsatzes|Einnahmen|Erlöse/i,
  ),
  // labour disputes are `other` (docs/labelling.md): strikes, walkouts, a union drive
  cue(
    "other",
    `(?:\\bstreik(?:t|en|te|ten)\\b|\\b(?:Warn)?[Ss]treik(?:s|es)?\\b|\\bArbeitsniederlegung\\p{L}*|\\b(?:went|go|goes|going|walked|walk) (?:out )?on strike\\b|\\bstrik(?:e|es|ing) workers\\b|\\bwalk-?outs?\\b|\\bunioni[sz](?:e|es|ed|ing|ation)\\b|\\bunion (?:drive|vote|election)\\b|\\borgani[sz]e (?:\\S+ ){0,5}union\\b|\\b(?:approached|joined|contacted) (?:\\S+ ){0,4}Union\\b (?:\\S+ ){0,6}organi[sz]e|\\bGewerkschaft\\p{L}* (?:\\S+ ){0,4}(?:gründen|beitreten|organisieren)\\b)`,
    0.65,
    false,
    /streik|Streik|Arbeitsniederlegung|strike|walk|unioni|union|Union|Gewerkschaft/,
  ),
  // staff protesting their employer is a stir: "staged sit-ins", "protestierten mit Sitzstreiks"
  cue(
    "controversy",
    `(?:\\bsit-ins?\\b|\\bSitzstreik\\p{L}*|\\b(?:employees|staff(?:ers)?|workers|engineers|Mitarbeite\\p{L}*|Beschäftigte\\p{L}*|Angestellte\\p{L}*) (?:\\S+ ){0,4}(?:protest(?:ed|ing)?|protestierten|protestieren|demonstrierten)\\b)`,
    0.6,
    false,
    /sit-in|Sitzstreik|protest|demonstrierten/i,
  ),
  // a legal demand, a raid: "sent Google a cease-and-desist letter", "Abmahnung", "raided Nvidia's
  // offices", "durchsuchte die Büros von Nvidia", "Razzia"
  cue(
    "other",
    `(?:\\bcease[- ]and[- ]desist\\b|\\bUnterlassungs(?:aufforderung|erklärung|klage)\\p{L}*|\\bAbmahnung\\p{L}*|\\babgemahnt\\b|\\braid(?:ed|s|ing)?\\b (?:\\S+ ){0,4}(?:offices?|headquarters|premises)\\b|\\bdawn raids?\\b|\\bRazzia\\p{L}*|\\bdurchsucht\\p{L}* (?:\\S+ ){0,6}(?:Büros?|Räume|Geschäftsräume|Zentrale|Firmensitz)\\b)`,
    0.7,
    false,
    /cease|Unterlassung|Abmahnung|abgemahnt|raid|Razzia|durchsucht/i,
  ),
  // cuts in other words: "gave the pink slip to 689 employees", "fünf Prozent der Belegschaft
  // austauschen", "Mitarbeiter aussortieren"
  cue(
    "layoff",
    `(?:\\bpink slips?\\b|\\b(?:Belegschaft|Mitarbeite\\p{L}*|Beschäftigte\\p{L}*|Angestellte\\p{L}*) (?:\\S+ ){0,3}(?:austauschen|auszutauschen|aussortieren|auszusortieren|verkleinern|zu verkleinern)\\b)`,
    0.65,
    false,
    /pink slip|austausch|aussortier|verkleinern/i,
  ),
  // money received from a named investor: "Figure AI received $100 million from Microsoft",
  // "erhielt 100 Millionen Dollar von Microsoft", "hat von Microsoft zehn Milliarden Dollar
  // bekommen" (damages or fines are received from no investor)
  cue(
    "investment",
    `(?:\\b(?:received|receives|receiving|erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|bekommen) (?:\\S+ ){0,4}(?:billion|million|bn|Milliarden|Millionen|Mrd\\.|Mio\\.)(?: (?:US-)?(?:Dollar|Euro))? (?:\\S+ ){0,3}(?:from|von) (?:investors|Investoren|Geldgebern|\\p{Lu})|\\bvon (?:Investoren|Geldgebern|\\p{Lu}\\S*) (?:\\S+ ){0,3}(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:US-)?(?:Dollar|Euro) (?:\\S+ ){0,2}(?:erhalten|bekommen)\\b)`,
    0.65,
    false,
    /receiv|erhielt|erhält|erhalten|bekam|bekommt|bekommen/i,
  ),
  // a business in trouble (`other`): a product that sold a fraction of its plan, returns above
  // sales, a company up for sale ("only sold 10,000 units", "mehr … zurückgegeben als eingekauft",
  // "seeking to sell itself to HP", "sucht einen Käufer")
  cue(
    "other",
    `(?:\\b(?:only|just) sold\\b|\\bsold (?:only|just)\\b|\\b(?:nur|lediglich) (?:\\S+ ){0,3}verkauft\\b|\\bverkaufte (?:\\S+ ){0,3}(?:nur|lediglich)\\b|\\b(?:returns|Rücksendungen|Rückgaben) (?:\\S+ ){0,3}(?:outpac|exceed|surpass|überst|übertr)\\p{L}*|\\bmehr (?:\\S+ ){0,3}zurückgegeben als\\b|\\breturned more (?:\\S+ ){0,3}than\\b|\\b(?:seeking|looking|exploring|explores|explored|sucht|suchte|suchen|prüft|prüfte) (?:\\S+ ){0,3}(?:to sell (?:itself|the company|the business)|a (?:sale|buyer)|einen Käufer|Käufer|einen Verkauf|den Verkauf des Unternehmens)\\b|\\b(?:put|puts) (?:itself )?up for sale\\b|\\bsteht zum Verkauf\\b)`,
    0.6,
    false,
    /sold|verkauf|Rücksend|Rückgab|returns|zurückgegeben|returned|sell|sale|Käufer/i,
  ),
  // a regulator acting on a lab or its product (`other`): a summons, an order to explain, a ban on
  // buying it, a warning to avoid it ("summoned Nvidia", "vorgeladen", "asked Nvidia to explain",
  // "banned … from buying Nvidia's AI chips", "urged local companies to avoid Nvidia's H20")
  cue(
    "other",
    `(?:\\bsummon(?:s|ed|ing)\\b|\\bvorgeladen\\b|\\bzu einem (?:Treffen|Gespräch) (?:\\S+ ){0,2}(?:vor|ein)geladen\\b|\\basked (?:\\S+ ){0,3}to explain\\b|\\b(?:urged|told|instructed|ordered|advised) (?:\\S+ ){0,4}(?:companies|firms|businesses) (?:\\S+ ){0,3}(?:to avoid|to stop (?:buying|using|ordering)|not to (?:buy|use|order))\\b|\\b(?:banned|barred|prohibited) (?:\\S+ ){0,8}from (?:buying|using|ordering|testing)\\b|\\b(?:rät|riet|raten) (?:\\S+ ){0,4}(?:Firmen|Unternehmen|Konzernen) (?:\\S+ ){0,3}ab\\b)`,
    0.65,
    false,
    /summon|vorgeladen|geladen|explain|urged|told|instructed|ordered|advised|banned|barred|prohibited|rät|riet|raten/i,
  ),
  // production of a product halted (`other`): "asked suppliers to halt production of its H20
  // chip", "die Produktion des H20-Chips zu stoppen"
  cue(
    "other",
    `(?:\\b(?:halt|stop|suspend|pause|freeze)\\p{L}* (?:\\S+ ){0,2}(?:production|manufacturing|work) (?:of|on)\\b|\\bProduktion (?:\\S+ ){0,4}(?:zu stoppen|stoppen|gestoppt|einzustellen|eingestellt|auszusetzen|ausgesetzt)\\b)`,
    0.65,
    false,
    /production|manufacturing|work|Produktion/i,
  ),
  // a hiring freeze and a unit split up (`other`): "setzt die Einstellungen … aus", "has frozen
  // hiring", "is splitting its AI unit into four groups", "teilt seine KI-Abteilung in vier Teams auf"
  cue(
    "other",
    `(?:\\bsetz(?:t|te|en) (?:\\S+ ){0,2}Einstellungen (?:\\S+ ){0,6}aus\\b|\\bEinstellungen (?:\\S+ ){0,4}ausgesetzt\\b|\\b(?:froze|frozen|freezes|freezing|paused|pauses) hiring\\b|\\bhiring (?:freeze|pause)\\b|\\b(?:splitting|splits|split|breaking up|broke up|breaks up) (?:\\S+ ){0,4}(?:unit|division|team|group|lab|organi[sz]ation)s? into\\b|\\bteil(?:t|te|en) (?:\\S+ ){0,4}[\\p{L}-]*(?:Abteilung|Sparte|Einheit|Bereich|Organisation)\\p{L}* (?:\\S+ ){0,3}in (?:\\S+ ){0,2}(?:Teams|Gruppen|Einheiten|Bereiche) auf\\b)`,
    0.65,
    false,
    /Einstellungen|hiring|split|breaking up|broke up|breaks up|teil/i,
  ),
  // staff, money, rules and products in the words of real news (cue-business.ts)
  ...BUSINESS_CUES,
  // products held back in a region or for now, sign-ups paused (cue-holdbacks.ts)
  ...HOLDBACK_CUES,
  ...QUALITY_CUES,
  // employees held for spying (`other`, a security incident): "arrested three TSMC employees over
  // suspected theft of trade secrets", "wegen mutmaßlicher Betriebsspionage festgenommen"
  cue(
    "other",
    `(?:\\b(?:arrested|detained|indicted|charged) (?:\\S+ ){0,9}(?:trade secrets|espionage|spying)\\b|\\b(?:Betriebsspionage|Industriespionage|Spionage|Geschäftsgeheimnis\\p{L}*) (?:\\S+ ){0,6}(?:festgenommen|verhaftet|angeklagt)\\b|\\b(?:festgenommen|verhaftet|angeklagt) (?:\\S+ ){0,6}(?:Betriebsspionage|Industriespionage|Spionage|Geschäftsgeheimnis\\p{L}*))`,
    0.7,
    false,
    /arrested|detained|indicted|charged|Spionage|Geschäftsgeheimnis|festgenommen|verhaftet|angeklagt/i,
  ),
  // a big order or a purchase commitment is money put in (docs/labelling.md): "bestellte 300.000
  // H20-Chipsätze bei TSMC", "ordered 100,000 GPUs", "hat sich verpflichtet, Cloud-Leistungen im
  // Wert von 250 Milliarden Dollar … abzurufen", "committed to buy $250 billion of Azure services"
  cue(
    "investment",
    `(?:${ORDER_OF_A_COUNT}[\\d.,]* (?:\\S+ ){0,2}(?:[\\p{L}\\p{N}-]*Chips?\\b|[\\p{L}\\p{N}-]*Chipsätze|GPUs|Grafikprozessoren|Prozessoren|processors|accelerators|Beschleuniger)|\\b(?:committed|commits|has committed|verpflichtet) (?:\\S+ ){0,8}(?:im Wert von|worth|\\$\\s?\\d|\\d[\\d.,]* (?:Milliarden|Millionen|billion|million)))`,
    0.65,
    false,
    /bestellt|ordered|orders|committed|commits|verpflichtet/i,
  ),
  // sales lost, in dollars (`other`): "Nvidia's H20 sales fell by $4 billion", "Umsatzeinbußen von
  // 4,5 Milliarden Dollar"
  cue(
    "other",
    `(?:\\b(?:sales|revenue|revenues)\\b (?:\\S+ ){0,4}(?:fell|dropped|declined|shrank|plunged) (?:by )?(?:about |roughly |some )?(?:US)?\\$\\s?\\d|\\bUmsatz(?:einbußen|ausfälle|ausfall|verlust\\p{L}*) (?:\\S+ ){0,3}(?:von|in Höhe von) (?:\\S+ ){0,2}\\d)`,
    0.6,
    false,
    /sales|revenue|Umsatz/i,
  ),
];
