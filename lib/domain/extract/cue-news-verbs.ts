/**
 * The everyday verbs of the core types in the forms news uses, found with invented probe
 * sentences in stop 21: separable German verbs with their object between ("schiebt die
 * Einführung … auf", "stellt das Team … ein"), participles after their object ("Stellen …
 * gestrichen", "Schlüsselkräfte verloren"), and English idioms ("lured away", "on their way out").
 */
import { cue, W, type Cue } from "./cue-pattern";

export const NEWS_VERB_CUES: Cue[] = [
  // the everyday verbs of the core types, in the forms news uses ("ist dabei zu kaufen", separable
  // German verbs with their object between): job cuts …
  cue(
    "layoff",
    `(?:\\b(?:Stellen|Jobs|Arbeitsplätze) (?:\\S+ ){0,4}(?:gestrichen|abgebaut)\\b|\\b(?:Belegschaft|Personal|Mitarbeiterzahl|Mitarbeiterstamm)${W} (?:\\S+ ){0,4}(?:abbauen|abgebaut|reduzieren|reduziert|verkleinern|verkleinert|verringern|verringert)\\b|\\b(?:reduzier|verkleiner|verringer)(?:t|te|ten|en) (?:\\S+ ){0,4}(?:Belegschaft|Personal|Mitarbeiterzahl)\\b|\\bvor die Tür\\b|\\bKahlschlag\\b|\\bfir(?:ed|es|ing) (?:\\S+ ){0,3}(?:\\d[\\d,.]*|hundreds|thousands|dozens) (?:of )?(?:employees|workers|staff|people|contractors)\\b|\\bpink slips\\b)`,
    0.8,
    false,
    /gestrichen|abgebaut|abbauen|reduzier|verkleiner|verringer|vor die Tür|Kahlschlag|fir(?:ed|es|ing)|pink slips/i,
  ),
  // … a company bought …
  cue(
    "acquisition",
    `(?:\\b(?:is|are|was|were) (?:\\S+ ){0,1}buying\\b|\\bbuying (?:the |an? |its )?(?:\\S+ ){0,2}(?:startup|start-up|company|firm|maker|rival|developer|business)\\b|\\b(?:kauft|kaufte|kauften) (?:\\S+ ){0,4}(?:Start-up|Startup|Firma|Unternehmen|Konzern|Hersteller|Entwickler|Rivalen|Konkurrenten)${W}|\\b(?:erwirbt|erwarb|erworben)\\b)`,
    0.75,
    false,
    /buying|kauft|erwirbt|erwarb|erworben/i,
  ),
  // … people hired …
  cue(
    "hiring",
    `(?:\\blur(?:e|es|ed|ing) (?:\\S+ ){0,4}away\\b|(?<!\\b(?:into|hit|hits|hitting|a|some|few|several|any|no|the|major|minor|technical|unexpected|more) )\\bsnag(?:s|ged|ging)\\b|\\btap(?:s|ped|ping)? (?:\\S+ ){0,5}to (?:lead|run|head)\\b|\\bst(?:ellt|ellte|ellten) (?:\\S+ ){0,6}(?:Team|Mitarbeiter|Forscher|Entwickler|Ingenieur|Manager|Chef|Gründer|Experten)${W} (?:\\S+ ){0,6}ein\\b|\\bw(?:irbt|arb|erben) (?:\\S+ ){0,6}ab\\b|\\babgeworben\\b|\\bverpflichtet (?:\\S+ ){0,3}(?:den|die|einen|eine|mehrere)\\b)`,
    0.7,
    false,
    /lur|snag|tap|stellt|ellte|wirbt|warb|werben|abgeworben|verpflichtet/i,
  ),
  // … a release held back ("schiebt … auf", "hält … zurück", "lässt weiter auf sich warten") …
  cue(
    "delay",
    `(?:\\bsch(?:iebt|ob|oben) (?:\\S+ ){0,6}(?:Einführung|Start|Marktstart|Veröffentlichung|Launch|Auslieferung|Vorstellung|Release)${W} (?:\\S+ ){0,6}auf\\b|\\bh(?:ält|ielt|alten|ielten) (?:\\S+ ){0,3}(?:Einführung|Start|Marktstart|Veröffentlichung|Launch|Auslieferung|Release)${W} (?:\\S+ ){0,4}zurück\\b|\\blässt (?:\\S+ ){1,3}auf sich warten\\b)`,
    0.75,
    false,
    /sch(?:iebt|ob)|h(?:ält|ielt|alten)|auf sich warten/i,
  ),
  // … money to be spent ("Ausgaben … erhöhen", "raised its capex forecast") …
  cue(
    "investment",
    `(?:\\b(?:Ausgaben|Investitionen|Investitionsausgaben|Budget)${W} (?:\\S+ ){0,12}(?:erhöhen|erhöht|steigern|gesteigert|ausweiten|ausgeweitet|aufstocken|aufgestockt)\\b|\\b(?:rais|boost|increas|lift)(?:e|es|ed|ing|s)? (?:its |their )?(?:\\S+ ){0,2}(?:spending|capex|capital expenditures?|investment) (?:forecast|guidance|plans?|outlook)?)`,
    0.7,
    false,
    /Ausgaben|Investition|Budget|spending|capex|capital expenditure|investment/i,
  ),
  // … a fine, an accusation, a product switched off
  cue("other", `\\b(?:Geldbuße${W}|Strafzahlung${W})`, 0.65, false, /Geldbuße|Strafzahlung/),
  cue(
    "controversy",
    `(?:\\bw(?:irft|arf|arfen|erfen) (?:\\S+ ){0,8}vor\\b|\\bdrew (?:\\S+ ){0,1}ridicule\\b)`,
    0.6,
    false,
    /w(?:irft|arf|erfen)|ridicule/,
  ),
  cue(
    "other",
    `(?:\\b(?:schalte[tn]?|schaltete[n]?) (?:\\S+ ){0,6}ab\\b|\\babschalten\\b|\\babgeschaltet\\b|\\b(?:switch|turn)(?:s|ed|ing)? off\\b|\\bdisabl(?:e|es|ed|ing) (?:the |its )?(?:\\S+ ){0,2}(?:feature|function|tool|service|summaries)\\b)`,
    0.55,
    false,
    /schalte|abschalten|abgeschaltet|switch|turn|disabl/i,
  ),
  // a release moved or late: "wurde auf 2027 verlegt", "won't reach users this year", "arrives months late"
  cue(
    "delay",
    `(?:\\bauf (?:\\S+ ){0,4}verlegt\\b|\\bwon['’]t (?:reach|be in the hands of) (?:users|customers|consumers|the market|buyers)\\b|\\b(?:arriv|launch|ship)(?:es|ed|ing|s)? (?:\\S+ ){0,1}(?:months|weeks|a year|years) late\\b|\\b(?:Monate|Wochen|ein Jahr) zu spät\\b)`,
    0.7,
    false,
    /verlegt|won['’]t|late|zu spät/i,
  ),
  // a service that cannot be reached, a deal or round left: "nicht erreichbar", "zieht sich aus der
  // Finanzierungsrunde zurück", "pulled out of the talks"
  cue(
    "other",
    `(?:\\bnicht (?:mehr )?erreichbar\\b|\\bz(?:ieht|og|ogen) sich (?:\\S+ ){0,6}(?:Finanzierungsrunde|Runde|Gespräch|Verhandlung|Deal|Übernahme|Investition|Beteiligung|Partnerschaft)${W} (?:\\S+ ){0,3}zurück\\b|\\b(?:withdr(?:aw|ew|awn|aws)|pull(?:s|ed|ing)? out) (?:from |of )(?:\\S+ ){0,3}(?:talks|deal|round|funding|investment|partnership|bid)\\b)`,
    0.7,
    false,
    /erreichbar|z(?:ieht|og)|withdr|pull/i,
  ),
  // people fetched: "holt den Apple-Manager Ruoming Pang"
  cue(
    "hiring",
    `\\bhol(?:t|te|ten|en) (?:sich )?(?:den|die|einen|eine|mehrere|zwei|drei|weitere)? ?(?:\\S+ ){0,2}[\\p{L}-]*(?:Manager|Managerin|Chef|Chefin|Forscher|Forscherin|Gründer|Gründerin|Ingenieur|Ingenieure|Entwickler|Experten|Spitzenforscher)\\b`,
    0.7,
    false,
    /\bhol/,
  ),
  // people lost in other words: "hat etliche Schlüsselkräfte verloren", "lost several top
  // researchers", "are on their way out"
  cue(
    "departure",
    `(?:\\b(?:verlor(?:en)?|verliert) (?:\\S+ ){0,4}(?:Schlüsselkräfte|Führungskräfte|Spitzenkräfte|Manager|Forscher|Talente|Köpfe)\\b|\\b(?:Schlüsselkräfte|Führungskräfte|Spitzenkräfte|Manager|Forscher|Talente|Köpfe) (?:\\S+ ){0,2}verloren\\b|\\blost (?:\\S+ ){0,3}(?:executives|researchers|engineers|leaders|key (?:staff|people|employees))\\b|\\bon (?:their|his|her) way out\\b|\\b(?:Mitarbeiter|Manager|Forscher|Führungskräfte|Entwickler)\\p{L}* (?:\\S+ ){0,4}davon\\b|\\bexodus (?:of|at|from)\\b|\\bExodus\\b|\\bden Rücken (?:ge)?kehrt\\b|\\bkehr(?:t|te|ten|en) (?:\\S+ ){0,6}den Rücken\\b)`,
    0.7,
    false,
    /verlor|verliert|lost|way out|Rücken|davon|xodus/,
  ),
  // chips ordered in bulk are money put in: "has ordered more than 400,000 GB200 chips", "a $10bn order"
  cue(
    "investment",
    `(?:\\border(?:ed|s|ing)? (?:\\S+ ){0,4}(?:chips|GPUs|accelerators|processors)\\b|(?:US)?\\$\\s?[\\d.,]+\\s?(?:bn|billion|m|million) order\\b|\\bbestell(?:t|te|ten|en) (?:\\S+ ){0,6}(?:Chips|GPUs|Grafikprozessoren|Beschleuniger)\\b)`,
    0.65,
    false,
    /order|bestell/i,
  ),
  // criticism voiced: "Kritik kommt auch von …", "übt scharfe Kritik", "vehement kritisiert"
  cue(
    "controversy",
    `(?:\\bKritik (?:\\S+ ){0,3}(?:kommt|kam|kamen|gibt es|gab es|hagelt|hagelte)\\b|\\b(?:übt|übte|übten) (?:\\S+ ){0,3}Kritik\\b|\\b(?:scharf|heftig|massiv|vehement)${W} (?:\\S+ ){0,1}kritisiert\\b|\\bkritisiert${W} (?:\\S+ ){0,4}(?:scharf|heftig|massiv|vehement)\\b)`,
    0.65,
    false,
    /Kritik|kritisiert/,
  ),
];
