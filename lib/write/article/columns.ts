import type { FuzzyDate } from "@/lib/domain/fuzzy-date";
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
