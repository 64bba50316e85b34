/** The quote, the credited outlet and the planned / revised dates of a proposal. */
import type { FuzzyDate } from "../fuzzy-date.types";
import { findCues } from "./cues";
import { type DateHit } from "./dates";
import { unionDates } from "./merge";
import { EVEN_LATER, RELATIVE_DAY, SCHEDULE_WORDS } from "./rules";
import { Info } from "./subjects";

export function quoteRange(infos: Info[], i: number, withPrevious: boolean): { start: number; end: number } {
  const s = infos[i]!.s;
  const prev = infos[i - 1]?.s;
  if (withPrevious && prev && prev.paragraph === s.paragraph) return { start: prev.start, end: s.end };
  return { start: s.start, end: s.end };
}

export function reportedByFor(infos: Info[], i: number, quoteStart: number): string | null {
  const own = infos[i]!;
  if (own.attributions[0]) return own.attributions[0].source;
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const info = infos[j]!;
    if (info.s.paragraph !== own.s.paragraph) break;
    const a = info.attributions.find((x) => x.kind !== "person" || info.s.start >= quoteStart);
    if (a) return a.source;
  }
  const next = infos[i + 1];
  if (
    next &&
    next.s.paragraph === own.s.paragraph &&
    /^(?:Das|Dies|Diese|Es|This|That|It)\s/u.test(next.s.text)
  ) {
    const a = next.attributions.find((x) => x.kind === "outlet");
    if (a) return a.source;
  }
  return null;
}

/** For a delay: the plans of the sentence and of the following ones that talk about the schedule. */
export function scheduleFor(
  infos: Info[],
  i: number,
  quoteEnd: number,
  dates: (k: number) => DateHit[],
): { planned: FuzzyDate[]; end: number } {
  const planned = dates(i)
    .filter((h) => !h.anchor && !RELATIVE_DAY.test(h.date.text))
    .map((h) => h.date);
  let end = quoteEnd;
  const own = infos[i]!.s;
  for (let k = i + 1; k <= i + 2; k++) {
    const next = infos[k];
    if (!next || next.s.paragraph !== own.paragraph) break;
    const more = dates(k).filter((h) => !h.anchor && !RELATIVE_DAY.test(h.date.text));
    if (more.length > 0 && SCHEDULE_WORDS.test(next.s.text) && findCues(next.s.text, false).length === 0) {
      planned.push(...more.map((h) => h.date));
      end = next.s.end;
    } else if (more.length === 0 && EVEN_LATER.test(next.s.text) && planned.length > 0) {
      const last = planned.at(-1)!;
      planned[planned.length - 1] = { ...last, openEnd: true };
      end = next.s.end;
      break;
    } else {
      break;
    }
  }
  return { planned: unionDates(planned), end };
}
