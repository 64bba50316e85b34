/**
 * Cue words that make a sentence a proposal for a typed event, German and English.
 * A cue gives a type and a confidence; the subject, numbers and dates come from the sentence.
 * Weak cues ("Enttäuschung", "Der Haken") only count when the sentence names a model, because
 * on their own they are as often about the market or the article's tone as about a lab.
 */
import type { ExtractEventType } from "./types";
import { cue, W, type Cue, type CueHit } from "./cue-pattern";
import { FAMILY_CUES, familyHits, mayHaveFamilyCue } from "./cue-families";
import { settleConflicts } from "./cue-conflicts";
import { stockHit } from "./cue-stock";
import { haltHit } from "./cue-halt";
import { VOCABULARY_CUES } from "./cue-vocabulary";
import { PRODUCT_NOUN } from "./product-noun";
import { NEWS_VERB_CUES } from "./cue-news-verbs";
import { gatePasses, trigramsOf } from "./literal-gate";
import { inRelativeClause } from "./background";

export type { Cue, CueHit } from "./cue-pattern";

const ARCHITECTURE_HINT = /rchite[kc]tur/i;

export const CUES: Cue[] = [
  // delay
  cue(
    "delay",
    `\\b(?:verschoben|verschieben|verschiebt|verschob|Verschiebung${W}|verzöger${W}|Verzögerung${W}|hinausgezögert|lässt auf sich warten)`,
    0.8,
    false,
    /versch|verzöger|hinausgezögert|auf sich warten/i,
  ),
  cue(
    "delay",
    `(?:später (?:\\S+ ){0,3}als (?:geplant|erwartet|angekündigt|vorgesehen|gedacht)|sollte (?:\\S+ ){0,3}eigentlich|war (?:ursprünglich|eigentlich) (?:\\S+ ){0,4}(?:geplant|vorgesehen))`,
    0.6,
    false,
    /später|eigentlich|ursprünglich/iu,
  ),
  cue(
    "delay",
    `(?:arbeite[nt]?|arbeitete) (?:schon |bereits )?seit (?:geraumer|langer|längerer) Zeit an`,
    0.45,
    false,
    /seit/iu,
  ),
  cue(
    "delay",
    `\\b(?:delay${W}|postpon${W}|push(?:ed|es|ing)? back(?! (?:\\S+ )?(?:on|against)\\b)|push(?:ed|es|ing)? (?:it |them |\\S+ \\S+ )?off (?:until|till|to|into)\\b|behind schedule|later than (?:originally |initially )?(?:planned|expected|promised|announced|anticipated|intended|scheduled)|slipp(?:ed|ing)|was (?:originally |initially )?(?:supposed|slated|scheduled|due) to (?:(?:be|have been) )?(?:launch|ship|release|arrive|debut|come|start|go|roll|open|begin|hit|appear|deliver|enter|reach|available|ready|out|unveil|introduc|present|replace|power|run|finish|complete)\\p{L}*)`,
    0.8,
    false,
    /delay|postpon|back|schedule|later than|slipp|supposed|slated|due to|push/i,
  ),
  cue(
    "delay",
    `\\b(?:had (?:originally |initially )?planned to (?:ship|launch|release|unveil|present)|had been (?:planned|scheduled|slated) for)`,
    0.6,
    false,
    /had /iu,
  ),
  // benchmark_underperformance
  cue(
    "benchmark_underperformance",
    `(?:schlechter abschneid${W}|(?:nicht|kaum) (?:\\S+ ){0,2}besser abschneid${W}|Fortschritte (?:\\S+ ){0,12}zu (?:klein|gering)|hinter (?:den )?Erwartungen|nicht für Aufsehen|verfehlt (?:\\S+ ){0,3}(?:Branchenstandards|Standards|Erwartungen)|(?:schlecht|schwach)${W} (?:Benchmarks?|Ergebniss${W}|Leistung)|rangiert (?:\\S+ ){0,12}hinter)`,
    0.75,
    false,
    /abschneid|Fortschritt|Erwartung|Aufsehen|verfehlt|[Ss]chlecht|[Ss]chwach|rangiert/i,
  ),
  cue(
    "benchmark_underperformance",
    `(?:underperform${W}|fell short|falls short|fall short|lag(?:s|ged|ging)? (?:\\S+ ){0,2}?behind(?! schedule)|trail(?:s|ed|ing)? (?:\\S+ ){0,3}(?:rivals|competitors|models|offerings|OpenAI|Google|Anthropic)|worse than|below expectations|rank(?:ed|s|ing)? (?:far |much |significantly |considerably )?lower\\b|(?:poor|weak|disappointing) (?:benchmark${W}|results|performance|scores)|(?:not|n['’]t) (?:\\S+ ){0,2}better than|(?:far |much |significantly |considerably )?(?:smaller|modest|marginal|insubstantial|incremental) (?:\\S+ ){0,2}(?:improvements?|gains?|leaps?|jumps?|progress)|(?:geringere|kleinere|bescheidene|marginale)[nr]? (?:\\S+ ){0,2}(?:Fortschritt${W}|Verbesserung${W}|Sprung|Sprünge|Zuwächse))`,
    0.75,
    false,
    /underperform|short|behind|trail|worse|below|rank|poor|weak|disappointing|better than|smaller|modest|marginal|insubstantial|incremental|geringere|kleinere|bescheidene|marginale/i,
  ),
  cue(
    "benchmark_underperformance",
    `(?:Enttäuschung|enttäuschend|nicht wie erhofft|disappointment|disappointing|underwhelm${W}|\\bflop(?:s|ped)?\\b|\\bFlop\\b|\\bdud\\b|landed with a (?:\\S+ )?thud|\\bnicht die Nummer (?:1|eins)\\b|\\b(?:landet|landete|liegt|lag|kommt|kam|belegt|belegte) (?:\\S+ ){0,4}(?:nur|lediglich|bloß)["„“»]? (?:\\S+ ){0,2}(?:auf (?:dem|den) )?(?:zweiten|dritten|vierten|fünften|\\d+\\.) Platz|\\bonly (?:came|comes|ranks?|ranked|placed|finished) (?:\\S+ ){0,2}(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th))\\b)`,
    0.5,
    true,
    /enttäusch|erhofft|disappoint|underwhelm|flop|dud|thud|Nummer|Platz|only (?:came|comes|rank|placed|finished)/iu,
  ),
  cue(
    "benchmark_underperformance",
    `(?:Problem${W} (?:\\S+ ){0,6}Modellqualität|Modellqualität (?:\\S+ ){0,4}(?:Problem${W}|mangelhaft|unzureichend)|model quality (?:\\S+ ){0,4}(?:problem|issue|concern)s?)`,
    0.55,
    false,
    /Modellqualität|model quality/iu,
  ),
  // a model that cannot do what it should: "didn't reliably handle some queries", "nicht zuverlässig
  // beantworten", a CEO "dissatisfied with its performance", gains that engineers "aren't able to achieve"
  cue(
    "benchmark_underperformance",
    `(?:(?:did|could|does|can|would)(?:n['’]t| not) (?:\\S+ ){0,2}(?:reliably|correctly|properly|effectively|consistently) (?:handle|answer|process|perform|solve)${W}|fail(?:ed|s|ure)? to (?:\\S+ ){0,2}(?:handle|answer|process|perform|solve|match|beat|outperform)${W}|dissatisf${W} with (?:\\S+ ){0,3}(?:performance|results|capabilities)|(?:not|n['’]t) (?:be )?able to (?:achieve|deliver|match) (?:\\S+ ){0,6}(?:performance|gains|leaps|improvements?)|(?:nicht|kaum) (?:\\S+ ){0,3}zuverlässig (?:\\S+ ){0,3}(?:bearbeiten|beantworten|verarbeiten|lösen|erkennen)${W}|unzufrieden (?:\\S+ ){0,2}mit (?:\\S+ ){0,3}(?:Leistung|Performance|Ergebniss${W}|Fähigkeiten)|gelingt es (?:\\S+ ){0,6}nicht,? (?:\\S+ ){0,8}(?:zu )?verbessern|nicht (?:signifikant|wesentlich|deutlich) (?:\\S+ ){0,4}(?:verbesser${W}|besser))`,
    0.7,
    false,
    /reliabl|correctly|properly|effectively|consistently|fail|dissatisf|able to|zuverlässig|unzufrieden|gelingt|nicht (?:signifikant|wesentlich|deutlich)/i,
  ),
  // quality words that are as often about the whole field: only with a model named
  cue(
    "benchmark_underperformance",
    `(?:unreliab${W}|hallucinat${W}|inaccura(?:cy|cies|te answers)|(?:factual|basic|glaring|embarrassing) (?:\\S+ ){0,1}(?:errors?|mistakes?)|(?<!politically )(?:false|wrong|incorrect) (?:information|answers?|claims?)|an error in|(?<!strengths and )weakness(?:es)?|\\bbuggy\\b|unzuverlässig${W}|Halluzination${W}|halluzinier${W}|\\berfinde[tn] (?:\\S+ ){0,4}(?:Quellen|Fakten|Zitate|Studien)|falsche (?:Informationen|Angaben|Antworten)|Probleme mit der (?:Genauigkeit|Zuverlässigkeit)|(?<!Stärken und )Schwächen|\\b(?:schlechter|schwächer) als (?:\\S+ ){0,2}(?:Vorgänger|Konkurrenz|erwartet|erhofft))`,
    0.55,
    true,
    /reliab|hallucin|inaccura|error|mistake|false|wrong|incorrect|weakness|buggy|zuverlässig|halluzin|erfinde|falsche|Probleme mit|Schwächen|schlechter|schwächer/i,
    undefined,
    PRODUCT_NOUN,
  ),
  // architecture_problem
  cue(
    "architecture_problem",
    `(?:unsauber entworfen|neu programmier${W}|von Grund auf neu (?:aufbauen|entwickeln|programmieren|schreiben)|Codebasis (?:\\S+ ){0,2}verwerfen|Neuaufbau|Neustart|Architekturfehler|rebuil(?:d|t)${W}|(?:start${W}|build${W}|develop${W}|redesign${W}|redo${W}|over) (?:\\S+ ){0,4}from scratch|re-?architect${W}|rewrit${W} (?:\\S+ ){0,3}(?:code|codebase|software|system|stack|architecture|from scratch)|(?:code|codebase|software|system|stack) (?:\\S+ ){0,3}rewrit${W}|flawed architecture|architectural (?:flaw|problem|issue)s?)`,
    0.8,
    false,
    /unsauber|programmier|Grund auf|Codebasis|Neuaufbau|Neustart|Architektur|rebuil|scratch|architect|rewrit/i,
  ),
  cue(
    "architecture_problem",
    `(?:(?:Fehler|fehlerhaft${W}|Problem${W}|scheiter${W}|Integration)(?:\\s+\\S+){0,8}?\\s+\\S*[Aa]rchitektur|\\S*[Aa]rchitektur${W}(?:\\s+\\S+){0,6}?\\s+(?:Fehler|Probleme|scheiter${W}))`,
    0.7,
    false,
    ARCHITECTURE_HINT,
  ),
  cue(
    "architecture_problem",
    `(?:(?:flaw${W}|problem${W}|issue${W}|broken|struggl${W}|integrat${W})(?:\\s+\\S+){0,6}?\\s+architecture|architecture(?:\\s+\\S+){0,4}?\\s+(?:flaw${W}|problem${W}|issue${W}|broken))`,
    0.7,
    false,
    ARCHITECTURE_HINT,
  ),
  // a training run that fails on the chosen hardware or setup
  cue(
    "architecture_problem",
    `(?:(?:kein\\p{L}*|nicht) (?:\\S+ ){0,2}(?:erfolgreich\\p{L}* )?Trainingsl(?:auf|äufe)${W}|Trainingsl(?:auf|äufe)${W} (?:\\S+ ){0,4}(?:scheiter${W}|gescheitert|fehlgeschlagen)|(?:failed|unsuccessful) training runs?|training runs? (?:\\S+ ){0,5}(?:failed|fail)|(?:no|not|n['’]t) (?:\\S+ ){0,3}(?:a )?successful training run)`,
    0.7,
    false,
    /[Tt]raining/,
  ),
  cue(
    "architecture_problem",
    `(?:Designfehler${W}|Konstruktionsfehler${W}|Designproblem${W}|Konstruktionsproblem${W}|Fehler im (?:Chip-?)?Design|design (?:flaw|issue|problem|defect)s?|flaw${W} in (?:the |its )?design)`,
    0.75,
    false,
    /design|konstruktion/iu,
  ),
  // departure
  cue(
    "departure",
    `(?:\\bverlassen|verließ${W}|verlässt|Abgang|Abgänge${W}|ausgeschieden|scheidet (?:\\S+ ){0,3}aus|nicht mehr bei (?:\\S+ ){1,3}tätig|Fluktuation|zum Rücktritt|zurückgetreten|abgeworben|kehrt (?:\\S+ ){0,3}den Rücken|tritt (?:\\S+ ){0,4}zurück|trat (?:\\S+ ){0,4}zurück|zurückzutreten|zurücktrete|\\bRücktritt|gefeuert|geschasst|abgesetzt|vor die Tür gesetzt|seinen Hut|räumt (?:\\S+ ){0,2}(?:seinen|ihren) Posten|verliert (?:seinen|ihren) (?:CEO|Chef\\p{L}*|Gründer\\p{L}*|Mitgründer\\p{L}*)|\\bgeht von Bord|\\b(?:seinen|ihren) Austritt\\b)`,
    0.8,
    false,
    /verl|Abg|ausgeschieden|scheidet|nicht mehr bei|Fluktuation|Rücktritt|zurück|abgeworben|Rücken|gefeuert|geschasst|abgesetzt|Tür|Hut|Posten|verliert|Bord|Austritt/i,
  ),
  cue(
    "departure",
    `\\b(?:departed|departure${W}|depart(?!ment)${W}|quit|quits|resign${W}|exodus|stepp(?:ed|ing) down|steps? down|step aside|poach(?:es|ed)?|defect(?:ed|ions?)|fired(?! up\\b)|ousted|ouster|sacked|removed as|forced out|pushed out)\\b`,
    0.8,
    false,
    /depart|quit|resign|exodus|step|poach|defect|fired|oust|sacked|removed as|forced out|pushed out/iu,
  ),
  // "left", "leave", "exit" are as often about products and plans: only with people in the sentence
  cue(
    "departure",
    `\\b(?:(?<!\\b(?:what(?:['’]s| is| was)|nothing|little|anything|much|is|are|was|were|been)\\s)left(?!\\s+(?:over|behind|alone|out|unchanged|untouched|open|in place|with)\\b)|leave|leaving|exit(?:ed|s|ing)?)\\b`,
    0.7,
    false,
    // … or a person's name leaving a company: "Igor Babuschkin is leaving xAI"
    /(?:CEO|\bC[A-Z]{1,2}O\b|chief|head of|founder|co-founder|executive|researcher|engineer|scientist|president|officer|director|vice president|VP|employees|staff|hires|lead(?:er)?|predecessor|successor|\b(?:he|she)\b|\b[\p{Lu}][\p{Ll}]+ (?:(?:van|von|de|da|del|di|le|la|ten|ter) )?(?:Mc|Mac|O['’])?[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)? (?:is |has |will )?(?:leaving|leaves|left|exiting|exits) (?:\p{Ll}*[\p{Lu}]|the (?:company|startup|start-up|firm)\b))/u,
  ),
  // people moving to another company, or a lab losing its people: only with people in the sentence
  cue(
    "departure",
    `(?:\\bwechsel(?:t|te|n|ten) (?:\\S+ ){0,3}(?:zu|zur|zum)\\b|\\bgeh(?:t|en) (?:\\S+ ){0,2}zu\\b|\\bging(?:en)? (?:\\S+ ){0,2}zu\\b|den Rücken gekehrt|\\b(?:verlor|verloren|verliert) (?:\\S+ ){0,5}[\\p{L}]*-?(?:Manager|Forscher|Chef|Mitarbeite|Beschäftigte|Angestellte|Schlüsselkräfte|Führungskräfte|Talente|Entwickler|Ingenieure)\\p{L}*|\\b(?:joins|joined|joining|will join|are joining|return(?:s|ed|ing)? to|(?:will )?go(?:es)? to|going to|mov(?:e|es|ed|ing) to|head(?:s|ed|ing)? (?:off )?to|defect(?:s|ed)? to)\\b|\\blost (?:\\S+ ){0,4}(?:executives?|researchers?|engineers?|leaders?|scientists?|pioneers?|veterans?|founders?|co-founders?|talent|staff(?:ers)?|workers|employees|team members)\\b)`,
    0.7,
    false,
    /(?:CEO|\bC[A-Z]{1,2}O\b|Chef|chief|head of|Leiter|founder|[Gg]ründer|executive|Manager|researcher|Forscher|engineer|Ingenieur|scientist|Wissenschaftler|president|Präsident|officer|director|Direktor|employees|Mitarbeite|Beschäftigte|staff|Team|team|Schlüsselkräfte|Führungskräfte|talent|pioneer|Pionier|veteran|creator|(?:bisher|zuvor|zuletzt|lange|langjährig) bei|formerly (?:at|with)|previously at|\b(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Sein|Seine|Ihr|Ihre|The|A|An|This|That|Its|Their)\s)[\p{Lu}][\p{Ll}]+ (?:Mc|Mac|O['’])?[\p{Lu}][\p{Ll}]+ (?:wechselt|wechselte|geht|ging|moves|moved)\b)/u,
  ),
  // layoff
  cue(
    "layoff",
    `(?:Personalabbau|Stellenabbau|Jobabbau|Arbeitsplatzabbau|\\bfall(?:en|t) (?:\\S+ ){0,4}(?:Stellen|Jobs|Arbeitsplätze) weg\\b|Stellenstreichung${W}|(?:Stellen|Jobs|Arbeitsplätze) (?:\\S+ ){0,6}(?:zu )?(?:streichen|abbauen|abzubauen|wegfallen)|(?:streich|bau)(?:t|en) (?:\\S+ ){0,12}?[\\p{L}-]*(?:Stellen|Jobs|Arbeitsplätze)|(?:kürz|kapp)(?:t|en) (?:(?:rund|fast|knapp|etwa|mehr als|über|weitere|bis zu|zahlreiche|Hunderte|Tausende|[\\d.,]+|\\p{L}*(?:hundert|tausend|Tausend|Hundert)|zwei|drei|vier|fünf|zehn|zwanzig|dreißig|fünfzig)\\s+){1,3}(?:Stellen|Jobs|Arbeitsplätze)\\b|(?:Stellen|Jobs|Arbeitsplätze) gestrichen|Entlassung${W}|entl[aä]ss${W}|Kündigungswelle|(?:trennt|trennen|trennte|trennten) sich (?:\\S+ ){0,4}von (?:\\S+ ){0,4}(?:Mitarbeite\\p{L}*|Beschäftigten|Angestellten|Personal)|\\b(?:die|der) (?:\\S+ ){0,2}gehen müssen\\b|(?:Mitarbeite\\p{L}*|Beschäftigte\\p{L}*|Stellen|Arbeitsplätze|Jobs) (?:\\S+ ){0,3}(?:sind |seien |wären )?betroffen\\b)`,
    0.85,
    false,
    /abbau|streich|kürz|kapp|stellen|jobs|arbeitspl|entl[aä]ss|kündigungswelle|trenn|gehen müssen|betroffen/iu,
  ),
  cue(
    "layoff",
    `\\b(?:layoffs?|lay(?:s|ing)? off|laid off|let go|job cuts?|loss(?:es)? of (?:about |around |some |roughly |more than )?[\\d,.]+ (?:jobs|employees|workers|positions|roles|staff)|cut(?:s|ting)? (?:\\S+ ){0,6}(?:jobs|positions|roles|staff|workforce|employees)|eliminat${W} (?:\\S+ ){0,4}(?:jobs|positions|roles)|reduc${W} (?:its )?(?:workforce|headcount)|reduc${W} (?:\\S+ ){0,3}[\\d,.]+ (?:jobs|positions|roles|employees)\\b|downsiz${W}|redundanc${W})`,
    0.85,
    false,
    /lay|laid|let go|loss|cut|eliminat|reduc|downsiz|redundanc/iu,
  ),
  // investment
  cue(
    "investment",
    `(?:investier${W}|Investition${W}|Milliarden-Investitionen|verplant|Investitionsausgaben|Capex|Ausgaben (?:von|in Höhe|zwischen|auf|um)\\b|Finanzierungsrunde|Finanzierung${W}|eingesammelt|sammel(?:t|n|te|ten) (?:\\S+ ){0,6}ein|sammel(?:t|n|te|ten) (?:\\S+ ){0,6}(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:\\S+ ){0,12}?ein\\b|einzusammeln|einsammeln|\\bsicher(?:t|te|ten|n) sich (?:\\S+ ){0,8}?(?:Milliarden|Millionen|Mrd\\.|Mio\\.)|(?:steck|pump)(?:t|en|te|ten) (?:\\S+ ){0,6}in\\b|\\bin (?:\\S+ ){1,8}(?:zu )?(?:stecken|pumpen)\\b|beteilig(?:t|en|te|ten) sich|Beteiligung|Geldgeber\\p{L}*|Kapitalspritze|Series [A-F]\\b|Serie-[A-F]\\b|(?:Dollar|Euro)(?:-| )(?:schwere[nr]? )?Runde\\b|\\bRunde\\b(?= (?:\\S+ ){0,6}angeführt\\b))`,
    0.7,
    false,
    /investi|Capex|verplant|Ausgaben|Finanzierung|sammel|sicher|steck|pump|beteilig|Geldgeber|Kapitalspritze|Serie|Runde/i,
  ),
  cue(
    "investment",
    `\\b(?:invest(?:s|ed|ing|ment|ments)?|capex|capital expenditures?|(?<!(?:government|public|consumer|federal|military|defen[cs]e) )spending|funding(?: round)?|(?:raised|raises|raising)(?! (?:\\S+ )?(?:questions|concerns|doubts|fears|eyebrows|alarms?|hopes|expectations|the (?:bar|stakes|question|prospect|alarm)|prices|awareness|flags?|warnings?|criticism|objections|suspicions|s[ck]epticism|issues|risks?|(?:its|the|their) (?:target|forecast|outlook|guidance|estimate)s?))|financing|backed by|led by|pour(?:s|ed|ing)? (?:\\S+ ){0,4}into|Series [A-F]|(?:million|billion|\\d+(?:[.,]\\d+)?\\s?(?:[mb]n|[MB])) (?:\\S+ ){0,2}round)\\b`,
    0.7,
    false,
    /invest|capex|capital expenditure|spending|funding|rais|financing|backed by|led by|pour|series|round/iu,
  ),
  // acquisition
  cue(
    "acquisition",
    `(?:Anteil (?:\\S+ ){0,8}(?:erwerben|erworben|übernehmen|kaufen)|\\berwirbt|\\berwarb|übernimmt|übernahm|übernehme\\b|übernommen\\b|übernähme\\b|\\bsicher(?:t|te|ten|n) sich (?:\\S+ ){0,4}(?:Anteile|Anteil|Beteiligung|Aktienpaket)|Übernahme${W}|aufgekauft|\\bkauft|\\bkaufte|\\bgekauft|Kauf (?:von|des|der)|Übernahmeangebot|Kaufangebot|(?<![\\p{L}])(?<!\\b(?:early|late|nuclear|sensor|data|multimodal|cold) )(?<![\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]* (?=Fusion(?!\\s+(?:mit|von|zwischen|der|des|aus|with|of)\\b)))Fusion(?!\\s+(?:technique|technology|approach|architecture|reactor|energy|power))|Kontakt (?:\\S+ ){0,20}aufgenommen|\\b(?:will|wollen|wolle|möchte|soll|sollen|werde|werden|wird)\\s+(?:\\S+\\s+){1,12}?kaufen\\b)`,
    0.8,
    false,
    /Anteil|erw[io]rb|übern|Übernahme|kauf|Kauf|Fusion|Kontakt/i,
  ),
  // "will X übernehmen": a company bought, unless a role or people are taken on (PEOPLE_TAKEN)
  cue(
    "acquisition",
    `(?<!(?:Rolle|Leitung|Verantwortung|Posten|Aufgabe\\p{L}*|Führung|Vorsitz|Kosten|Amt|Geschäfte|Regie|Kommando|Steuer) (?:\\S+ ){0,3})(?<!\\p{L})übernehmen(?!\\p{L})`,
    0.75,
    false,
    /übernehmen/,
  ),
  // "already owns a stake" is not a deal; the stake has to be bought or taken.
  cue(
    "acquisition",
    `\\b(?:(?:buy|buys|buying|bought|acquire[sd]?|acquiring|take|takes|took|taking|purchase[sd]?|purchasing)\\s+(?:a |an )?(?:\\S+ ){0,3}(?:stake|share)|(?<!\\b(?:newly|recently)[- ])acquir${W}|acquisition${W}|takeover|merger|to buy|agreed to buy|(?:will|would) buy|buys|bought|(?:take|takes|took|taking|taken) over (?:\\S+ ){0,3}(?:company|startup|firm|business|assets|operations|rival|maker)|(?:offer${W}|bid${W}) (?:\\S+ ){0,6}(?:to (?:buy|purchase|acquire)|for)|approached)\\b`,
    0.8,
    false,
    /buy|bought|acqui|take|took|taking|purchas|merger|offer|bid|approached/iu,
  ),
  // hiring
  cue(
    "hiring",
    `(?:Antrittsprämie${W}|Abwerbe${W}|rekrutier${W}|anheuer${W}|angeheuert|\\bheuer(?:t|te|ten) (?:\\S+ ){1,12}an\\b|Neueinstellung${W}|(?:neue[nr]?|weitere[nr]?) Mitarbeite|[\\p{L}-]*(?:Mitarbeite|Forscher|Entwickler|Leute|Experten)\\S* (?:\\S+ ){0,4}(?:eingestellt|einstellen)|Kampf um Talente)`,
    0.7,
    false,
    /prämie|abwerbe|rekrutier|heuer|einstellung|mitarbeite|eingestellt|einstellen|talente/iu,
  ),
  cue(
    "hiring",
    `\\b(?:hire[sd]?(?! (?:\\S+ ){0,4}(?:left|departed|quit|have left|has left|exited|are leaving))|(?<!\\b(?:froze|frozen|freezes|freezing|freeze|paused|pauses|halted|halts|stopped|suspended) )hiring(?! freeze| pause| stop)|recruit${W}|signing bonus${W}|talent war|poach${W}|join(?:s|ed|ing)? (?:Meta|OpenAI|Google|Anthropic|xAI|Microsoft|its|the company)(?![\\p{L}'’]*\\s+(?:\\S+\\s+){0,4}?(?:round|funding|financing|board)\\b))\\b`,
    0.7,
    false,
    /hire|hiring|recruit|signing bonus|talent war|poach|join/iu,
  ),
  // controversy
  cue(
    "controversy",
    `(?:einräum${W}|eingeräumt|räumte (?:\\S+ ){0,5}ein|Kontroverse${W}|Skandal${W}|Vorw(?:u|ü)rf${W}|irreführend${W}|manipulier${W}|hätte (?:\\S+ ){0,4}mitteilen müssen|Shitstorm|Empörung|Datenschutz(?:bedenken|probleme|sorgen|kritik)|Aufschrei)`,
    0.75,
    false,
    /einräum|eingeräumt|räumte|kontrovers|skandal|vorw[uü]rf|irreführend|manipulier|mitteilen müssen|shitstorm|empörung|datenschutz|aufschrei/iu,
  ),
  cue(
    "controversy",
    `\\b(?:controvers(?!ial\\b)${W}|(?:is|was|are|were|proved|became|remains) (?:\\S+ ){0,1}controversial|scandal${W}|backlash|outcry|uproar|(?<!für )fur(?:or|ore)\\b|firestorm|ridicule${W}|mockery|derision|Spott|Häme|privacy (?:concerns|fears|backlash|nightmare)|admit(?:s|ted)?|misleading|accus${W}|allegation${W}|(?<!-)offensive (?:\\S+ )?(?:content|images?|output|outputs|responses|answers|remarks|posts|jokes|material|language|comments|statements|messages|stereotypes|pictures|text)\\b|\\b(?:is|was|were|are|as|deemed|called) offensive\\b|racist|inaccurate images)\\b`,
    0.75,
    false,
    /controvers|scandal|backlash|outcry|uproar|furor|firestorm|ridicule|mockery|derision|spott|häme|privacy|admit|misleading|accus|allegation|offensive|racist|inaccurate images/iu,
  ),
  cue("controversy", `(?:Der Haken|The catch)`, 0.45, false, /haken|catch/iu),
  // criticism on its own is everywhere in tech news; it is a controversy when a product is named
  cue(
    "controversy",
    `(?:Kritik|kritisiert${W}|Gegenwind|Sicherheitsbedenken|criticism|criticiz${W}|criticis${W}|security concerns)`,
    0.5,
    true,
    /kritik|kritisiert|gegenwind|sicherheitsbedenken|critic|security concerns/iu,
  ),
  // other: reorganisations, licence payments, one-off charges, data shortages …
  cue(
    "other",
    `(?:Umstrukturierung${W}|Neuorganisation|Reorganisation|umgebaut|Umbau (?:des|der)|(?:Struktur|Konzern|Unternehmens|Firmen)umbau${W}|\\b(?:den|einen|seinen|ihren) Umbau (?:\\S+ ){0,4}(?:ab\\b|abgeschlossen|vollzogen|beendet)|(?<![\\p{L}\\p{N}.]-)(?<!\\bunter (?:\\S+ ){0,2})Lizenz(?:gebühr${W}|zahlung${W}|vereinbarung${W}|deal${W}|abkommen)?\\b|Sonderbelastung${W}|Abschreibung${W}|Wertberichtigung${W}|\\b(?:Beteiligung|Investition|Anteil)\\p{L}* (?:\\S+ ){0,6}(?:abschreiben|abzuschreiben|abgeschrieben)\\b|\\bschreib(?:t|en|te|ten) (?:\\S+ ){0,6}(?:Beteiligung|Investition|Anteil|Millionen|Milliarden|Mrd\\.|Mio\\.)\\p{L}* (?:\\S+ ){0,4}ab\\b|Einmalkosten|Datenmangel|(?:Mangel|Knappheit) an (?:\\S+ ){0,2}(?:Trainings)?[Dd]aten|Trainingsdaten (?:\\S+ ){0,4}(?:knapp|aus))`,
    0.6,
    false,
    /umstruktur|neuorganisation|reorganisation|umgebaut|umbau|lizenz|sonderbelast|schreib|wertberich|einmalkost|datenmangel|mangel|knappheit|trainingsdaten/i,
  ),
  // … regulators and courts
  cue(
    "other",
    `(?:Kartell\\p{L}*|EU-Kommission (?:\\S+ ){0,6}(?:prüf|untersuch|ermittel)\\p{L}*|Ermittlung${W}|Untersuchung (?:gegen|wegen|der|des)|\\bverklag${W}|(?<!be)Klage${W}|Sammelklage|Urheberrechtsklage|Vergleich (?:mit|über|in Höhe)|(?:auf einen|einen) Vergleich|Bußgeld${W}|Geldstrafe|Strafe (?:von|in Höhe)|zu einer (?:\\S+ ){0,2}Strafe|(?:Datenschutz|Kartell|Wettbewerbs|Urheberrechts)verstö(?:ß|ss)${W}|Verstö(?:ß|ss)e gegen|(?:wieder|zurück) in (?:den|das|ins) (?:Verwaltungsrat|Vorstand|Gremium|Board)|wieder ins Gremium)`,
    0.6,
    false,
    /kartell|kommission|ermittl|untersuchung|klag|vergleich|bußgeld|geldstrafe|strafe|verstö|gremium|vorstand|verwaltungsrat|board/i,
  ),
  // losses, charges, downgrades, bans, deals that fall apart
  cue(
    "other",
    `(?:Nettoverlust${W}|(?:Milliarden|Millionen)(?:-| )Verlust${W}|(?:schreib|mach|verbuch|meld)(?:t|en|te|ten) (?:\\S+ ){0,3}Verlust${W}|Einbußen in (?:Milliarden|Millionen)höhe|Gesamtverlust${W}|Quartalsverlust${W}|Milliardenverlust${W}|operativen Verlust|Verlust(?:e)? (?:von|in Höhe)|Sonderabschreibung|herabgestuft|Kursziel (?:\\S+ ){0,3}gesenkt|Verbot|verbietet|verboten|(?:Deal|Übernahme|Vereinbarung|Gespräche)\\p{L}* (?:\\S+ ){0,4}(?:geplatzt|platzt(?! (?:\\S+ ){0,2}(?:zwischen|mitten|in)\\b)|gescheitert|scheitert)|Justizministerium|Kartellamt)`,
    0.55,
    false,
    /verlust|Einbu|abschreibung|herabgestuft|Kursziel|verbot|verbiet|platzt|scheiter|Justiz|Kartellamt/i,
  ),
  cue(
    "other",
    `\\b(?:net loss${W}|operating loss${W}|burn(?:s|ed|ing)? through (?:\\S+ ){0,4}(?:cash|money)|quarterly loss${W}|(?:post|report|book|record)(?:s|ed|ing)? (?:a |an )?(?:\\S+ ){0,3}loss(?:es)?(?! of (?:about |around |some |roughly |more than )?[\\d,.]+ (?:jobs|employees|workers|positions|roles|staff))|loss(?:es)? of(?! (?:about |around |some |roughly |more than )?[\\d,.]+ (?:jobs|employees|workers|positions|roles|staff))|(?:took|takes|take|record${W}) (?:a |an )?(?:\\S+ ){0,3}charge|downgrad${W}|bann(?:ed|ing)|bans|(?:deal|talks|agreement) (?:\\S+ ){0,3}(?:collaps${W}|fell apart|falls? through|fell through)|pull(?:ed|ing|s)? back|Justice Department|DOJ)\\b`,
    0.55,
    false,
    /loss|charge|downgrad|\bban|collaps|apart|through|burn|pull|Justice|DOJ/i,
  ),
  cue(
    "other",
    `\\b(?:restructur${W}|reorganiz${W}|reorganis${W}|(?<![\\p{L}\\p{N}.]-)(?<!\\b(?:under|open[- ]source) (?:\\S+ ){0,2})licen[cs](?:e|es|ed|ing)|royalt${W}|one-(?:off|time) charge${W}|write-?down${W}|write-?off${W}|(?:wrote|writes|writing) (?:down|off)|impairment${W}|running out of (?:\\S+ ){0,2}(?:data|cash|money)|shortage of (?:\\S+ ){0,2}data|data shortage)\\b`,
    0.6,
    false,
    /restruct|reorgani|licen|royalt|one-|write|wrote|impair|running out of|shortage of|data shortage/i,
  ),
  cue(
    "other",
    `\\b(?:antitrust|probe|investigat${W}|inquiry|lawsuit${W}|sued|sues|suing|copyright (?:claims?|infringement|case|suit)|class action|settlement|settle[sd]?(?! (?:at|around|near|closer|somewhere|between|into|down)\\b)|fined|fine of|penalty|(?:rejoin${W}|back on) the board|reinstat${W})\\b`,
    0.6,
    false,
    /antitrust|probe|investigat|inquiry|lawsuit|sue|suing|copyright|class action|settle|fine|penalt|board|reinstat/i,
  ),
];

function allHits(cues: Cue[], sentence: string, hasModel: boolean): CueHit[] {
  const out: CueHit[] = [];
  const trigrams = trigramsOf(sentence);
  for (const c of cues) {
    if (c.gate && !gatePasses(c.gate, trigrams)) continue;
    if (c.hint && !c.hint.test(sentence)) continue;
    if (c.reGate && !gatePasses(c.reGate, trigrams)) continue;
    if (c.needsModel && !hasModel && !c.orProduct?.test(sentence)) continue;
    for (const m of sentence.matchAll(c.re)) {
      if (c.requires && !c.requires.test(sentence)) break;
      out.push({ type: c.type, confidence: c.confidence, index: m.index, length: m[0].length });
    }
  }
  return out;
}

/**
 * Cue hits in a sentence, one per type (the strongest, then the first), after the rules for cues
 * of one sentence that tell the same fact twice (cue-conflicts.ts).
 */
export function findCues(sentence: string, hasModel: boolean): CueHit[] {
  const hits = [
    ...allHits(CUES, sentence, hasModel),
    ...allHits(VOCABULARY_CUES, sentence, hasModel),
    ...allHits(NEWS_VERB_CUES, sentence, hasModel),
  ];
  if (mayHaveFamilyCue(sentence))
    hits.push(...allHits(FAMILY_CUES, sentence, hasModel), ...familyHits(sentence));
  const halt = haltHit(sentence);
  if (halt) hits.push(halt);
  const move = stockHit(sentence);
  if (move) hits.push(move);
  // "Microsoft, which has poured $13 billion into OpenAI, will invest $5 billion in Anthropic": a
  // cue in a relative clause tells the subject's past; one of the same type in the main clause wins
  const aside = new Map<CueHit, boolean>();
  const inAside = (h: CueHit) => {
    let yes = aside.get(h);
    if (yes === undefined) aside.set(h, (yes = inRelativeClause(sentence, h.index)));
    return yes;
  };
  const best = new Map<ExtractEventType, CueHit>();
  for (const h of hits) {
    const prev = best.get(h.type);
    if (!prev) {
      best.set(h.type, h);
      continue;
    }
    const stronger =
      h.confidence > prev.confidence || (h.confidence === prev.confidence && h.index < prev.index);
    if (stronger ? !inAside(h) || inAside(prev) : inAside(prev) && !inAside(h)) best.set(h.type, h);
  }
  settleConflicts(sentence, best);
  return [...best.values()].sort((a, b) => a.index - b.index);
}
