/**
 * The knowledge base of AI organisations and models: reviewed data that feeds the extractor and
 * creates a lab or model when an editor accepts a suggestion naming one that is not stored yet.
 * Slugs follow the seed's (e.g. "meta", "google", "xai", "llama-4-behemoth").
 */
export type KnownOrgKind = "ai_lab" | "big_tech" | "chip_maker" | "startup" | "cloud" | "investor" | "other";

export interface KnownOrg {
  slug: string;
  /** canonical name as shown */
  name: string;
  /** other spellings, former names, short forms ("Google DeepMind", "DeepMind") */
  aliases: string[];
  /** German inflected forms where they differ ("OpenAIs", "Metas") */
  germanForms?: string[];
  kind: KnownOrgKind;
  /** ISO 3166 alpha-2 */
  country?: string;
  /** slug of the parent organisation (DeepMind → google) */
  parent?: string;
  website?: string;
}

export type KnownModelKind = "family" | "model" | "product" | "codename";

export interface KnownModel {
  slug: string;
  name: string;
  aliases: string[];
  germanForms?: string[];
  /** slug of the owning organisation (a KnownOrg) */
  owner: string;
  kind: KnownModelKind;
  /** slug of the family this model belongs to (gpt-4o → gpt-4) */
  family?: string;
  /**
   * How the press names it without its name, in text about its owner ("OpenAI delays its open
   * model"): read only where the owner is the lab the sentence is about.
   */
  descriptions?: string[];
}
