/**
 * Faults and verdicts in the words of real news, found on the b39–b42 sets of real openings (stop
 * 29): hardware that crashes or is hard to make, a product found less useful than promised, a demo
 * that failed on stage, users' conversations leaked, a release some devices will not get or that
 * will not come before a later date. Spread into VOCABULARY_CUES (cue-vocabulary.ts) beside
 * HOLDBACK_CUES.
 */
import { cue, W, type Cue } from "./cue-pattern";
import { PRODUCT_NOUN } from "./product-noun";

/** hardware a fault is said of when no model is named: "Core-Prozessoren", "its 3nm process", "the chips" */
const HARDWARE_NOUN =
  /(?:\b(?:chips?|processors?|CPUs?|GPUs?|nodes?|process|wafers?|graphics cards?|accelerators?|silicon)\b|(?:Chip|Prozessor|Grafikkarte|Grafikchip|Beschleuniger|Fertigung|Wafer|Halbleiter)\p{L}*|\b\d+\s?nm\b)/iu;

export const QUALITY_CUES: Cue[] = [
  // hardware that crashes or cannot be made well: "waren zuletzt vermehrt von Abstürzen betroffen",
  // "einen Herstellungsfehler", "is facing manufacturing setbacks", "low yields", "having a hard
  // time getting the 3nm process running", "plagued with difficulties manufacturing 3nm chips"
  cue(
    "architecture_problem",
    `(?:\\bvon (?:\\S+ ){0,2}Abstürzen (?:\\S+ ){0,2}betroffen\\b|\\b(?:Herstellungs|Fertigungs|Produktions)(?:fehler|problem|mängel|schwierigkeit)${W}|\\b(?:geringe|niedrige|schlechte|magere|schwache)[rn]? Ausbeute\\b|\\b(?:Schwierigkeiten|Probleme\\p{L}*|Mühe) (?:\\S+ ){0,2}(?:bei|mit) der (?:\\S+ )?(?:Herstellung|Produktion|Fertigung)\\b|\\bStabilitätsprobleme${W}|\\b(?:manufacturing|production|fabrication|yield) (?:setbacks?|problems?|issues|difficulties|defects?|flaws?|woes|troubles?)\\b|\\b(?:low|poor|weak) yields?\\b|\\b(?:crash(?:es|ing)?|stability|instability) (?:issues|problems)\\b|\\b(?:having|had|has|have) (?:a )?(?:hard|difficult|tough) time (?:getting|manufacturing|producing|making)\\b|\\b(?:plagued|dogged|beset) (?:\\S+ ){0,2}(?:by|with) (?:\\S+ ){0,2}(?:difficulties|problems|issues|defects)\\b)`,
    0.65,
    true,
    /Abstürz|Herstellung|Produktion|Fertigung|ungsfehler|ungsproblem|ungsmängel|ungsschwierig|Ausbeute|Stabilitätsprobl|manufacturing|production|fabrication|yield|crash|stability|hard time|difficult time|tough time|plagued|dogged|beset/i,
    undefined,
    HARDWARE_NOUN,
  ),
  // a product found less useful than promised: "weit weniger nützlich … als erhofft", "Copilot-Test
  // enttäuscht Anwender", "mostly unusable", "not smart enough"
  cue(
    "benchmark_underperformance",
    `(?:\\bweniger (?:nützlich|hilfreich|leistungsfähig|brauchbar|zuverlässig|intelligent|produktiv) (?:\\S+ ){0,3}als (?:\\S+ ){0,1}(?:erhofft|erwartet|versprochen|angekündigt|gedacht)\\b|\\benttäusch(?:t|te|en|ten) (?:\\S+ ){0,3}(?:Anwender|Nutzer|Tester|Kunden|Testpersonen|Mitarbeiter)\\p{L}*|\\b(?:mostly|largely|practically|virtually|basically) unusable\\b|\\bnot (?:smart|useful|reliable|accurate|capable) enough\\b|\\bless (?:useful|helpful|capable|reliable) than (?:\\S+ ){0,1}(?:expected|hoped|promised|advertised|claimed)\\b)`,
    0.65,
    true,
    /weniger (?:nützlich|hilfreich|leistungsfähig|brauchbar|zuverlässig|intelligent|produktiv)|enttäusch|unusable|not (?:smart|useful|reliable|accurate|capable) enough|less (?:useful|helpful|capable|reliable)/i,
    undefined,
    PRODUCT_NOUN,
  ),
  // a chatbot's false answers: "incorrectly told users that the election was stolen", "falsely
  // claimed", "erfindet Zahlen und Namen", "leugnete das Attentat"
  cue(
    "benchmark_underperformance",
    `(?:\\b(?:incorrectly|falsely|wrongly|erroneously|mistakenly) (?:told|claimed|stated|said|informed|reported|suggested|asserted|answered|identified|labell?ed)\\b|\\berfinde(?:t|n|te|ten) (?:\\S+ ){0,3}(?:Zahlen|Namen|Fakten|Quellen|Zitate|Urteile|Studien)\\b|\\bleugne(?:t|te|ten) (?:\\S+ ){0,2}(?:das|den|die)\\b|\\b(?:behauptet\\p{L}*|gab|gibt|nannte|nennt) (?:\\S+ ){0,3}fälschlich(?:erweise)?\\b|\\bfälschlich(?:erweise)? (?:\\S+ ){0,3}(?:behauptet|angegeben|genannt|bezeichnet)\\b)`,
    0.65,
    true,
    /incorrectly|falsely|wrongly|erroneously|mistakenly|erfinde|leugne|fälschlich/i,
    undefined,
    PRODUCT_NOUN,
  ),
  // a demo that failed in front of the public: "Google's Gemini demo failed on stage", "a botched
  // demo", "bei der Präsentation geht allerdings einiges schief"
  cue(
    "benchmark_underperformance",
    `(?:\\b(?:demo|demonstration|presentation)s? (?:\\S+ ){0,4}(?:failed|fails|flopped|went (?:wrong|awry)|misfired|glitched|fizzled|backfired)\\b|\\b(?:failed|botched|flubbed|disastrous|embarrassing) (?:live |on-stage |onstage )?(?:demo|demonstration)s?\\b|\\b(?:Demo|Vorführung|Präsentation)${W} (?:\\S+ ){0,6}(?:misslang|misslingt|missglückt${W}|schiefgegangen|schiefging|ging (?:\\S+ ){0,3}schief|geht (?:\\S+ ){0,3}schief|daneben)\\b)`,
    0.65,
    true,
    /demo|presentation|Vorführung|Präsentation/i,
    undefined,
    PRODUCT_NOUN,
  ),
  // users' conversations or data leaked or made findable (`other`, a data incident): "leaked
  // hundreds of thousands of private conversations onto Google", "von Suchmaschinen indexiert …
  // auffindbar", "vertrauliche Daten preisgebe" ("a leaked memo" is the press's source, no leak)
  cue(
    "other",
    `(?:\\b(?:leak(?:ed|s|ing)?|expos(?:ed|es|ing)) (?:\\S+ ){0,5}(?:conversations|chats|chat logs|chat histories|prompts|user data|users['’] data|personal data|private data|customer data|personal information)\\b|\\b(?:Konversationen|Unterhaltungen|Chats|Chatverläufe|Gespräche|Nutzerdaten)\\b (?:\\S+ ){0,10}(?:indexiert|auffindbar|öffentlich einsehbar|offengelegt|geleakt|durchgesickert)\\b|\\b(?:vertrauliche|persönliche|private|sensible) (?:Daten|Informationen) preis(?:gebe|gibt|gab|gegeben|geben)\\b)`,
    0.6,
    false,
    /leak|exposed|exposes|exposing|indexiert|auffindbar|einsehbar|offengelegt|geleakt|durchgesickert|preisg/i,
  ),
  // a release some devices will not get (a release cancelled there, a delay): "the Pixel 8 will not
  // receive Gemini Nano support", "Gemini Nano wird nicht auf das Pixel 8 kommen"
  cue(
    "delay",
    `(?:\\b(?:will|would)(?: not|n['’]t) (?:get|receive) (?:\\S+ ){1,4}(?:support|features?|update)\\b|\\b(?:wird|werden) (?:\\S+ ){0,2}nicht (?:auf (?:das|dem|den|die)|für (?:das|den|die)) (?:\\S+ ){1,3}(?:kommen|erscheinen)\\b)`,
    0.65,
    true,
    /n['’]t (?:get|receive)|not (?:get|receive)|nicht (?:auf|für) /i,
  ),
  // not before a later date: "will not be available in sufficient quantities until mid-2027"
  cue(
    "delay",
    `\\b(?:will|would)(?: not|n['’]t) be (?:available|ready|released|shipping|on sale) (?:\\S+ ){0,4}until\\b`,
    0.7,
    false,
    /until/i,
  ),
];
