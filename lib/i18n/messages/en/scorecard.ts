import { andList } from "../and-list";

/** The English for ../scorecard.ts; its type is the shape every locale fills in (ScorecardMessages). */
export const en = {
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
