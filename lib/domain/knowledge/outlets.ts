import outletRows from "./data/outlets.json" with { type: "json" };
import { outletRowSchema, parseKnowledgeRows } from "./rows";

/**
 * News outlets and agencies that AI news credits ("according to The Information", "laut Reuters",
 * "told Bloomberg"). Known names let the extractor credit an outlet it meets in any sentence shape,
 * and keep outlets out of the lab lists. Names that are also everyday words ("Bild", "Zeit",
 * "Fortune") appear only in a form that is not ("Bild-Zeitung", "Die Zeit", "Fortune magazine"
 * is rare, so Fortune stays out). The list is data in data/outlets.json: agencies and wires,
 * English-language business and tech press, German-language press.
 */
export interface KnownOutlet {
  /** as the outlet writes itself */
  name: string;
  aliases: string[];
  /** the name is also an everyday word or a person's name: credited only where a rule says "reports" */
  plainWord?: boolean;
}

export const OUTLETS: readonly KnownOutlet[] = parseKnowledgeRows(
  "data/outlets.json",
  outletRowSchema,
  outletRows,
);
