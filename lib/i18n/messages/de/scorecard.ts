import type { ScorecardMessages } from "../scorecard";

/** "A und B", "A, B und C". */
const andList = (names: string[], and: string) =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}` : (names[0] ?? "");

/**
 * The German for ../scorecard.ts: a complete object literal of the English shape, never `{ ...en }` (a
 * spread would let a missing string pass the type check and show English). The English object
 * gives each function its parameter types.
 */
export const de: ScorecardMessages = {
  scorecard: {
    title: "Zusagen-Bilanz",
    intro:
      "Jeder gemeldete Veröffentlichungstermin ist eine Zusage, gemessen am letzten Tag seines Zeitraums: eingehalten, wenn das Modell bis dahin erschien, verfehlt, wenn es später oder bis dahin gar nicht erschien, offen, solange der Zeitraum läuft. Ist ein Modell an einem Tag erschienen, den keine Quelle nennt, bleibt die Zusage nach Ende des Zeitraums unentschieden und ist nie überfällig.",
    kept: (n, m, p) =>
      m === 0 ? "noch keine Zusage entschieden" : `${n} von ${m} entschiedenen eingehalten (${p} %)`,
    open: (n) => `${n} offen`,
    unknown: (n) =>
      n === 1 ? "1 nicht entschieden (Erscheinungsdatum unbekannt)" : `${n} nicht entschieden (Erscheinungsdatum unbekannt)`,
    slipDays: (n) => `${n} ${n === 1 ? "Tag" : "Tage"} Verschiebung insgesamt`,
    overdue: (days, models) =>
      `${days} ${days === 1 ? "Tag" : "Tage"} überfällig (${models === 1 ? "1 Modell" : `${models} Modelle`} noch nicht erschienen)`,
    noOverdue: "nichts überfällig",
    empty: "Für dieses Labor sind keine geplanten Veröffentlichungstermine gemeldet.",
    plan: (n) => `Plan ${n}`,
    superseded: "durch einen späteren Plan ersetzt",
    rulings: { met: "eingehalten", missed: "verfehlt", open: "offen", unknown: "nicht entschieden" },
    rule: {
      plannedBy: (planned) => `geplant bis ${planned}`,
      shipped: (when) => `erschienen ${when}`,
      notShipped: "erschienen —",
      releasedUndated: "erschienen, Datum unbekannt",
      metInTime: (deadline) => `eingehalten, Zeitraum endete am ${deadline}`,
      metBefore: (deadline) => `eingehalten, erschienen vor Ende des Zeitraums am ${deadline}`,
      missedLate: (deadline, days) =>
        `verfehlt, ${days} ${days === 1 ? "Tag" : "Tage"} nach Ende des Zeitraums am ${deadline}`,
      missedNotShipped: (deadline, days) =>
        `verfehlt, Zeitraum endete am ${deadline} (vor ${days} ${days === 1 ? "Tag" : "Tagen"})`,
      openUntil: (deadline) => `offen, Zeitraum endet am ${deadline}`,
      unknownAfter: (deadline) => `nicht entschieden, Zeitraum endete am ${deadline}`,
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
    keptCell: (n, m, p) => (m === 0 ? "—" : `${n} von ${m} (${p} %)`),
    sorted: "sortiert",
    empty: "Noch hat kein Labor gemeldete Veröffentlichungspläne.",
    compare: "Labore nebeneinander vergleichen →",
    details: "Zusagen",
  },
  compare: {
    metaTitle: "Labore vergleichen",
    metaTitleWith: (names) => `Vergleich: ${andList(names, "und")}`,
    title: "Labore vergleichen",
    titleWith: (names) => `${andList(names, "und")} im Vergleich`,
    intro:
      "Kennzahlen, Zusagen-Bilanzen, Rückschläge im Zeitverlauf und Verschiebungen von zwei bis vier Laboren nebeneinander. Die Adresse lässt sich teilen.",
    picker: "Labore zum Vergleich (zwei bis vier)",
    submit: "Vergleichen",
    emptyState: "Wählen Sie oben zwei bis vier Labore für den Vergleich.",
    oneLab: (name) => `Wählen Sie mindestens ein weiteres Labor zum Vergleich mit ${name}.`,
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
