/**
 * German genitive of a name as news text writes it: "OpenAI" → "OpenAIs", "Meta" → "Metas".
 * Names ending in s, x, z or ß take an apostrophe or nothing, and names ending in a digit or a
 * symbol are not inflected in practice ("GPT-5", "01.AI"), so those return null.
 */
export function germanGenitive(name: string): string | null {
  if (/[sxzß]$/i.test(name) || !/\p{L}$/u.test(name)) return null;
  return `${name}s`;
}
