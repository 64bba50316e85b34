/**
 * Who leaves: the surname of the person a departure sentence names, so that two people leaving one
 * lab in one article stay two events ("CEO Andrulis tritt zurück … COO Carsten Dirks kehrt dem
 * Unternehmen den Rücken") while restatements of one person's exit still merge.
 */

/** a title before a name: "COO Carsten Dirks", "Gründer Jonas Andrulis", "co-founder Ilya Sutskever" */
const TITLED_NAME =
  /(?:\b(?:CEO|COO|CTO|CFO|CPO|Chief(?: \p{Lu}\p{L}+){1,2} Officer|Co-Chef\p{L}*|Chef\p{L}*|Gründer\p{L}*|Mitgründer\p{L}*|Mitbegründer\p{L}*|co-founder|cofounder|founder|president|Präsident\p{L}*|Vorstand\p{L}*|Leiter\p{L}*|scientist|researcher|Forscher\p{L}*|executive|officer|Manager\p{L}*)|Chef|Gründer)\s+(?:\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?\s+){1,2}?(\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu;
/**
 * a name before its title: "Jonas Andrulis, der Gründer", "Mira Murati, OpenAI's chief technology
 * officer", "Jimmy Ba, ein weiterer Mitgründer", "Jimmy Ba, Mitgründer von …", "Jimmy Ba, another
 * co-founder"
 */
const NAME_THEN_TITLE =
  /\b\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+(?:(?:der|die|the|its|ein|eine|einer der|another|one of the|a|an|[\p{L}-]+['’]s)\s+(?:\S+\s+){0,3}?)?(?:CEO|COO|CTO|CFO|[Cc]hief|Chef\p{L}*|Gründer\p{L}*|Mitgründer\p{L}*|co-founder|founder|[Pp]resident|Präsident\p{L}*|Leiter\p{L}*|[Hh]ead|scientist|researcher|executive|Manager\p{L}*)/gu;

/**
 * a full name that leaves, without a title: "Mira Murati left OpenAI", "Bob McGrew verlässt
 * OpenAI", "Tony Wu hat xAI verlassen" (the name in the first group, or the second)
 */
const NAME_LEAVES =
  /\b\p{Lu}\p{Ll}+\s+((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:(?:is|has|will|also|now|nun|auch)\s+){0,2}(?:leaving|leaves|left|leave|quits?|quitting|exits?|exited|exiting|resign(?:s|ed|ing)?|steps down|stepped down|departs|departed|departing|verlässt|verließ|verlassen|kündigt|kündigte|wechselt|wechselte|tritt|trat)\b|\b\p{Lu}\p{Ll}+\s+((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:hat|habe|hatte)\s+(?:\S+\s+){1,5}?verlassen\b/gu;

/** "Neben Altman", "Wie Murati", "Nach Igor Babuschkin hat nun auch …", "Besides Altman", "Like Murati," */
const BESIDE =
  /\b(?:Neben|Außer|Wie|Ebenso wie|Nach|Besides|Like|Along with|Apart from|As with)\s+(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+(?:['’]s)?/gu;

/** Surnames of the people the article names with a title, or as the one who leaves. */
export function titledSurnames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(TITLED_NAME)) out.add(m[1]!);
  for (const m of text.matchAll(NAME_THEN_TITLE)) out.add(m[1]!);
  for (const m of text.matchAll(NAME_LEAVES)) out.add((m[1] ?? m[2])!);
  return out;
}

/**
 * The one person a sentence names among `surnames`, or null when it names none or several (people
 * the text groups leave together: one event).
 */
export function personIn(text: string, surnames: ReadonlySet<string>): string | null {
  // "Neben Altman verlässt auch Greg Brockman …", "Like Murati, Zoph is leaving": the person set
  // beside the one who leaves is named for comparison
  const sentence = text.replace(BESIDE, " ");
  // "Tesla CEO Elon Musk has ordered …, with team leader Peter Bannon departing": of the people
  // named, the one the verb of leaving follows is the one who leaves
  const leavers = new Set([...sentence.matchAll(NAME_LEAVES)].map((m) => (m[1] ?? m[2])!));
  if (leavers.size === 1) return [...leavers][0]!;
  let found: string | null = null;
  for (const name of surnames) {
    if (!sentence.includes(name) || !new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-])`, "u").test(sentence))
      continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}
