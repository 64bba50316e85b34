export type { KnownOrg, KnownOrgKind, KnownModel, KnownModelKind } from "./types";
export { ORGANISATIONS } from "./organisations";
export { MODELS } from "./models";
export { germanGenitive } from "./german";
export {
  nameKey,
  surfaceForms,
  findOrgByName,
  findOrgsByName,
  findModelByName,
  findModelsByName,
  getOrgBySlug,
  getModelBySlug,
  topOwnerOf,
  ORDINARY_WORD_NAMES,
  isOrdinaryWordName,
} from "./lookup";
