/**
 * When two cues of one sentence tell the same fact twice, which one stands. An acquisition absorbs
 * the investment cue of the same sentence: "14 Milliarden ausgeben, um einen Anteil zu erwerben"
 * is one deal, not a deal and a spending plan.
 */
import type { ExtractEventType } from "./types";
import type { CueHit } from "./cue-pattern";
import { WEAK_SALES } from "./cue-families";
import { SHUTDOWN, SHUTDOWN_OF_WORK } from "./cue-vocabulary";
import { DEAL_FAILED } from "./rules";

const ACCUSATION = /^(?:Vorw[uü]rf|w(?:irft|arf|arfen|erfen)\s|accus|allegation|claim)/iu;
export const LAWSUIT =
  /(?:lawsuit|\bsu(?:e|ed|es|ing)\b|\bcourt\b|settle|copyright claims?|complaint|plaintiffs?|Klage|Kläger\p{L}*|klagt|verklag|Gericht|Vergleich|Urteil|Anklage)/iu;
/** what a lawsuit alleges: "soll … manipuliert haben", "allegedly", "mutmaßlich" */
export const ALLEGED =
  /(?:\bsoll(?:en)?\b.{0,80}\bhaben\b|\ballegedly\b|\bmutma(?:ß|ss)lich\p{L}*|\bangeblich\p{L}*)/iu;
/** money a company cannot find: "running out of cash", "struggling to raise", "failed to raise" */
const FUNDING_TROUBLE =
  /(?:\brunning out of (?:cash|money)\b|\b(?:struggl\p{L}*|unable|fail(?:ed|s|ing)?) to (?:raise|secure|find) (?:\S+ ){0,2}(?:funding|money|capital|cash|investors)\b|\bGeld (?:\S+ ){0,3}(?:geht|ging) (?:\S+ ){0,2}aus\b)/iu;
/** "übernimmt das Team des Start-ups": the first thing taken is people */
const PEOPLE_OBJECT =
  /^\S*\s+(?:\S+\s+){0,2}?(?:das|den|die)\s+(?:\S+\s+)?(?:Team\p{L}*|Forschungsteam\p{L}*|Mitarbeite\p{L}*|Gründer\p{L}*|Mitgründer\p{L}*|CEO|Chef\p{L}*|Forscher\p{L}*|Entwickler\p{L}*)/u;
const PEOPLE_TAKEN =
  /(?:CEO|Chef\p{L}*|Gründer\p{L}*|Mitgründer\p{L}*|Mitarbeite\p{L}*|Beschäftigte\p{L}*|Forscher\p{L}*|Entwickler\p{L}*|Ingenieur\p{L}*|\p{L}*[Tt]eams?\b|Talente)/u;

/** people as the object before a participle, and no task taken on: "hatte die Gründer … übernommen" */
function peopleBefore(before: string): boolean {
  const clause = before.split(/[,;:]/u).at(-1) ?? "";
  return PEOPLE_TAKEN.test(clause) && !TASK_OBJECT.test(clause);
}

/** hiring as what is put off: "Einstellungen … verzögert", "hiring … delayed" */
const HIRING_PUT_OFF =
  /\b(?:Einstellungen|Neueinstellungen|Einstellung neuer|hiring)\b(?:\s+\S+){0,8}\s+(?:verzögert|ausgesetzt|aufgeschoben|delayed|paused|postponed)\b/iu;

/** what a company waits for that is no product: success, a turnaround, an answer */
const AWAITED_SUCCESS =
  /\b(?:Durchbruch|Erfolg|Gewinn|Profit|Besserung|Wende|Trendwende|Aufschwung|Antwort|Reaktion|Entscheidung|Rendite)\b/u;

/** chips or servers right after a verb of buying: the goods bought */
const GOODS_BOUGHT =
  /^\p{L}*\s+(?:\S+\s+){0,4}?[\p{L}-]*(?:chips|Chips|GPUs|processors|Prozessoren|Grafikprozessoren|accelerators|Beschleuniger|servers|Server)\b/u;

/** a post or a task, not a company: what "übernehmen" takes on in "die Leitung übernehmen" */
const TASK_OBJECT =
  /\b(?:die|den|das|eine|einen|ein|seine|ihre|seinen|ihren)\s+(?:[\p{L}-]+\s+){0,2}?(?:Stelle|Position|Posten|Leitung|Führung|Geschäftsführung|Verantwortung|Aufgabe|Aufgaben|Rolle|Aufbau|Vorsitz|Amt|Kosten|Ruder|Betrieb|Zuständigkeit|Regie|Federführung|Fertigung|Produktion|Entwicklung|Steuerung|Koordination|Betreuung|Wartung)\b/u;

