/**
 * What the date parser does to a phrase before reading it: one spelling of spaces, dashes and
 * quotes, lower case, no filler words in front, and the "or later" / "at the latest" markers
 * recognised so the period itself can be read.
 */
const PREFIX_RE =
  /^(?:im|in|in der|in den|den|dem|der|die|das|für|fuer|am|an|um|zum|zur|auf|gegen|etwa|circa|ca\.|noch|während|for|on|the|in the|around|during|by the)\s+/;

export function stripPrefixes(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 5; i++) {
    const next = out.replace(PREFIX_RE, "");
    if (next === out) break;
    out = next;
  }
  return out;
}

export function normalisePhrase(raw: string): string {
  let s = raw
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010\u2011\u2012]/g, "-")
    .replace(/\s*[–—]\s*/g, " – ")
    .replace(/[„“”"»«]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;:!?]+$/, "")
    .trim();
  // A final full stop ends the sentence, except where it is part of "15.05." or "15.".
  if (s.endsWith(".") && !/(?:^|[\s.])\d{1,2}\.(?:\d{1,2}\.)?$/.test(s)) s = s.slice(0, -1).trim();
  return s;
}

export const OPEN_END_SUFFIX =
  / (?:oder (?:noch )?später|und später|or (?:even )?later|and later|at the earliest|frühestens)$/;
export const OPEN_END_PREFIX = /^(?:frühestens|no earlier than|not before|nicht vor) /;
// "At the latest" bounds the date from above; the named period is still our best reading.
export const DEADLINE_SUFFIX = / (?:spätestens|at the latest)$/;
export const DEADLINE_PREFIX = /^(?:spätestens|no later than|at the latest) /;
// "or earlier" would need an open start, which FuzzyDate cannot express.
export const OPEN_START = / (?:oder früher|or earlier|or sooner|oder eher)$/;
