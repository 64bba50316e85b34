/**
 * German genitive of a name as news text writes it: "OpenAI" → "OpenAIs", "Meta" → "Metas".
 * Names ending in s, x, z or ß take an apostrophe or nothing, and names ending in a digit or a
 * symbol are not inflected in practice ("GPT-5", "01.AI"), so those return null.
 */
export function germanGenitive(name: string): string | null {
  if (/[sxzß]$/i.test(name) || !/\p{L}$/u.test(name)) return null;
  return `${name}s`;
}

/** The row's irregular German forms, after the regular genitive when there is one. */
export function withGermanForms<T extends { germanForms?: string[] }>(row: T, genitive: string | null): T {
  const germanForms = [...(genitive ? [genitive] : []), ...(row.germanForms ?? [])];
  const { germanForms: _irregular, ...rest } = row;
  return (germanForms.length > 0 ? { ...rest, germanForms } : rest) as T;
}