/** what is moved when nothing is released late: limits, weights, priorities, the balance of power */
const FIGURATIVE_SHIFT =
  /\b(?:die |den |das |ihre |seine )?(?:Grenzen|Obergrenzen?|Gewichte|Gewichtung|Kräfteverhältnisse?|Machtverhältnisse?|Machtgefüge|Schwerpunkte?|Fokus|Prioritäten|Maßstäbe|Gleichgewicht|Koordinaten|Spielregeln)\b/u;

/** "over privacy concerns", "wegen Datenschutzbedenken", "aus Sicherheitsbedenken": a reason given */
const REASON_BEFORE =
  /(?:\b(?:over|due to|because of|amid|citing|on)\s+(?:\S+\s+){0,3}|\b(?:wegen|aufgrund|angesichts|aus|mit Verweis auf)\s+(?:\S+\s+){0,3})\S*(?:concerns?|Bedenken|worries|fears)$/iu;

/**
 * "ordered to shut down its Dojo team": work given up before its release is a cancelled release,
 * a delay (docs/labelling.md); a product or company that ends stays `other`.
 */
function shutdownOfWork(sentence: string, best: Map<ExtractEventType, CueHit>) {
  const other = best.get("other");
  const shut = other ? SHUTDOWN.exec(sentence) : null;
  if (!other || !shut || shut.index !== other.index) return;
  // "Das Autoprojekt von Apple wird eingestellt": the work named before the verb, or inside it
  if (!SHUTDOWN_OF_WORK.test(sentence.slice(Math.max(0, shut.index - 40), shut.index + shut[0].length)))
    return;
  best.delete("other");
  if (!best.has("delay")) best.set("delay", { ...other, type: "delay" });
}

/** a value written down: "Wertberichtigung", "abschreiben", "wrote down", "impairment" */
const WRITE_DOWN =
  /Wertberichtigung|Abschreibung|abschreib|abzuschreib|abgeschrieben|\bab$|write-?down|write-?off|wrote (?:down|off)|impairment/iu;

/** a factory or data centre: its building put off is `other`, not a product's delay */
const FACILITY =
  /(?:data ?cent(?:er|re)|datacent(?:er|re)|chip (?:plant|factory)|factor(?:y|ies)|\bfabs?\b|Rechenzentr|Chipfabrik|Fabrik|\bWerk(?:s|es)?\b|Fertigungsanlage|Produktionsanlage|Produktionsstätte|Fertigungsstätte)/iu;

/** shares or a stake as what is bought: "Intel-Anteile", "ein Aktienpaket", "a stake in" */
const MINORITY_STAKE =
  /(?:[\p{L}-]*Anteile\b|\bAnteil (?:an|am|von)\b|Aktienpaket|Minderheitsbeteiligung|[Mm]inority stake|\b(?:a|an|its|small|minority)\s+(?:\S+\s+){0,2}stake\b|\$[\d.,]+\s*(?:billion|million|bn|m)\s+(?:of|in)\s+(?:\S+\s+)?(?:shares|stock)|\b\d{1,2}(?:[.,]\d+)?\s?(?:%|Prozent)\s+(?:an|am)\s)/u;
/** a stake that gives control, or a percentage from 49 up, is still bought (Meta's 49 % of Scale AI) */
const CONTROL =
  /(?:majority|controlling|Mehrheit\p{L}*|kontrollier\p{L}*|\b(?:all|sämtliche|alle) (?:\S+ )?(?:shares|Anteile)\b|\b(?:49|[5-9]\d|100)(?:[.,]\d+)?\s?(?:%|Prozent|percent|per cent))/iu;

/** shares named without control: "Intel-Anteile", "a 20% stake", "30 Prozent an" (not "Mehrheit", not 49 %+) */
function minorityStake(sentence: string): boolean {
  return MINORITY_STAKE.test(sentence) && !CONTROL.test(sentence);
}

/** shares bought without control: "bought a 20% stake", "übernimmt 30 Prozent an", "Anteile … erwerben" */
export function buysMinorityStake(sentence: string): boolean {
  return minorityStake(sentence) && STAKE_BOUGHT.test(sentence);
}
const STAKE_BOUGHT =
  /(?:acquir\p{L}*|\bbuy\p{L}*|\bbought\b|purchas\p{L}*|übernahm\p{L}*|übernimmt|übernehmen|erw[io]rb\p{L}*|erworben|\bkauf\p{L}*|gekauft|\b(?:steigt|steigen|stieg|stiegen)\b|eingestiegen)/iu;

