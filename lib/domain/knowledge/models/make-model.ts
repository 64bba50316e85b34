import { germanGenitive } from "../german";
import type { KnownModel, KnownModelKind } from "../types";

/**
 * One model or product. Families and products get the German genitive of their name ("ChatGPTs",
 * "Siris", "Alexas"); a version name ending in a digit is not inflected in German text.
 */
export function m(
  slug: string,
  name: string,
  owner: string,
  kind: KnownModelKind,
  aliases: string[] = [],
  family?: string,
  extraGermanForms: string[] = [],
): KnownModel {
  const genitive = kind === "family" || kind === "product" ? germanGenitive(name) : null;
  const germanForms = [...(genitive ? [genitive] : []), ...extraGermanForms];
  return {
    slug,
    name,
    aliases,
    ...(germanForms.length > 0 ? { germanForms } : {}),
    owner,
    kind,
    ...(family ? { family } : {}),
  };
}
