/**
 * Products held back and other setbacks in the words of real news, found on the b30–b37 sets of
 * real openings (stop 28): a product kept out of a region, a product given up or not released for
 * now, sign-ups paused for want of capacity, a model placed low in a test, a state's ban, a unit
 * sold told by the seller. (Money burned and deals on hold are in cue-business.ts.) Spread into
 * VOCABULARY_CUES (cue-vocabulary.ts) beside BUSINESS_CUES.
 */
import { cue, type Cue } from "./cue-pattern";

/** a region a release leaves out: "in der EU", "in Europe", "in the UK" */
const REGION =
  "(?:der |die |the )?(?:EU|Europäischen Union|European Union|Europa|Europe|UK|United Kingdom|Großbritannien)";

export const HOLDBACK_CUES: Cue[] = [
  // a release kept out of a region (a delay there, as de035's "In der EU heißt es … Bitte warten"):
  // "kommt vorerst nicht in die EU", "allerdings nicht in der EU", "in der EU nicht anbieten",
  // "will skip Europe", "will not be available in the EU", "except for those in the United Kingdom"
  cue(
    "delay",
    `(?:\\bkomm(?:t|en) (?:\\S+ ){0,3}nicht (?:\\S+ ){0,2}(?:in die EU|nach Europa|nach Deutschland)\\b|\\b(?:aber|allerdings|jedoch|vorerst|zunächst|noch) nicht in ${REGION}\\b|\\bin ${REGION} (?:\\S+ ){0,3}(?:vorerst |zunächst |noch |bisher |bislang )?nicht (?:\\S+ ){0,3}(?:verfügbar|anbieten|angeboten|starten|erscheinen|einführen|eingeführt)\\b|\\b(?:skip|skips|skipping|skipped) (?:Europe|the EU)\\b|\\bnot (?:yet )?(?:be )?(?:available|launch\\w*|roll\\w* out|released?) (?:\\S+ ){0,3}in ${REGION}\\b|\\bexcept (?:for )?(?:those |users |people )?in ${REGION})`,
    0.7,
    true,
    /nicht|skip|not|except/i,
    undefined,
    /\b(?:app|feature|model|glasses|chatbot|assistant|Funktion\p{L}*|Modell\p{L}*|Brille|Chatbot|Assistent\p{L}*|KI)\b/iu,
  ),
  // a product given up or not released for now: "is going to abolish work on its Gauss AI model",
  // "winding down the initiative", "wird sie aber vorerst nicht veröffentlicht", "hat die Vision Air
  // zu den Akten gelegt", "das Headset wurde auf Eis gelegt"
  cue(
    "delay",
    `(?:\\babolish(?:es|ed|ing)? (?:work on )?\\b|\\bwind(?:s|ing)? down\\b|\\bwound down\\b|\\bzu den Akten gelegt\\b|\\b(?:legt|legte|legten) (?:\\S+ ){0,6}zu den Akten\\b|\\bauf Eis gelegt\\b|\\b(?:vorerst|zunächst|vorläufig) nicht (?:\\S+ ){0,2}(?:veröffentlicht|veröffentlichen|freigegeben|freigeben|ausgeliefert|ausliefern)\\b)`,
    0.65,
    true,
    /abolish|wind|wound|nicht|Akten|Eis/i,
    undefined,
    /\b(?:initiative|product|app|feature|model|headset|glasses|Modell\p{L}*|Produkt\p{L}*|Funktion\p{L}*|Brille|Headset)\b/iu,
  ),
  // sign-ups paused for want of capacity (`other`): "had to pause the creation of new accounts",
  // "temporarily disabled Sora account creation", "Neuanmeldungen … pausiert"
  cue(
    "other",
    `(?:\\b(?:paus|disabl|suspend|halt|stopp)(?:e|es|ed|ing)? (?:\\S+ ){0,3}(?:new )?(?:account creation|creation of (?:\\S+ ){0,3}accounts|sign-?ups|new users|registrations)\\b|\\b(?:Neuanmeldungen|Registrierungen|Anmeldungen) (?:\\S+ ){0,4}(?:pausiert|gestoppt|ausgesetzt|gesperrt)\\b)`,
    0.65,
    false,
    /paus|disabl|suspend|halt|stopp|anmeldung|Registrierung/i,
  ),
  // a model placed low in a test: "schnitt im Test nicht besonders gut ab", "landete auf dem letzten
  // Platz", "liegt in den Benchmarks eher hinter der Konkurrenz", "ranked last"
  cue(
    "benchmark_underperformance",
    `(?:\\b(?:schnitt|schneidet|schnitten|schneiden) (?:\\S+ ){0,4}(?:nicht (?:besonders |sonderlich |so )?gut|schlecht|mäßig|enttäuschend) ab\\b|\\b(?:landete|landet|landeten|belegte|belegt) (?:\\S+ ){0,4}(?:den |auf dem )?letzten Platz\\b|\\b(?:liegt|lag|liegen) (?:\\S+ ){0,5}(?:eher|deutlich|klar|weit) hinter (?:der |den |dem )?(?:Konkurrenz|Wettbewerb\\p{L}*|Rivalen|Spitze)\\b|\\b(?:ranked|ranks|came|finished|placed) (?:in )?last\\b)`,
    0.65,
    true,
    /schn|letzten|hinter|last/i,
  ),
  // a state's ban on a company: "Australia announced a ban on DeepSeek on government devices"
  cue("other", `\\b(?:a|the|its) ban on (?=\\p{Lu})`, 0.6, false, /ban on/i),
  // a company's unit sold, told by the seller (the buyer's acquisition, subjects.ts): "ABB sells its
  // robotics unit to SoftBank", "verkauft seine Robotiksparte … an Softbank", "Die ABB-Sparte
  // Robotics geht für 5,375 Milliarden Dollar an die japanische Softbank Group" (stop 28, b37)
  cue(
    "acquisition",
    `(?:\\b(?:sells?|sold|selling) (?:its |their |the )?(?:\\S+ ){0,3}(?:unit|division|business|arm|subsidiary|operations) (?:\\S+ ){0,4}?to\\b|\\bverkauf(?:t|te|ten|en) (?:seine|ihre|die|den|das) (?:\\S+ ){0,3}?[\\p{L}-]*(?:[Ss]parte|[Tt]ochter|[Ee]inheit|[Gg]eschäftsbereich) (?:\\S+ ){0,8}?an\\b|\\bVerkauf (?:seiner|ihrer|der|des) (?:\\S+ ){0,3}?[\\p{L}-]*(?:[Ss]parte|[Tt]ochter|[Ee]inheit|[Gg]eschäftsbereich\\p{L}*) an\\b|\\b(?:geht|gehen|ging|gingen) (?:\\S+ ){0,3}für (?:\\S+ ){1,3}(?:Milliarden|Millionen|Mrd\\.|Mio\\.)\\s*(?:US-)?(?:Dollar|Euro)? an\\b)`,
    0.7,
    false,
    /sell|sold|verkauf|geht|ging/i,
  ),
];
