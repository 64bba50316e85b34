export type { KnownOrg, KnownOrgKind, KnownModel, KnownModelKind } from "./types";
export { ORGANISATIONS } from "./organisations";
export { MODELS } from "./models";
