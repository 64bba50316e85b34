import type { Locale } from "@/lib/i18n/config";

/**
 * Strings of the commitment scorecard (lab page, /slips leaderboard) and the lab comparison
 * (/compare). The rule beside each ruling is worded by lib/i18n/scorecard-rule.ts from `rule`.
 */
/** "A und B", "A, B und C". */
const andList = (names: string[], and: string) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}` : (names[0] ?? "");

const en = {
  scorecard: {
    title: "Commitment scorecard",
    intro:
      "Each release date a source reported is a commitment, judged by the last day of its period: met if the model came out by then, missed if it came out later or not at all by then, open while the period runs. A model that is out on a day no source reports is not ruled once the period has ended, and never overdue.",
    kept: (n: number, m: number, p: number | null) =>
      m === 0 ? "no commitment resolved yet" : `kept ${n} of ${m} resolved (${p} %)`,
    open: (n: number) => (n === 1 ? "1 open" : `${n} open`),
    unknown: (n: number) => (n === 1 ? "1 not ruled (release date unknown)" : `${n} not ruled (release date unknown)`),
    slipDays: (n: number) => `${n} ${n === 1 ? "day" : "days"} of slip in total`,
    overdue: (days: number, models: number) =>
      `${days} ${days === 1 ? "day" : "days"} overdue (${models === 1 ? "1 model" : `${models} models`} still not out)`,
    noOverdue: "nothing overdue",
    empty: "No planned release dates reported for this lab.",
    plan: (n: number) => `Plan ${n}`,
    superseded: "replaced by a later plan",
    rulings: { met: "met", missed: "missed", open: "open", unknown: "not ruled" },
    rule: {
      plannedBy: (planned: string) => `planned by ${planned}`,
      shipped: (when: string) => `shipped ${when}`,
      notShipped: "shipped —",
      releasedUndated: "released, date unknown",
      metInTime: (deadline: string) => `met, period ended ${deadline}`,
      metBefore: (deadline: string) => `met, out before the period ends ${deadline}`,
      missedLate: (deadline: string, days: number) =>
        `missed, ${days} ${days === 1 ? "day" : "days"} after the period ended ${deadline}`,
      missedNotShipped: (deadline: string, days: number) =>
        `missed, period ended ${deadline} (${days} ${days === 1 ? "day" : "days"} ago)`,
      openUntil: (deadline: string) => `open, period ends ${deadline}`,
      unknownAfter: (deadline: string) => `not ruled, period ended ${deadline}`,
    },
  },
  slips: {
    metaTitle: "Commitment scorecards: which labs keep their release dates",
    title: "Who keeps their release dates?",
    intro:
      "Every lab with reported release plans, ruled commitment by commitment. Click a column heading to sort; each lab's page shows the rule beside every ruling.",
    caption: "Commitment scorecards by lab",
    sortBy: "Sort by",
    columns: {
      lab: "Lab",
      kept: "Kept",
      missed: "Missed",
      open: "Open",
      unknown: "Not ruled",
      slip: "Slip days",
      overdue: "Days overdue",
    },
    keptCell: (n: number, m: number, p: number | null) => (m === 0 ? "—" : `${n} of ${m} (${p} %)`),
    sorted: "sorted",
    empty: "No lab has reported release plans yet.",
    compare: "Compare labs side by side →",
    details: "Commitments",
  },
  compare: {
    metaTitle: "Compare labs",
    metaTitleWith: (names: string[]) => `Compare ${names.join(" vs ")}`,
    title: "Compare labs",
    titleWith: (names: string[]) => `${names.join(" vs ")}`,
    intro: "Key figures, commitment scorecards, setbacks over time and slips of two to four labs, side by side. The address is shareable.",
    picker: "Labs to compare (two to four)",
    submit: "Compare",
    emptyState: "Pick two to four labs above to compare them.",
    oneLab: (name: string) => `Pick at least one more lab to compare with ${name}.`,
    tooMany: "Only the first four labs chosen are compared.",
    figures: "Key figures",
    scorecards: "Commitment scorecards",
    setbacks: "Setbacks by type over time",
    setbacksEmpty: "No setbacks reported.",
    slips: "Release-date slips",
    slipsEmpty: "No release plans reported.",
    figureCaption: "Key figures per lab",
    setbacksCaption: "Setbacks per type and year",
    rows: {
      setbacksLastYear: "Setbacks in the last 12 months",
      departures: "Reported departures",
      openDelays: "Models delayed and not out",
      kept: "Commitments kept",
      slip: "Slip days (total)",
      overdue: "Days overdue",
    },
    type: "Type",
    year: "Year",
  },
};

export type ScorecardMessages = typeof en;

const de: ScorecardMessages = {
  scorecard: {
    title: "Zusagen-Bilanz",
    intro:
      "Jeder gemeldete Veröffentlichungstermin ist eine Zusage, gemessen am letzten Tag seines Zeitraums: eingehalten, wenn das Modell bis dahin erschien, verfehlt, wenn es später oder bis dahin gar nicht erschien, offen, solange der Zeitraum läuft. Ist ein Modell an einem Tag erschienen, den keine Quelle nennt, bleibt die Zusage nach Ende des Zeitraums unentschieden und ist nie überfällig.",
    kept: (n: number, m: number, p: number | null) =>
      m === 0 ? "noch keine Zusage entschieden" : `${n} von ${m} entschiedenen eingehalten (${p} %)`,
    open: (n: number) => `${n} offen`,
    unknown: (n: number) =>
      n === 1 ? "1 nicht entschieden (Erscheinungsdatum unbekannt)" : `${n} nicht entschieden (Erscheinungsdatum unbekannt)`,
    slipDays: (n: number) => `${n} ${n === 1 ? "Tag" : "Tage"} Verschiebung insgesamt`,
    overdue: (days: number, models: number) =>
      `${days} ${days === 1 ? "Tag" : "Tage"} überfällig (${models === 1 ? "1 Modell" : `${models} Modelle`} noch nicht erschienen)`,
    noOverdue: "nichts überfällig",
    empty: "Für dieses Labor sind keine geplanten Veröffentlichungstermine gemeldet.",
    plan: (n: number) => `Plan ${n}`,
    superseded: "durch einen späteren Plan ersetzt",
    rulings: { met: "eingehalten", missed: "verfehlt", open: "offen", unknown: "nicht entschieden" },
    rule: {
      plannedBy: (planned: string) => `geplant bis ${planned}`,
      shipped: (when: string) => `erschienen ${when}`,
      notShipped: "erschienen —",
      releasedUndated: "erschienen, Datum unbekannt",
      metInTime: (deadline: string) => `eingehalten, Zeitraum endete am ${deadline}`,
      metBefore: (deadline: string) => `eingehalten, erschienen vor Ende des Zeitraums am ${deadline}`,
      missedLate: (deadline: string, days: number) =>
        `verfehlt, ${days} ${days === 1 ? "Tag" : "Tage"} nach Ende des Zeitraums am ${deadline}`,
      missedNotShipped: (deadline: string, days: number) =>
        `verfehlt, Zeitraum endete am ${deadline} (vor ${days} ${days === 1 ? "Tag" : "Tagen"})`,
      openUntil: (deadline: string) => `offen, Zeitraum endet am ${deadline}`,
      unknownAfter: (deadline: string) => `nicht entschieden, Zeitraum endete am ${deadline}`,
    },
  },
  slips: {
    metaTitle: "Zusagen-Bilanzen: Welche Labore halten ihre Termine?",
    title: "Wer hält seine Veröffentlichungstermine?",
    intro:
      "Alle Labore mit gemeldeten Veröffentlichungsplänen, Zusage für Zusage bewertet. Ein Klick auf eine Spaltenüberschrift sortiert; die Seite jedes Labors zeigt die Regel neben jeder Bewertung.",
    caption: "Zusagen-Bilanzen nach Labor",
    sortBy: "Sortieren nach",
    columns: {
      lab: "Labor",
      kept: "Eingehalten",
      missed: "Verfehlt",
      open: "Offen",
      unknown: "Nicht entschieden",
      slip: "Tage Verschiebung",
      overdue: "Tage überfällig",
    },
    keptCell: (n: number, m: number, p: number | null) => (m === 0 ? "—" : `${n} von ${m} (${p} %)`),
    sorted: "sortiert",
    empty: "Noch hat kein Labor gemeldete Veröffentlichungspläne.",
    compare: "Labore nebeneinander vergleichen →",
    details: "Zusagen",
  },
  compare: {
    metaTitle: "Labore vergleichen",
    metaTitleWith: (names: string[]) => `Vergleich: ${andList(names, "und")}`,
    title: "Labore vergleichen",
    titleWith: (names: string[]) => `${andList(names, "und")} im Vergleich`,
    intro:
      "Kennzahlen, Zusagen-Bilanzen, Rückschläge im Zeitverlauf und Verschiebungen von zwei bis vier Laboren nebeneinander. Die Adresse lässt sich teilen.",
    picker: "Labore zum Vergleich (zwei bis vier)",
    submit: "Vergleichen",
    emptyState: "Wählen Sie oben zwei bis vier Labore für den Vergleich.",
    oneLab: (name: string) => `Wählen Sie mindestens ein weiteres Labor zum Vergleich mit ${name}.`,
    tooMany: "Nur die ersten vier gewählten Labore werden verglichen.",
    figures: "Kennzahlen",
    scorecards: "Zusagen-Bilanzen",
    setbacks: "Rückschläge nach Art im Zeitverlauf",
    setbacksEmpty: "Keine Rückschläge gemeldet.",
    slips: "Verschobene Veröffentlichungstermine",
    slipsEmpty: "Keine Veröffentlichungspläne gemeldet.",
    figureCaption: "Kennzahlen je Labor",
    setbacksCaption: "Rückschläge je Art und Jahr",
    rows: {
      setbacksLastYear: "Rückschläge in den letzten 12 Monaten",
      departures: "Gemeldete Abgänge",
      openDelays: "Verzögerte, nicht erschienene Modelle",
      kept: "Eingehaltene Zusagen",
      slip: "Tage Verschiebung (gesamt)",
      overdue: "Tage überfällig",
    },
    type: "Art",
    year: "Jahr",
  },
};

export const scorecardMessages: Record<Locale, ScorecardMessages> = { en, de };
