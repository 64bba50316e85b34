import type { FuzzyDate } from "@/lib/domain/fuzzy-date";
import type { EventDto } from "@/lib/data/dto";
import { dayToDate } from "@/lib/data/mappers";

/** A FuzzyDate as the five columns every fuzzy date has ("occurredFrom", "occurredTo", …). */
export const fuzzyColumns = <P extends string>(prefix: P, d: FuzzyDate) =>
  ({
    [`${prefix}From`]: dayToDate(d.from),
    [`${prefix}To`]: dayToDate(d.to),
    [`${prefix}Precision`]: d.precision,
    [`${prefix}OpenEnd`]: d.openEnd,
    [`${prefix}Text`]: d.text,
  }) as Record<`${P}From` | `${P}To`, Date> &
    Record<`${P}Precision`, FuzzyDate["precision"]> &
    Record<`${P}OpenEnd`, boolean> &
    Record<`${P}Text`, string>;

/**
 * An event's figures as a form gives them, as columns: a qualifier is stored only beside its
 * number, and "exact" when the editor chose none.
 */
export const figureData = (
  v: Pick<
    EventDto,
    | "amountUsd"
    | "amountUsdMax"
    | "amountQualifier"
    | "amountKind"
    | "percent"
    | "headcount"
    | "headcountQualifier"
  >,
) => ({
  amountUsd: v.amountUsd,
  // a bound without its amount is no range (the forms refuse one; this keeps the row honest)
  amountUsdMax: v.amountUsd === null ? null : v.amountUsdMax,
  amountQualifier: v.amountUsd === null ? null : (v.amountQualifier ?? "exact"),
  amountKind: v.amountKind,
  percent: v.percent,
  headcount: v.headcount,
  headcountQualifier: v.headcount === null ? null : (v.headcountQualifier ?? "exact"),
});
