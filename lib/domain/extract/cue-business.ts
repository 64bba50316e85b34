/**
 * Staff, money, rules and products in the words of real news, found on the b17–b22 sets of real
 * openings (stop 27): a dismissal, a licence paid, money claimed in a suit, a forecast cut, a
 * government's blacklist, an appointment from another company, a product that malfunctions and a
 * reorganisation told in other words. Spread into VOCABULARY_CUES (cue-vocabulary.ts) in place.
 */
import { cue, type Cue } from "./cue-pattern";

export const BUSINESS_CUES: Cue[] = [
  // notice given: "The two have given notice to leave the company", "haben gekündigt" (a departure)
  cue(
    "departure",
    `(?:\\b(?:given|gave|give|gives|handed in|hand in) (?:their |his |her )?notice\\b|\\b(?:hat|haben|hatte|hatten) (?:\\S+ ){0,3}(?:ihre|seine|ihren|seinen) (?:Kündigung|Stelle) (?:eingereicht|gekündigt)\\b)`,
    0.7,
    false,
    /notice|Kündigung|gekündigt/i,
  ),
  // one of the staff dismissed (a departure, not a cut of jobs): "wurde die Microsoft-Mitarbeiterin
  // … wegen Fehlverhaltens gekündigt", "Der Forscher wurde freigestellt"
  cue(
    "departure",
    `\\b[\\p{L}-]*(?:Mitarbeiter|Angestellte|Manager|Forscher|Ingenieur|Entwickler)(?:in|innen|s)?\\b (?:\\S+ ){0,8}(?:gekündigt|rausgeworfen|rausgeschmissen|hinausgeworfen|freigestellt)\\b`,
    0.7,
    false,
    /gekündigt|rausge|hinausge|freigestellt/,
  ),
  // a licence paid for content or data (`other`, docs/labelling.md): "will pay News Corp $250
  // million over five years to license its content", "zahlt Dotdash Meredith künftig 16 Millionen
  // US-Dollar im Jahr, um die Inhalte des Verlags nutzen zu dürfen"
  cue(
    "other",
    `\\b(?:pay|pays|paid|paying|zahlt|zahlte|zahlen|zahlten) (?:\\S+ ){0,6}?(?:(?:US)?\\$\\s?[\\d.,]+\\s?(?:billion|million|bn|m)\\b|(?:\\S+ )?(?:Millionen|Milliarden|Mio\\.|Mrd\\.)(?: (?:US-)?(?:Dollar|Euro))?) (?:\\S+ ){0,10}?(?:to (?:license|use|access)\\b|for (?:access to |the rights? to |(?:the )?use of )?(?:its |their |the )?(?:content|data|articles|archives?|news)\\b|um (?:\\S+ ){0,6}(?:nutzen|verwenden|lizenzieren) zu (?:dürfen|können)\\b|für (?:den Zugang zu |die Nutzung )?(?:seine[rn]? |ihre[rn]? |der |die |den )?(?:Inhalte|Daten|Artikel|Archiv\\p{L}*)\\b)`,
    0.65,
    false,
    /pay|paid|zahl/i,
  ),
  // money claimed in a suit (`other` of the one it is claimed from): "fordert bis zu 134 Mrd. Dollar
  // von OpenAI und Microsoft", "seeks up to $134 billion from OpenAI"
  cue(
    "other",
    `(?:\\bforder(?:t|te|n|ten) (?:\\S+ ){0,6}(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:US-)?(?:Dollar|Euro) (?:\\S+ ){0,2}von\\b|\\b(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:US-)?(?:Dollar|Euro) von (?:\\S+ ){1,5}forder(?:t|te|n|ten)\\b|\\bseek(?:s|ing)? (?:\\S+ ){0,4}(?:US)?\\$\\s?[\\d.,]+\\s?(?:billion|million|bn|m)\\b (?:\\S+ ){0,4}from\\b)`,
    0.6,
    false,
    /forder|seek/i,
  ),
  // a forecast or a target cut (`other`, business trouble): "slashes its Gaudi 3 sales forecast",
  // "cut chip shipment targets by more than 30%", "senkte seine Prognose"
  cue(
    "other",
    `(?:\\b(?:slash|cut|lower|reduce|trim|scrap)(?:s|es|ed|ped|ping|ting|ing)? (?:its |their |the )?(?:\\S+ ){0,3}(?:forecasts?|targets?|outlook|guidance)\\b|\\b(?:senkt|senkte|senkten|kappt|kappte|reduziert|reduzierte|kassiert|kassierte) (?:\\S+ ){0,4}(?:Prognose|Umsatzprognose|Jahresprognose|Absatzprognose|Umsatzziel|Absatzziel|Umsatzziele|Absatzziele|Ausblick)\\p{L}*)`,
    0.6,
    false,
    /slash|cut|lower|reduc|trim|scrap|senk|kappt|kassiert/i,
  ),
  // a company put on a government's blacklist (`other`, regulatory action): "named the start-up to
  // its Entity List", "was added to a defence department list of companies", "auf die schwarze
  // Liste gesetzt"
  cue(
    "other",
    `(?:\\bEntity List\\b|\\bblacklist(?:ed|s|ing)?\\b|\\b(?:added|named|put|placed) (?:\\S+ ){0,6}(?:to|on) (?:a |an |the |its )?(?:\\S+ ){0,3}list of (?:companies|firms|entities)\\b|\\bschwarze[n]? Liste\\b|\\bSanktionsliste\\b)`,
    0.65,
    false,
    /Entity List|blacklist|list of|schwarze|Sanktionsliste/i,
  ),
  // someone from another company appointed (a hire from there): "has appointed former Google
  // executive Jane Doe as its CTO", "ernennt den ehemaligen Google-Manager John Doe zum CTO"
  cue(
    "hiring",
    `(?:\\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|tap(?:s|ped|ping)?) (?:former|ex-)\\s?(?:\\S+ ){0,3}?(?:executive|exec|researcher|engineer|scientist|chief|head|CEO|CTO|CFO|COO|manager|director|president|founder|co-founder)\\b|\\bernenn(?:t|te|en|ten) (?:den|die) (?:früheren|ehemaligen|frühere|ehemalige) (?:\\S+ ){0,3}?[\\p{L}-]*(?:Manager|Managerin|Chef|Chefin|Forscher|Forscherin|Ingenieur|Ingenieurin|Vorstand|Gründer|Gründerin)\\b)`,
    0.65,
    false,
    /appoint|nam|tap|ernenn/i,
  ),
  // someone appointed to a post at a lab, in the passive (a hire of that lab): "has been appointed
  // chief scientist of Meta's Superintelligence Lab", "was named chief product officer at OpenAI",
  // "wurde zum Chefwissenschaftler von Meta ernannt" (stop 28, b31); not a founder made head of his
  // own company ("has been named CEO of his startup")
  cue(
    "hiring",
    `(?:\\b(?:has been|have been|was|were|is being|will be) (?:named|appointed|tapped|hired) (?:as )?(?:the )?(?:new )?(?:\\S+ ){0,3}?(?:chief|head|CEO|CTO|CFO|COO|CPO|president|director|lead|VP|vice president)\\b(?:\\S* ){0,4}?(?:of|at|for)\\b(?!\\s+(?:his|her|their|its)\\b)|\\b(?:wurde|wird|werden|wurden) (?:\\S+ ){0,3}(?:zum|zur) (?:neuen )?[\\p{L}-]*(?:Chef|Chefin|Leiter|Leiterin|Vorstand|Direktor|Direktorin|wissenschaftler|wissenschaftlerin|CEO|CTO) (?:\\S+ ){0,4}(?:ernannt|berufen|bestellt)\\b)`,
    0.65,
    false,
    /named|appointed|tapped|hired|ernannt|berufen|bestellt/i,
  ),
  // a product that misbehaves (weak output, like false news alerts): "Fehlfunktionen beim
  // E-Mail-Anbieter Gmail", "the assistant malfunctioned", "hier spinnt eine KI herum"
  cue(
    "benchmark_underperformance",
    `(?:\\bFehlfunktion\\p{L}*|\\bmalfunction(?:s|ed|ing)?\\b|\\bspinnt (?:\\S+ ){0,4}herum\\b|\\bfalsche[n]? Tatsachen-?[Bb]ehauptung\\p{L}*)`,
    0.6,
    true,
    /Fehlfunktion|malfunction|spinnt|Tatsachen/i,
  ),
  // a reorganisation in other words (`other`): "its fourth overhaul of artificial intelligence
  // efforts", "divide its unit into four groups", "reallocated resources away from", "merging it
  // into a broader organisation", "stellt seine KI-Sparte neu auf", "legt die Teams zusammen",
  // "werden … zusammengelegt", "strukturiert … um", "ein personeller Wechsel an der Spitze"
  cue(
    "other",
    `(?:\\boverhaul(?:s|ed|ing)? (?:of )?(?:its |the |their )?(?:\\S+ ){0,3}(?:efforts|operations|teams?|units?|divisions?|groups?|labs?)\\b|\\bdivid(?:e|es|ed|ing) (?:its |the |their )?(?:\\S+ ){0,3}(?:unit|division|team|group|lab|organi[sz]ation)s? into\\b|\\breallocat(?:e|es|ed|ing) (?:\\S+ ){0,2}(?:resources|staff|teams?|researchers|engineers) (?:away )?from\\b|\\bmerg(?:e|es|ed|ing) (?:it|them|(?:its|their) (?:\\S+ ){0,3}(?:unit|division|team|group|lab|organi[sz]ation)s?) (?:\\S+ ){0,3}?into\\b|\\b(?:stellt|stellte|stellen|stellten) (?:\\S+ ){1,6}neu auf\\b|\\b(?:legt|legte|legen|legten) (?:\\S+ ){1,6}zusammen\\b|\\bzusammengelegt\\b|\\b(?:strukturiert|strukturierte|strukturieren) (?:\\S+ ){1,6}um\\b|\\bpersonelle[nr]? (?:Wechsel|Umbau|Neuaufstellung) an der Spitze\\b)`,
    0.6,
    false,
    /overhaul|divid|reallocat|merg|neu auf|zusammen|struktur|personelle/i,
  ),
  // money burned or lost (`other`, as de047's loss), with its sum (a generic "verbrennt wertvolles
  // Kapital" is none): "OpenAI now expects its cash burn to reach more than $8 billion", "burn
  // through $115 billion", "xAI verbrennt jeden Monat rund eine Milliarde Dollar", "Auf mindestens
  // 13 Milliarden Dollar sollen sich die Verluste … belaufen" (stop 28, b32)
  cue(
    "other",
    `(?:(?:US)?\\$\\s?[\\d.,]+\\s*(?:billion|million|bn|m)?\\s+cash burn\\b|\\bcash burn (?:\\S+ ){0,8}?(?:(?:US)?\\$\\s?\\d|\\d[\\d.,]*\\s*(?:billion|million|bn))|\\bburn(?:s|ed|ing)? through (?:\\S+ ){0,2}(?:US)?\\$\\s?\\d|\\bCash-?[Bb]urn (?:\\S+ ){0,8}?(?:\\d|Milliarden|Millionen|Mrd\\.|Mio\\.)|\\bverbrenn(?:t|en|te|ten) (?:\\S+ ){0,6}?(?:\\d|Milliarden?|Millionen?|Mrd\\.|Mio\\.)|(?:\\d|Milliarden?|Millionen?|Mrd\\.|Mio\\.) (?:\\S+ ){0,6}(?:verbrennen|verbrannt)\\b|\\bVerlust\\p{L}* (?:\\S+ ){0,8}(?:belaufen|beläuft|belief|beliefen|betr(?:ägt|ugen|ug))\\b|(?:Milliarden|Millionen|Mrd\\.|Mio\\.) (?:\\S+ ){0,6}Verlust\\p{L}* (?:\\S+ ){0,4}(?:belaufen|beläuft)\\b)`,
    0.65,
    false,
    /burn|verbrenn|verbrannt|Verlust/i,
  ),
  // a deal put on hold (the investor's `other`): "liegt der Mega-Deal aber auf Eis", "the plan has
  // stalled", "Gigantische Pläne liegen nun auf Eis" (stop 28, b32; plans that only stall may be a
  // product's: "Doch die Pläne gerieten ins Stocken")
  cue(
    "other",
    `(?:\\b(?:Deal|Vereinbarung|Investition|Übernahme)\\p{L}* (?:\\S+ ){0,6}(?:auf Eis|ins Stocken)\\b|\\b(?:Plan|Pläne)\\p{L}* (?:\\S+ ){0,6}auf Eis\\b|\\b(?:liegt|liegen|lag|lagen) (?:\\S+ ){0,4}(?:Deal|Vereinbarung|Investition|Übernahme)\\p{L}* (?:\\S+ ){0,3}auf Eis\\b|\\b(?:deal|investment|agreement|plan|takeover)s? (?:\\S+ ){0,4}(?:(?:has|have|had) )?(?:stalled|been put on hold|is on hold|was put on hold|on ice)\\b)`,
    0.65,
    false,
    /auf Eis|Stocken|stalled|on hold|on ice/i,
  ),
];
