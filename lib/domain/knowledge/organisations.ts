import organisationRows from "./data/organisations.json" with { type: "json" };
import { germanGenitive, withGermanForms } from "./german";
import { parseKnowledgeRows, orgRowSchema } from "./rows";
import type { KnownOrg } from "./types";

/**
 * Reviewed list of AI organisations (issue 9 §2), kept as data in data/organisations.json (one
 * entry per line, grouped: US labs and big tech, US start-ups, chip makers, cloud, Europe, China,
 * rest of the world, investors). Slugs follow the seed (prisma/seed-data/entities.ts) and otherwise
 * the slugified canonical name. Google and Google DeepMind are one lab ("google"), as in the seed;
 * other business units that news treats as actors of their own (AWS, GitHub, Waymo) are separate
 * entries with `parent`. Short aliases that are ordinary words ("Scale", "X", "H") are left out
 * unless the seed already uses them. `io` is Jony Ive's device start-up, bought by OpenAI in 2025;
 * the bare "io" is an ordinary word (lookup.ts).
 *
 * The German genitive of the canonical name ("Metas") is added here so the file need not spell it
 * 200 times; an entry's `germanForms` holds only irregular ones.
 */
export const ORGANISATIONS: readonly KnownOrg[] = parseKnowledgeRows(
  "data/organisations.json",
  orgRowSchema,
  organisationRows,
).map((row) => withGermanForms(row, germanGenitive(row.name)));