/** Settles `best` (one hit per type) in place: drops a hit another one explains, or retypes it. */
export function settleConflicts(sentence: string, best: Map<ExtractEventType, CueHit>): void {
  // "will Intel-Anteile im Volumen von fünf Milliarden Dollar übernehmen", "bought a stake in":
  // shares bought without control are money put in (docs/labelling.md: a company or a
  // controlling stake is an acquisition)
  const stake = best.get("acquisition");
  if (stake && minorityStake(sentence)) {
    best.delete("acquisition");
    best.set("investment", { ...stake, type: "investment" });
  }
  if (best.has("acquisition")) best.delete("investment");
  // "a voluntary exit program": people leave as a cut, not one by one
  const cut = best.get("layoff");
  if (
    cut &&
    best.has("departure") &&
    /voluntary|Freiwilligen|Abfindungs|Abgangs/iu.test(sentence.slice(cut.index, cut.index + cut.length))
  )
    best.delete("departure");
  // "nahm eine Wertberichtigung von 800 Millionen Dollar auf seine Beteiligung vor", "muss seine
  // Beteiligung abschreiben": a stake written down is a charge (`other`), not money put in
  const charge = best.get("other");
  if (
    best.has("investment") &&
    charge &&
    WRITE_DOWN.test(sentence.slice(charge.index, charge.index + charge.length))
  )
    best.delete("investment");
  // "Der Start des Werks war auf 2025 verschoben worden": a factory or data centre put off, halted
  // or given up is `other` (docs/labelling.md), not a product's delay
  const facility = best.get("other");
  const facilityWords = facility ? sentence.slice(facility.index, facility.index + facility.length) : "";
  if (
    best.has("delay") &&
    FACILITY.test(facilityWords) &&
    /postpon|delay|pushed back|verschoben|verschieb|verschob|verzögert|auf Eis|gestoppt|eingestellt|aufgegeben|abgesagt|scrapp|shelv|abandon|cancel|paus|halt/iu.test(
      facilityWords,
    )
  )
    best.delete("delay");
  shutdownOfWork(sentence, best);
  // "settled lawsuits filed by families accusing …", "reagiert auf den Vorwurf" beside the
  // settlement: the accusation is what the lawsuit says, the lawsuit is the event (`other`)
  const accused = best.get("controversy");
  if (
    accused &&
    (ACCUSATION.test(sentence.slice(accused.index, accused.index + accused.length + 2)) ||
      (best.has("other") && ALLEGED.test(sentence))) &&
    LAWSUIT.test(sentence)
  )
    best.delete("controversy");
  // "wird den CEO … sowie Teile seines Forschungsteams übernehmen", "übernimmt das Team des
  // Start-ups": people taken on are a hire
  const taken = best.get("acquisition");
  const takenWord = taken ? sentence.slice(taken.index, taken.index + taken.length) : "";
  if (
    taken &&
    /^übern(?:ehmen|imm|ahm|ommen)/u.test(takenWord) &&
    (takenWord === "übernommen"
      ? // "hatte die Gründer … übernommen" (not "haben die Leitung übernommen"): the clause before
        peopleBefore(sentence.slice(0, taken.index))
      : takenWord === "übernehmen"
        ? PEOPLE_TAKEN.test(sentence)
        : PEOPLE_OBJECT.test(sentence.slice(taken.index + taken.length)))
  ) {
    best.delete("acquisition");
    if (!best.has("hiring")) best.set("hiring", { ...taken, type: "hiring" });
  }
  // "eine strategische Stelle übernehmen", "übernimmt die Leitung", "wird den Aufbau der
  // Recheninfrastruktur übernehmen": a post or a task taken on is no company bought
  const takenNow = best.get("acquisition");
  const word = takenNow ? sentence.slice(takenNow.index, takenNow.index + takenNow.length) : "";
  if (takenNow && /^übern(?:ehmen|imm|ahm|ommen)/u.test(word)) {
    // the infinitive and the participle stand after their object: "hat die Leitung übernommen"
    const object =
      word === "übernommen"
        ? // "die Leitung des Unternehmens, das ChatGPT betreibt, wieder übernommen hatte": a
          // relative clause may stand between the object and its participle
          sentence.slice(Math.max(0, takenNow.index - 150), takenNow.index)
        : word === "übernehmen"
          ? (sentence.slice(0, takenNow.index).split(/[,;:]/u).at(-1) ?? "")
          : sentence.slice(takenNow.index + takenNow.length, takenNow.index + takenNow.length + 60);
    if (TASK_OBJECT.test(object)) best.delete("acquisition");
  }
  // "In a high-profile talent acquisition, Meta has poached …": people bought are a hire
  const bought = best.get("acquisition");
  if (
    bought &&
    /\btalent\s+$|\bacqui-?$/iu.test(sentence.slice(Math.max(0, bought.index - 8), bought.index))
  ) {
    best.delete("acquisition");
    if (!best.has("hiring")) best.set("hiring", { ...bought, type: "hiring" });
  }
  // "Einstellungen … werden ausgesetzt oder verzögert": hiring put off is a freeze, not a release
  // late; "durch Fluktuation frei werdende Stellen": attrition as the way jobs go, no one leaving
  const late = best.get("delay");
  if (late && HIRING_PUT_OFF.test(sentence)) best.delete("delay");
  // "der Durchbruch lässt auf sich warten": success, not a release, is slow to come
  if (
    late &&
    /auf sich warten/u.test(sentence.slice(late.index, late.index + late.length)) &&
    AWAITED_SUCCESS.test(sentence)
  )
    best.delete("delay");
  const turnover = best.get("departure");
  if (
    turnover &&
    /\bdurch\s+(?:\p{L}+\s+)?$/u.test(sentence.slice(Math.max(0, turnover.index - 20), turnover.index))
  )
    best.delete("departure");
  // "ByteDance acquired more Nvidia chips", "Alibaba kaufte … Nvidia-Chips für 2 Milliarden Dollar":
  // goods bought in bulk are an order (an investment, docs/labelling.md), not a company bought
  const goods = best.get("acquisition");
  if (
    goods &&
    GOODS_BOUGHT.test(sentence.slice(goods.index + goods.length, goods.index + goods.length + 80))
  ) {
    best.delete("acquisition");
    if (!best.has("investment")) best.set("investment", { ...goods, type: "investment" });
  }
  // "criticised Gemini for presenting factually incorrect images": the criticism is the event, the
  // weak output what it is about
  const critic = best.get("controversy");
  const weak = best.get("benchmark_underperformance");
  if (critic && weak && critic.index < weak.index) best.delete("benchmark_underperformance");
  // "sales came in below expectations" is a product that does not sell, not a weak model
  if (best.has("benchmark_underperformance") && WEAK_SALES.test(sentence))
    best.delete("benchmark_underperformance");
  // "running out of cash and struggling to raise new funding": money not found is no round
  if (best.has("investment") && FUNDING_TROUBLE.test(sentence)) best.delete("investment");
  // "Die Übernahme ist gescheitert": the acquisition cue makes the failed deal (propose.ts), once
  if (best.has("acquisition") && DEAL_FAILED.test(sentence)) best.delete("other");
  // "Italy has banned ChatGPT over privacy concerns", "wegen Datenschutzbedenken gesperrt": the
  // concerns are why the authority acts; the ban (`other`) is the event, not a second stir
  const concern = best.get("controversy");
  if (
    concern &&
    best.has("other") &&
    REASON_BEFORE.test(sentence.slice(Math.max(0, concern.index - 30), concern.index + concern.length))
  )
    best.delete("controversy");
  // "verschiebt die Obergrenzen", "die Prioritäten verschoben": limits and weights are moved, no release
  const moved = best.get("delay");
  if (moved && /^verschob|^verschieb/iu.test(sentence.slice(moved.index, moved.index + moved.length))) {
    const around = sentence.slice(Math.max(0, moved.index - 60), moved.index + moved.length + 60);
    if (FIGURATIVE_SHIFT.test(around)) best.delete("delay");
  }
  // "as investors worried about AI spending": in a market sentence, spending is the worry, not news
  // ("Aktie bricht ein: Super Micro kündigt 2 Milliarden Dollar Kapitalerhöhung an" tells both, one
  // on each side of the colon; "NASDAQ:NVDA" is a ticker)
  const move = best.get("stock_move");
  const spend = best.get("investment");
  if (move && spend) {
    const [a, b] = move.index < spend.index ? [move, spend] : [spend, move];
    if (!/[:;]\s/u.test(sentence.slice(a.index + a.length, b.index))) best.delete("investment");
  }
  // "shares fell after the delay": the move is the event; a "slipped" in it is not a delay.
  if (best.has("stock_move") && /\bslipp(?:ed|ing)\b/i.test(sentence)) best.delete("delay");
}
